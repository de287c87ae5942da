package org.didworkbench.domain.rules.checks;

/** ASCII character classes, because {@code \d} and {@code [A-Za-z]} in the national regexes are ASCII-only. */
final class Ascii {
    private Ascii() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isLetterOrDigit(char c) {
        return isDigit(c) || isLetter(c);
    }

    static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    /** True when {@code s[from, to)} is non-empty and all ASCII digits. */
    static boolean digits(CharSequence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code s} is all ASCII letters and digits, with a length in [min, max]. */
    static boolean alphanumeric(String s, int min, int max) {
        int n = s.length();
        if (n < min || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
