package org.didworkbench.domain.dataset;

/** Small string helpers shared by the profile, the rules and the store, so that all of them trim alike. */
public final class Text {
    private Text() {
    }

    /** True for the white space characters the national pipeline strips: space, tab, CR, LF, FF, VT. */
    public static boolean isWhite(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\u000B';
    }

    /** Removes leading and trailing white space (see {@link #isWhite}); never returns null for non-null input. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isWhite(s.charAt(start))) {
            start++;
        }
        while (end > start && isWhite(s.charAt(end - 1))) {
            end--;
        }
        return (start == 0 && end == s.length()) ? s : s.substring(start, end);
    }

    /** Removes every white space character and hyphen. */
    public static String removeSpacesAndHyphens(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = c == '-' || isWhite(c);
            if (drop && b == null) {
                b = new StringBuilder(s.length());
                b.append(s, 0, i);
            } else if (!drop && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** True when every character is an ASCII digit (and there is at least one). */
    public static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
