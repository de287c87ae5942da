package org.didworkbench.io;

import java.util.Objects;

import org.didworkbench.domain.dataset.SubmissionRecord;

/**
 * A data record together with its exact text in the file.
 *
 * @param record the record: number, physical line, unquoted field values, syntax defect
 * @param raw    the decoded text of the record from its first character through its line terminator (if any),
 *               plus any blank lines that follow it before the next record; concatenating the raw text of
 *               every record (with the reader's preamble, header and trailer) gives back the file's text
 */
public record ParsedRecord(SubmissionRecord record, String raw) {

    public ParsedRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(raw, "raw");
    }

    /** Deliberately leaves out the raw text: it holds patient data and must not reach logs. */
    @Override
    public String toString() {
        return "ParsedRecord[" + record + ", rawLength=" + raw.length() + "]";
    }
}
