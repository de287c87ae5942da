package org.didworkbench.domain.reference;

/** The kinds of reference data a rule may need; each is loaded from the user's reference folder. */
public enum ReferenceKind {
    /** ODS organisations, GP practices and sites with open/close dates and roles. */
    ODS("ODS organisations, practices and sites"),
    /** A postcode directory (list of live postcodes). */
    POSTCODES("postcode directory"),
    /** NICIP codes with start/end dates and their SNOMED CT mapping. */
    IMAGING_CODES("NICIP and SNOMED CT imaging code table");

    private final String description;

    ReferenceKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
