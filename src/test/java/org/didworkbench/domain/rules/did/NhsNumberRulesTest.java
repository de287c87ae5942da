package org.didworkbench.domain.rules.did;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.didworkbench.domain.rules.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DIDS001, DIDS002 and the NHS-number plausibility checks, through the whole profile. */
class NhsNumberRulesTest {

    @ParameterizedTest(name = "''{0}'' -> [{1}]")
    @CsvSource({
            // valid, including as typed with spaces or hyphens (removed by normalisation)
            "9434765919,        ",
            "9732552476,        ",
            "'943 476 5919',    ",
            "943-476-5919,      ",
            "' 9434765919 ',    ",
            // C = 11 gives check digit 0
            "9990000050,        ",
            "9990000190,        ",
            "9990000051,        DIDS001",
            // C = 10: no check digit exists, whatever the last digit
            "9990000000,        DIDS001",
            "9990000009,        DIDS001",
            "1234567890,        DIDS001",
            // wrong check digit
            "9434765918,        DIDS001",
            "9732552475,        DIDS001",
            // ten characters, not all digits: DIDS001 only
            "94347659A9,        DIDS001",
            "943476591O,        DIDS001",
            // wrong length: DIDS002 only, whatever the content
            "943476591,         DIDS002",
            "94347659190,       DIDS002",
            "9434765919X,       DIDS002",
            "A,                 DIDS002",
            // blank: neither (the demographic group rule decides)
            "'',                ",
            "'   ',             ",
            // known dummy numbers that pass modulus 11
            "0123456789,        DQW-NHS-BLOCKED",
            "9999999999,        DQW-NHS-BLOCKED",
            "0000000000,        DQW-NHS-BLOCKED",
            "2000000002,        DQW-NHS-BLOCKED",
            "9000000009,        DQW-NHS-BLOCKED",
            // palindromes pass modulus 11 and the national check; the workbench warns
            "1234554321,        DQW-NHS-PALINDROME",
            "9990110999,        DQW-NHS-PALINDROME",
            // nearly palindromic: nothing
            "9990110998,        DIDS001",
    })
    void nhsNumberCodes(String value, String codes) {
        assertThat(DidRecords.codesFor(DidRecords.withItem("NHS_NUMBER", value)))
                .containsExactlyElementsOf(DidRecords.expected(codes));
    }

    @Test
    void checkDigitMessageNamesTheItemQuotesTheValueAndSaysWhatIsExpected() {
        List<Issue> issues = DidRecords.validate(DidRecords.withItem("NHS_NUMBER", "9434765918"));

        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.value()).isEqualTo("9434765918");
            assertThat(i.fields()).containsExactly("NHS_NUMBER");
            assertThat(i.message()).isEqualTo("NHS NUMBER '9434765918' fails the modulus 11 check digit; expected a"
                    + " 10-digit NHS number whose last digit is its check digit.");
        });
    }

    @Test
    void lengthMessageQuotesTheNormalisedValueAndItsLength() {
        List<Issue> issues = DidRecords.validate(DidRecords.withItem("NHS_NUMBER", "943 476 591"));

        assertThat(issues).singleElement().satisfies(i -> assertThat(i.message())
                .isEqualTo("NHS NUMBER '943476591' is 9 characters long once spaces and hyphens are removed;"
                        + " expected exactly 10 digits."));
    }

    @Test
    void noCheckDigitMessageSaysSo() {
        assertThat(DidRecords.check("DIDS001", DidRecords.withItem("NHS_NUMBER", "1234567890")).message())
                .startsWith("NHS NUMBER '1234567890' fails the modulus 11 check: no check digit exists");
    }
}
