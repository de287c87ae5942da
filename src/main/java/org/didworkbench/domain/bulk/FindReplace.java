package org.didworkbench.domain.bulk;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Find and replace within one item, as plain text (no wildcards or patterns).
 *
 * <p>Without {@code wholeValue} every occurrence of {@code find} in a value is replaced; with it a value
 * is replaced only when the whole value is {@code find} (exactly: surrounding white space counts). Case
 * is ignored unless {@code caseSensitive}. Immutable.
 *
 * @param find          the text sought (not empty)
 * @param replacement   what it becomes (may be empty, to delete the text)
 * @param wholeValue    match the whole value only
 * @param caseSensitive match case exactly
 */
public record FindReplace(String find, String replacement, boolean wholeValue, boolean caseSensitive) {
    /** The longest text shown in a change-log reason before it is cut short. */
    private static final int SHOWN = 40;

    public FindReplace {
        Objects.requireNonNull(find, "find");
        Objects.requireNonNull(replacement, "replacement");
        if (find.isEmpty()) {
            throw new IllegalArgumentException("Find and replace needs some text to find");
        }
    }

    /**
     * The value after the replacement, or empty when it does not change (no match, or the replacement
     * gives the same text).
     */
    public Optional<String> apply(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String after;
        if (wholeValue) {
            boolean match = caseSensitive ? value.equals(find) : value.equalsIgnoreCase(find);
            after = match ? replacement : value;
        } else if (caseSensitive) {
            after = value.replace(find, replacement);
        } else {
            Matcher m = Pattern.compile(Pattern.quote(find), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(value);
            after = m.replaceAll(Matcher.quoteReplacement(replacement));
        }
        return after.equals(value) ? Optional.empty() : Optional.of(after);
    }

    /**
     * A text every matching value contains, ignoring ASCII case, for a coarse first filter (e.g. an SQL
     * LIKE); null when no such filter is safe (case-insensitive matching of non-ASCII letters).
     */
    public String coarseFilter() {
        if (caseSensitive) {
            return find;
        }
        for (int i = 0; i < find.length(); i++) {
            if (find.charAt(i) > 127) {
                return null;
            }
        }
        return find;
    }

    /**
     * The change-log reason, e.g. "Find and replace in POSTCODE OF USUAL ADDRESS: 'ls1' -> 'LS1' (match case)".
     * Long texts are cut short with "…".
     */
    public String reason(String itemName) {
        StringBuilder b = new StringBuilder("Find and replace in ").append(itemName).append(": '")
                .append(shorten(find)).append("' -> '").append(shorten(replacement)).append('\'');
        if (wholeValue || caseSensitive) {
            b.append(" (").append(wholeValue ? "whole value" : "")
                    .append(wholeValue && caseSensitive ? ", " : "").append(caseSensitive ? "match case" : "")
                    .append(')');
        }
        return b.toString();
    }

    static String shorten(String s) {
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN - 1) + "\u2026";
    }

    /** Says nothing of the texts: they may be patient data. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FindReplace[wholeValue=%s, caseSensitive=%s]", wholeValue, caseSensitive);
    }
}
