package org.didworkbench.domain.dataset;

/** Whether a submission file's first row is a header of item names. */
public enum HeaderMode {
    /** The first row is a header. */
    YES,
    /** There is no header; the first row is a record. */
    NO,
    /** Decide from the first row's values. */
    AUTO
}
