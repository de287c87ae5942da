package org.didworkbench.service;

/**
 * One cell a bulk edit would change, as its preview lists it.
 *
 * @param record record number
 * @param line   the record's line in the file
 * @param before the value now
 * @param after     the value the edit would write
 * @param accession the record's accession number, "" when not known
 */
public record BulkChange(long record, long line, String before, String after, String accession) {

    /** Says nothing of the values: they may be patient data. */
    @Override
    public String toString() {
        return "BulkChange[record=" + record + "]";
    }
}
