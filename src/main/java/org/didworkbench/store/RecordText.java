package org.didworkbench.store;

/**
 * A record as an export needs it.
 *
 * @param record record number
 * @param edited true when some value differs from the file
 * @param raw    unedited: the record's exact text (kept, or rebuilt in its canonical form), or null when the
 *               store could not rebuild it; edited: its original text, or null when that was canonical
 * @param values the current values; null when the record is unedited and {@code raw} is given (the export
 *               then writes {@code raw} and needs nothing else)
 */
public record RecordText(long record, boolean edited, String raw, String[] values) {

    /** Says nothing of the text or values: they hold patient data. */
    @Override
    public String toString() {
        return "RecordText[record=" + record + ", edited=" + edited + "]";
    }
}
