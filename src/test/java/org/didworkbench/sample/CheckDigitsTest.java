package org.didworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckDigitsTest {

    @ParameterizedTest
    @CsvSource({"9434765919,true", "9732552476,true", "1234567890,false", "0123456789,true",
            "9434765918,false", "943476591,false", "94347659A9,false"})
    void nhsNumbersFromTheReference(String number, boolean valid) {
        assertThat(CheckDigits.nhsValid(number)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"169069000,true", "169069001,false", "417905003,true", "303686006,true",
            "869331000000103,true", "999001111000000105,true", "168537006,true"})
    void sctidsFromTheReference(String id, boolean valid) {
        assertThat(CheckDigits.verhoeffValid(id)).isEqualTo(valid);
    }

    @Property
    void aComputedVerhoeffDigitAlwaysVerifiesAndNoOtherDigitDoes(@ForAll @LongRange(min = 100, max = 999_999_999L)
                                                                 long item, @ForAll @IntRange(min = 1, max = 9)
                                                                 int shift) {
        String id = CheckDigits.conceptId(item);
        assertThat(id).endsWith("00" + id.charAt(id.length() - 1)).startsWith(Long.toString(item));
        assertThat(CheckDigits.verhoeffValid(id)).isTrue();
        assertThat(SampleRecordClassifier.verhoeff(id)).isTrue();
        int last = id.charAt(id.length() - 1) - '0';
        String wrong = id.substring(0, id.length() - 1) + (last + shift) % 10;
        assertThat(CheckDigits.verhoeffValid(wrong)).isFalse();
    }

    @Property
    void theNhsCheckDigitAgreesWithAnIndependentModulus11(@ForAll @IntRange(min = 0, max = 999_999_999)
                                                          int stem) {
        String nine = String.format(java.util.Locale.ROOT, "%09d", stem);
        int check = CheckDigits.nhsCheckDigit(nine);
        if (check == 10) {
            for (int d = 0; d < 10; d++) {
                assertThat(SampleRecordClassifier.mod11(nine + d)).isFalse();
            }
        } else {
            assertThat(SampleRecordClassifier.mod11(nine + check)).isTrue();
            assertThat(CheckDigits.nhsValid(nine + check)).isTrue();
            assertThat(CheckDigits.nhsValid(nine + (check + 1) % 10)).isFalse();
        }
    }
}
