package org.didworkbench.store;

import org.didworkbench.domain.dataset.SubmissionRecord;

/**
 * A record as the workspace holds it.
 *
 * @param record the record with its current values (edits applied)
 * @param raw    the record's exact original text, or null when it is the canonical form of the original values
 * @param edited true when any value differs from the file
 */
public record StoredRecord(SubmissionRecord record, String raw, boolean edited) {

    @Override
    public String toString() {
        return "StoredRecord[" + record + ", edited=" + edited + "]";
    }
}
