package org.didworkbench.domain.rules.did;

import java.util.regex.Pattern;

/**
 * A value's length and shape: at most, at least or exactly some characters (counted as Unicode code
 * points), and optionally a regular expression the whole value must match. Lengths are checked
 * first, so a value too long says so rather than "wrong format". Immutable.
 */
public final class FormatCheck implements ValueCheck {
    private final int minLength;
    private final int maxLength;
    private final Pattern pattern;
    private final String expected;

    /**
     * @param minLength least number of characters, 0 for none
     * @param maxLength greatest number of characters, 0 for none
     * @param pattern   a regular expression the whole value must match, or null
     * @param expected  what a right value looks like, for messages (e.g. "a letter and five digits, e.g. A81001");
     *                  null to show the pattern
     */
    public FormatCheck(int minLength, int maxLength, String pattern, String expected) {
        if (minLength < 0 || maxLength < 0 || (maxLength > 0 && minLength > maxLength)) {
            throw new IllegalArgumentException("lengths must satisfy 0 <= minLength <= maxLength");
        }
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.pattern = pattern == null ? null : Pattern.compile(pattern);
        this.expected = expected != null ? expected
                : pattern != null ? "a value matching the pattern " + pattern : null;
    }

    @Override
    public String problem(String v) {
        int n = v.codePointCount(0, v.length());
        if (minLength > 0 && minLength == maxLength && n != minLength) {
            return "is " + n + " characters long; expected exactly " + minLength + " characters.";
        }
        if (maxLength > 0 && n > maxLength) {
            return "is " + n + " characters long; expected at most " + maxLength + " characters.";
        }
        if (n < minLength) {
            return "is " + n + " characters long; expected at least " + minLength + " characters.";
        }
        if (pattern != null && !pattern.matcher(v).matches()) {
            return "is not in the expected format; expected " + expected + ".";
        }
        return null;
    }

    /** One sentence for the rule's description, after the item name. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (minLength > 0 && minLength == maxLength) {
            s.append("exactly ").append(minLength).append(" characters");
        } else if (minLength > 0 && maxLength > 0) {
            s.append(minLength).append(" to ").append(maxLength).append(" characters");
        } else if (maxLength > 0) {
            s.append("at most ").append(maxLength).append(" characters");
        } else if (minLength > 0) {
            s.append("at least ").append(minLength).append(" characters");
        }
        if (expected != null) {
            s.append(s.length() == 0 ? "" : ", ").append(expected);
        }
        return s.toString();
    }
}
