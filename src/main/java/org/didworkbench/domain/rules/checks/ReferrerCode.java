package org.didworkbench.domain.rules.checks;

import java.util.regex.Pattern;

/**
 * Referrer code formats the national pipeline accepts (did-reference.md §1.4.6), case-insensitive,
 * on the trimmed value. {@link #matches} is hand-coded; {@link #PATTERN} is its specification.
 */
public final class ReferrerCode {
    /** The accepted formats as one regex (C/D/G/S + 1–7 digits; CD/CH/DT/PH/SL + 1–6 digits; NMC PIN; NI GP; defaults). */
    public static final Pattern PATTERN = Pattern.compile(
            "^(?:[CDGS]\\d{1,7}|(?:CD|CH|DT|PH|SL)\\d{1,6}|\\d{2}[A-Z]\\d{4}[A-Z]|Z[ENSW]\\d{6}"
                    + "|H9999998|M9999998|R9999981|A9999998|P9999981|X9999998|N9999998)$",
            Pattern.CASE_INSENSITIVE);

    private static final String[] DEFAULTS = {"H9999998", "M9999998", "R9999981", "A9999998", "P9999981",
        "X9999998", "N9999998"};
    private static final String[] HCPC_PREFIXES = {"CD", "CH", "DT", "PH", "SL"};

    private ReferrerCode() {
    }

    /** True when the (trimmed, non-blank) value has one of the accepted referrer formats. */
    public static boolean matches(String s) {
        int n = s.length();
        if (n < 2 || n > 8) {
            return false;
        }
        char c0 = Ascii.upper(s.charAt(0));
        char c1 = Ascii.upper(s.charAt(1));
        if ((c0 == 'C' || c0 == 'D' || c0 == 'G' || c0 == 'S') && Ascii.digits(s, 1, n)) {
            return true;
        }
        if (n >= 3 && n <= 8) {
            for (String p : HCPC_PREFIXES) {
                if (p.charAt(0) == c0 && p.charAt(1) == c1 && Ascii.digits(s, 2, n)) {
                    return true;
                }
            }
        }
        if (n != 8) {
            return false;
        }
        if (Ascii.isDigit(c0) && Ascii.isDigit(c1) && Ascii.isLetter(s.charAt(2)) && Ascii.digits(s, 3, 7)
                && Ascii.isLetter(s.charAt(7))) {
            return true;
        }
        if (c0 == 'Z' && (c1 == 'E' || c1 == 'N' || c1 == 'S' || c1 == 'W') && Ascii.digits(s, 2, 8)) {
            return true;
        }
        for (String d : DEFAULTS) {
            if (d.equalsIgnoreCase(s)) {
                return true;
            }
        }
        return false;
    }
}
