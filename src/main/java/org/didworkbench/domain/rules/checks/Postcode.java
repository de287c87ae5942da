package org.didworkbench.domain.rules.checks;

import java.util.regex.Pattern;

/**
 * UK postcode shapes (did-reference.md §4.3). {@link #matchesDids017} is the national format rule;
 * {@link #royalMailProblem} is the stricter Royal Mail shape used only for a workbench warning.
 */
public final class Postcode {
    /** The national DIDS017 pattern, kept as the specification of {@link #matchesDids017} (which is hand-coded). */
    public static final Pattern DIDS017 = Pattern.compile("^[A-Za-z]{1,2}\\d[A-Za-z\\d]?\\s+\\d[A-Za-z]{2}$");
    /** Pseudo-postcodes (no fixed abode, address not known, overseas) start with this. */
    public static final String PSEUDO_PREFIX = "ZZ99";

    /** Letters allowed third in the A9A outward form (S16, plus P, which Royal Mail uses, e.g. N1P). */
    private static final String ANA_THIRD = "ABCDEFGHJKPSTUW";
    /** Letters never used in the inward code. */
    private static final String INWARD_NEVER = "CIKMOV";
    private static final String FIRST_NEVER = "QVX";
    private static final String SECOND_NEVER = "IJZ";

    private Postcode() {
    }

    /**
     * Same answer as the {@link #DIDS017} pattern, without a regex: outward code (1–2 letters, a digit,
     * an optional letter or digit), one or more white space characters, inward code (a digit and two letters).
     */
    public static boolean matchesDids017(String s) {
        int n = s.length();
        // Inward code: the last three characters.
        if (n < 6 || !Ascii.isDigit(s.charAt(n - 3)) || !Ascii.isLetter(s.charAt(n - 2))
                || !Ascii.isLetter(s.charAt(n - 1))) {
            return false;
        }
        int outwardEnd = 0;
        while (outwardEnd < n - 3 && !isRegexSpace(s.charAt(outwardEnd))) {
            outwardEnd++;
        }
        for (int i = outwardEnd; i < n - 3; i++) {
            if (!isRegexSpace(s.charAt(i))) {
                return false;
            }
        }
        return outwardEnd < n - 3 && isOutward(s, outwardEnd);
    }

    /** {@code [A-Za-z]{1,2}\d[A-Za-z\d]?} over {@code s[0, end)}. */
    private static boolean isOutward(String s, int end) {
        if (end < 2 || end > 4 || !Ascii.isLetter(s.charAt(0))) {
            return false;
        }
        int digitAt = Ascii.isLetter(s.charAt(1)) ? 2 : 1;
        if (digitAt >= end || !Ascii.isDigit(s.charAt(digitAt))) {
            return false;
        }
        int rest = end - digitAt - 1;
        return rest == 0 || (rest == 1 && Ascii.isLetterOrDigit(s.charAt(end - 1)));
    }

    /** Java's {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, LF, VT, FF, CR. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** True for a ZZ99 pseudo-postcode, in any case. */
    public static boolean isPseudo(String s) {
        return s.regionMatches(true, 0, PSEUDO_PREFIX, 0, PSEUDO_PREFIX.length());
    }

    /**
     * Null when the value passes {@link #matchesDids017} and also has the Royal Mail shape,
     * else a phrase saying what is off (to follow the quoted value). Checks capitals, exactly one
     * space, and the letter rules of S16: Q, V, X never first; I, J, Z never second; the A9A third
     * letter; inward letters never C, I, K, M, O, V. Pseudo-postcodes (ZZ99…) break the letter rules
     * by design, so only their case and spacing are checked. The fourth-letter rule of the AA9A form
     * is uncertain and not checked.
     */
    public static String royalMailProblem(String s) {
        if (!matchesDids017(s)) {
            return "is not in postcode format";
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return "is written in lower case; postcodes are written in capitals";
            }
        }
        int space = n - 4;
        if (s.charAt(space) != ' ' || !hasOneWhiteSpace(s, n)) {
            return "does not have exactly one space between its outward and inward parts";
        }
        if (isPseudo(s)) {
            return null;
        }
        char first = s.charAt(0);
        if (FIRST_NEVER.indexOf(first) >= 0) {
            return "starts with '" + first + "'; a postcode never starts with Q, V or X";
        }
        char second = s.charAt(1);
        if (Ascii.isLetter(second) && SECOND_NEVER.indexOf(second) >= 0) {
            return "has '" + second + "' as its second letter; the second letter is never I, J or Z";
        }
        if (space == 3 && Ascii.isDigit(second) && Ascii.isLetter(s.charAt(2))
                && ANA_THIRD.indexOf(s.charAt(2)) < 0) {
            return "has '" + s.charAt(2) + "' after the district digit; in the A9A form that letter is one of "
                    + "A, B, C, D, E, F, G, H, J, K, P, S, T, U or W";
        }
        for (int i = n - 2; i < n; i++) {
            char c = s.charAt(i);
            if (INWARD_NEVER.indexOf(c) >= 0) {
                return "uses '" + c + "' in its inward part; the last two letters are never C, I, K, M, O or V";
            }
        }
        return null;
    }

    /** Exactly one white space character in the whole value. */
    private static boolean hasOneWhiteSpace(String s, int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (isRegexSpace(s.charAt(i))) {
                count++;
            }
        }
        return count == 1;
    }
}
