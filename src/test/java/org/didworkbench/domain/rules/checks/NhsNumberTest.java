package org.didworkbench.domain.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NhsNumberTest {

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
            "9434765919, true",
            "9732552476, true",
            "9990000050, true",
            "0123456789, true",
            "9999999999, true",
            "1234567890, false",
            "9434765918, false",
            "943476591,  false",
            "94347659190, false",
            "94347659A9, false",
            "'',         false",
    })
    void modulus11(String value, boolean valid) {
        assertThat(NhsNumber.isValid(value)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "943476591, 9",
            "999000005, 0",     // C = 11 -> 0
            "999000000, -1",    // C = 10 -> none
            "123456789, -1",
    })
    void checkDigit(String firstNine, int expected) {
        assertThat(NhsNumber.checkDigit(firstNine)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} palindrome={1} blocked={2}")
    @CsvSource({
            "1234554321, true,  false",
            "9999999999, true,  true",
            "2000000002, true,  true",
            "0000000000, true,  true",
            "0123456789, false, true",
            "1234567890, false, true",
            "9434765919, false, false",
            "1000000002, false, false",
            "123454321,  false, false",
    })
    void testNumberPatterns(String value, boolean palindrome, boolean blocked) {
        assertThat(NhsNumber.isPalindromic(value)).isEqualTo(palindrome);
        assertThat(NhsNumber.isBlocked(value)).isEqualTo(blocked);
    }

    @Property
    void everyPrefixWithItsCheckDigitIsValid(@ForAll("nineDigits") String prefix) {
        int c = NhsNumber.checkDigit(prefix);
        Assume.that(c != NhsNumber.NO_CHECK_DIGIT);

        assertThat(NhsNumber.isValid(prefix + c)).isTrue();
    }

    @Property
    void aPrefixWithoutCheckDigitIsInvalidWhateverTheLastDigit(@ForAll("nineDigits") String prefix,
                                                               @ForAll @IntRange(max = 9) int last) {
        // Vary the ninth digit until no check digit exists (it does for 10 of 11 eight-digit starts).
        String noCheck = null;
        for (char d = '0'; d <= '9' && noCheck == null; d++) {
            String candidate = prefix.substring(0, 8) + d;
            if (NhsNumber.checkDigit(candidate) == NhsNumber.NO_CHECK_DIGIT) {
                noCheck = candidate;
            }
        }
        Assume.that(noCheck != null);

        assertThat(NhsNumber.isValid(noCheck + last)).isFalse();
    }

    @Property
    void anySingleDigitChangeIsDetected(@ForAll("nineDigits") String prefix, @ForAll @IntRange(max = 9) int position,
                                        @ForAll @IntRange(min = 1, max = 9) int shift) {
        int c = NhsNumber.checkDigit(prefix);
        Assume.that(c != NhsNumber.NO_CHECK_DIGIT);
        char[] digits = (prefix + c).toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

        assertThat(NhsNumber.isValid(new String(digits))).isFalse();
    }

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.strings().numeric().ofLength(9);
    }
}
