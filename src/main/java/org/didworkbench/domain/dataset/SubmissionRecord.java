package org.didworkbench.domain.dataset;

import java.util.Arrays;

/**
 * One data record of a submission as it stands in the file: its number, the physical line it
 * starts on, and its field values exactly as read (unquoted, not trimmed).
 *
 * <p>A record whose field count does not match its profile keeps every field it had; rules see
 * only the profile's items (missing ones read as blank).
 *
 * @param number 1-based data record number (a header row is not counted)
 * @param line   1-based physical line on which the record starts
 * @param values the fields as read; the array is not copied, callers must not change it
 * @param defect what is wrong with the record's syntax (e.g. a quoted field never closed), null when sound;
 *               never holds a field value
 */
public record SubmissionRecord(long number, long line, String[] values, String defect) {

    /** A syntactically sound record. */
    public SubmissionRecord(long number, long line, String[] values) {
        this(number, line, values, null);
    }

    /** The raw value of field {@code index}, or null when the record has fewer fields. */
    public String raw(int index) {
        return index < values.length ? values[index] : null;
    }

    public int fieldCount() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubmissionRecord r && r.number == number && r.line == line
                && Arrays.equals(r.values, values)
                && java.util.Objects.equals(r.defect, defect);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(number) * 31 + Arrays.hashCode(values);
    }

    /** Deliberately says nothing of the values: records hold patient data and must not reach logs. */
    @Override
    public String toString() {
        return "SubmissionRecord[number=" + number + ", line=" + line + ", fields=" + values.length + "]";
    }
}
