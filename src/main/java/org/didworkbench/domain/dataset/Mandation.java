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
    OPTIONAL("O"),
    /** C: required when a condition holds (e.g. a clock start date for waiting-list activity). */
    CONDITIONAL("C");

    private final String symbol;

    Mandation(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol used in the data dictionary tables: M, M*, R or O. */
    public String symbol() {
        return symbol;
    }

    /** The mandation with this symbol (M, M*, R, O or C), or null when there is none. */
    public static Mandation fromSymbol(String symbol) {
        for (Mandation m : values()) {
            if (m.symbol.equals(symbol)) {
                return m;
            }
        }
        return null;
    }
}
