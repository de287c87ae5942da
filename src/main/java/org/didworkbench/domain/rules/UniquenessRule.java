package org.didworkbench.domain.rules;

/**
 * A file rule: no two records may share a key (e.g. DIDS071, accession number and site). The
 * engine groups records by key; every record in a group of two or more gets an issue.
 */
public interface UniquenessRule extends Rule {

    /** The record's key, or null when the record takes no part (e.g. a key item is blank). */
    String key(RecordView record);

    /**
     * The items whose normalised values make up the key, so that a store can find the records
     * sharing a key without reading every record. The contract: {@link #key} is null when any of
     * these items is blank, and two records' keys are equal exactly when their normalised values of
     * these items are equal. Empty (the default) when the rule cannot say; callers then compare
     * keys record by record.
     */
    default int[] keyItems() {
        return new int[0];
    }

    /**
     * Describes the failure for one record of a duplicate group.
     *
     * @param record     the record being reported
     * @param groupSize  how many records share its key
     * @param otherLines the physical lines of the other records in the group (at most a few)
     */
    Finding describe(RecordView record, int groupSize, long[] otherLines);
}
