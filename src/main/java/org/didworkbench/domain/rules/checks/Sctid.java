package org.didworkbench.domain.rules.checks;

/**
 * SNOMED CT identifier structure for a concept code (did-reference.md §4.2): ASCII digits, no
 * leading zero, 6 to 18 digits, partition (2nd and 3rd digits from the right) 00 or 10, and a
 * valid Verhoeff check digit. Whether the concept is an imaging procedure needs reference data.
 */
public final class Sctid {
    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 18;

    /** Why a value is not a SNOMED CT concept identifier, first failing test first. */
    public enum Problem {
        NOT_DIGITS("contains characters other than digits"),
        LEADING_ZERO("starts with a zero"),
        LENGTH("is not 6 to 18 digits long"),
        NOT_CONCEPT("has partition digits that do not mark a concept (00 or 10)"),
        CHECK_DIGIT("fails the Verhoeff check digit");

        private final String text;

        Problem(String text) {
            this.text = text;
        }

        /** A phrase to follow the quoted value, e.g. "fails the Verhoeff check digit". */
        public String text() {
            return text;
        }
    }

    private Sctid() {
    }

    /** Null when the value is a well-formed concept identifier, else the first problem found. */
    public static Problem problem(String s) {
        int n = s.length();
        if (!Ascii.digits(s, 0, n)) {
            return Problem.NOT_DIGITS;
        }
        if (s.charAt(0) == '0') {
            return Problem.LEADING_ZERO;
        }
        if (n < MIN_LENGTH || n > MAX_LENGTH) {
            return Problem.LENGTH;
        }
        char p1 = s.charAt(n - 3);
        if (s.charAt(n - 2) != '0' || (p1 != '0' && p1 != '1')) {
            return Problem.NOT_CONCEPT;
        }
        if (!Verhoeff.isValid(s)) {
            return Problem.CHECK_DIGIT;
        }
        return null;
    }

    public static boolean isValidConceptId(String s) {
        return s != null && problem(s) == null;
    }

    /** The two partition digits (2nd and 3rd from the right) of a digit string of at least three characters. */
    public static String partition(String s) {
        return s.substring(s.length() - 3, s.length() - 1);
    }
}
