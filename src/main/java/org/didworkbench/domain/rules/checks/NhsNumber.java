package org.didworkbench.domain.rules.checks;

/**
 * NHS number checks (did-reference.md §4.1). Inputs are normalised values: spaces and hyphens
 * already removed.
 */
public final class NhsNumber {
    /** Digits in an NHS number. */
    public static final int LENGTH = 10;
    /** The value {@link #checkDigit} returns when the first nine digits admit no check digit (C = 10). */
    public static final int NO_CHECK_DIGIT = -1;

    private NhsNumber() {
    }

    /** True when the value is exactly ten ASCII digits. */
    public static boolean isTenDigits(String s) {
        return s != null && s.length() == LENGTH && Ascii.digits(s, 0, LENGTH);
    }

    /**
     * The modulus 11 check digit of the first nine characters, which must be ASCII digits:
     * S = d1×10 + … + d9×2, C = 11 − (S mod 11); C = 11 gives 0; C = 10 gives {@link #NO_CHECK_DIGIT}.
     */
    public static int checkDigit(CharSequence firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * (10 - i);
        }
        int c = 11 - sum % 11;
        if (c == 11) {
            return 0;
        }
        return c == 10 ? NO_CHECK_DIGIT : c;
    }

    /** True when the value is ten digits whose last digit is the modulus 11 check digit of the first nine. */
    public static boolean isValid(String s) {
        return isTenDigits(s) && checkDigit(s) == s.charAt(9) - '0';
    }

    /**
     * True when the ten-digit value's first five digits are its last five reversed (the whole number
     * reads the same backwards). Every such number passes modulus 11, so this is a test-data smell only.
     */
    public static boolean isPalindromic(String s) {
        if (!isTenDigits(s)) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (s.charAt(i) != s.charAt(9 - i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for numbers the written DID rule and NHS England's library block although some pass
     * modulus 11: 0123456789, 1234567890, repeated digits (0000000000…9999999999) and N00000000N.
     */
    public static boolean isBlocked(String s) {
        if (!isTenDigits(s)) {
            return false;
        }
        if (s.equals("0123456789") || s.equals("1234567890")) {
            return true;
        }
        char first = s.charAt(0);
        boolean repdigit = true;
        boolean zeroesInside = s.charAt(9) == first;
        for (int i = 1; i < LENGTH; i++) {
            char c = s.charAt(i);
            repdigit &= c == first;
            if (i < 9) {
                zeroesInside &= c == '0';
            }
        }
        return repdigit || zeroesInside;
    }
}
