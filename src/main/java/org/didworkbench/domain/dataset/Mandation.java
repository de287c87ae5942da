package org.didworkbench.domain.dataset;

/** How a data item must be supplied, as the data dictionary states it. */
public enum Mandation {
    /** M: must be supplied. */
    MANDATORY("M"),
    /** M*: a patient-identifiable item that must be supplied (one of the demographic group at least). */
    MANDATORY_IDENTIFIER("M*"),
    /** R: required where it applies; blank is accepted. */
    REQUIRED("R"),
    /** O: optional. */
    OPTIONAL("O");

    private final String symbol;

    Mandation(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol used in the data dictionary tables: M, M*, R or O. */
    public String symbol() {
        return symbol;
    }
}
