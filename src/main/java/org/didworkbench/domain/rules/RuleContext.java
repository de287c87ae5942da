package org.didworkbench.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

import org.didworkbench.domain.reference.ReferenceData;

/**
 * What rules may know beyond the record: the submission date (the day the file is taken to
 * reach NHS England, which drives the cut-off and future-date rules) and the reference data.
 */
public record RuleContext(LocalDate submissionDate, ReferenceData reference) {
    public RuleContext {
        Objects.requireNonNull(submissionDate, "submissionDate");
        Objects.requireNonNull(reference, "reference");
    }
}
