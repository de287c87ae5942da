package org.didworkbench.domain.rules;

/**
 * A file rule: no two records may share a key (e.g. DIDS071, accession number and site). The
 * engine groups records by key; every record in a group of two or more gets an issue.
 */
public interface UniquenessRule extends Rule {

    /** The record's key, or null when the record takes no part (e.g. a key item is blank). */
    String key(RecordView record);

    /**
     * Describes the failure for one record of a duplicate group.
     *
     * @param record     the record being reported
     * @param groupSize  how many records share its key
     * @param otherLines the physical lines of the other records in the group (at most a few)
     */
    Finding describe(RecordView record, int groupSize, long[] otherLines);
}
