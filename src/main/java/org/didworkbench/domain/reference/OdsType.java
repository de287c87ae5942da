package org.didworkbench.domain.reference;

/** The kind of ODS entry. */
public enum OdsType {
    GP_PRACTICE("GP practice"),
    ORGANISATION("organisation"),
    SITE("site");

    private final String description;

    OdsType(String description) {
        this.description = description;
    }

    /** Lower-case words for messages, e.g. "GP practice". */
    public String description() {
        return description;
    }
}
