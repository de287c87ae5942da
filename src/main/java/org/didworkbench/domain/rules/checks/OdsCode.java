package org.didworkbench.domain.rules.checks;

/** Shapes of ODS organisation, site and GP practice codes (did-reference.md §4.4). Shape only, no lookup. */
public final class OdsCode {
    private OdsCode() {
    }

    /** DIDS069: 5 to 12 ASCII letters or digits, e.g. RR801 (3-character trust codes fail). */
    public static boolean isSiteCodeShape(String s) {
        return Ascii.alphanumeric(s, 5, 12);
    }

    /** A GP practice code: a letter then five digits, e.g. A81001 (case-insensitive; ODS lookups upper-case). */
    public static boolean isGpPracticeShape(String s) {
        return s.length() == 6 && Ascii.isLetter(s.charAt(0)) && Ascii.digits(s, 1, 6);
    }

    /** A branch surgery code: a practice code and three more letters or digits, e.g. K81003001. */
    public static boolean isBranchSurgeryShape(String s) {
        return s.length() == 9 && Ascii.isLetter(s.charAt(0)) && Ascii.digits(s, 1, 6)
                && Ascii.alphanumeric(s.substring(6), 3, 3);
    }

    /**
     * A referring organisation code: 3 (trust), 5 (site or independent provider), 6 (GP practice)
     * or 9 (branch) ASCII letters or digits.
     */
    public static boolean isReferringOrgShape(String s) {
        int n = s.length();
        return (n == 3 || n == 5 || n == 6 || n == 9) && Ascii.alphanumeric(s, n, n);
    }
}
