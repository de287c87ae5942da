package org.didworkbench.domain.rules;

/** What a rule looks at, which decides how its failures count in the quality measures. */
public enum RuleKind {
    /** Presence of a value (blank where one is needed): counts against completeness. */
    COMPLETENESS,
    /** The value itself (format, code list, check digit, reference data): counts against validity. */
    VALIDITY,
    /** Two or more items together (date order, cut-off): counts as integrity. */
    CONSISTENCY,
    /** The record's or file's structure (field count, duplicates across records). */
    STRUCTURE,
    /** A workbench-only plausibility or outlier check; never changes the national verdict. */
    PLAUSIBILITY
}
