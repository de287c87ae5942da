package org.didworkbench.domain.dataset;

/** Whether the first row of a submission file is a header row of column names. */
public enum HeaderMode {
    /** The first row is always a header. */
    YES,
    /** The first row is always data (the national DID format has no header). */
    NO,
    /** The first row is a header when most of its fields are known column names of the profile. */
    AUTO
}
