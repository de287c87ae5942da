package org.didworkbench.store;

/**
 * A record as an export needs it.
 *
 * @param record record number
 * @param edited true when some value differs from the file
 * @param raw    the record's exact original text, or null when it is the canonical form of its original values
 * @param values the current values; null when the record is unedited and its original text is kept
 *               (the export then writes {@code raw} and needs nothing else)
 */
public record RecordText(long record, boolean edited, String raw, String[] values) {

    /** Says nothing of the text or values: they hold patient data. */
    @Override
    public String toString() {
        return "RecordText[record=" + record + ", edited=" + edited + "]";
    }
}
