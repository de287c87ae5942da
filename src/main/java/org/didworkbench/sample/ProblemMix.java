package org.didworkbench.sample;

/** Which deliberate problems a generated file carries. */
public enum ProblemMix {
    /** Every record is clean: it passes every DID v1 rule against the synthetic reference files. */
    NONE,
    /** About 5 % of records carry one {@link Problem} each, at the rates that enum documents. */
    REALISTIC
}
