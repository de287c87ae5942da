package org.didworkbench.domain.rules.checks;

/** The Verhoeff check digit (dihedral group D5), as SNOMED CT identifiers use it (did-reference.md §4.2). */
public final class Verhoeff {
    private static final byte[][] D = {
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
    private static final byte[][] P = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
            {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
            {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
            {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
            {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
            {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
            {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
    private static final byte[] INV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

    private Verhoeff() {
    }

    /** True when the digit string (check digit last) verifies. Characters must be ASCII digits. */
    public static boolean isValid(CharSequence digits) {
        int c = 0;
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            c = D[c][P[i & 7][digits.charAt(n - 1 - i) - '0']];
        }
        return c == 0;
    }

    /** The check digit to append to a digit string. Characters must be ASCII digits. */
    public static int checkDigit(CharSequence digits) {
        int c = 0;
        int n = digits.length();
        // Position 0 is the check digit still to come, so the payload starts at position 1.
        for (int i = 0; i < n; i++) {
            c = D[c][P[(i + 1) & 7][digits.charAt(n - 1 - i) - '0']];
        }
        return INV[c];
    }
}
