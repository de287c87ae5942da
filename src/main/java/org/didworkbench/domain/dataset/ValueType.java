package org.didworkbench.domain.dataset;

import java.util.Locale;

/** What kind of value an item holds, which decides how rules read it as a date or a point in time. */
public enum ValueType {
    /** Free text or a code. */
    TEXT,
    /** A calendar date written CCYY-MM-DD. */
    DATE,
    /** A date, time and UTC offset written CCYY-MM-DDThh:mm:ss followed by Z or ±hh:mm (DIDS v2.0). */
    TIMESTAMP;

    /**
     * The type a data dictionary format implies: {@code timestamp} anywhere in it means a timestamp,
     * {@code CCYY-MM-DD} or the word {@code date} a date, anything else text.
     */
    public static ValueType fromFormat(String format) {
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        if (f.contains("timestamp")) {
            return TIMESTAMP;
        }
        if (f.contains("ccyy-mm-dd") || f.matches(".*\\bdate\\b.*")) {
            return DATE;
        }
        return TEXT;
    }

    /** The lower-case word used in profile files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
