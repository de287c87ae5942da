package org.didworkbench.sample;

/**
 * The two check-digit algorithms the generator needs to make valid (and deliberately invalid)
 * identifiers: NHS number modulus 11 (did-reference.md §4.1) and the SNOMED CT Verhoeff digit
 * (§4.2). Kept private to the generator on purpose: the validators in {@code domain.rules} have
 * their own implementation, and sample data that shared their code could not catch their bugs.
 */
final class CheckDigits {
    private static final int[][] D = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
            {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
            {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
            {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
            {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
            {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
            {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
            {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] P = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
            {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
            {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
            {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
            {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
            {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
            {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
    private static final int[] INV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

    private CheckDigits() {
    }

    /**
     * The NHS number check digit for the first nine digits, or 10 when no check digit exists
     * (such nine-digit stems are never issued).
     */
    static int nhsCheckDigit(CharSequence firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * (10 - i);
        }
        int c = 11 - sum % 11;
        return c == 11 ? 0 : c;
    }

    /** True when the text is ten digits whose last is the modulus 11 check digit of the first nine. */
    static boolean nhsValid(String s) {
        if (s.length() != 10 || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return false;
        }
        return nhsCheckDigit(s) == s.charAt(9) - '0';
    }

    /** The Verhoeff check digit to append to the given digits. */
    static int verhoeffCheckDigit(CharSequence digits) {
        int c = 0;
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            // position 0 is the (still missing) check digit, so the rightmost given digit is position 1
            c = D[c][P[(i + 1) % 8][digits.charAt(n - 1 - i) - '0']];
        }
        return INV[c];
    }

    /** True when the digits (check digit last) pass the Verhoeff check. */
    static boolean verhoeffValid(String s) {
        if (s.isEmpty() || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return false;
        }
        int c = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            c = D[c][P[i % 8][s.charAt(n - 1 - i) - '0']];
        }
        return c == 0;
    }

    /** A concept id (partition 00) from an item identifier: item + "00" + Verhoeff digit. */
    static String conceptId(long itemIdentifier) {
        String stem = itemIdentifier + "00";
        return stem + verhoeffCheckDigit(stem);
    }
}
