package org.didworkbench.domain.dataset;

/**
 * How a raw field value is cleaned before rules read it (did-reference.md §1.5). Every item is
 * stripped of leading and trailing white space; some items have more done to them.
 */
public enum Normalisation {
    /** Leading and trailing white space removed; nothing else. */
    STRIP,
    /** As STRIP, and every white space character and hyphen inside removed (NHS number). */
    STRIP_SPACES_AND_HYPHENS;

    /**
     * Applies this normalisation.
     *
     * @param raw the field as it stands in the file, may be null
     * @return the cleaned value, or null when the value is absent or only white space
     */
    public String apply(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Text.strip(raw);
        if (s.isEmpty()) {
            return null;
        }
        if (this == STRIP_SPACES_AND_HYPHENS) {
            s = Text.removeSpacesAndHyphens(s);
            return s.isEmpty() ? null : s;
        }
        return s;
    }
}
