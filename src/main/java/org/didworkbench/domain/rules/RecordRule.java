package org.didworkbench.domain.rules;

/** A rule that decides on one record by itself. Implementations are immutable and thread-safe. */
public interface RecordRule extends Rule {

    /**
     * Checks one record.
     *
     * @return null when the record passes, else what is wrong
     */
    Finding check(RecordView record, RuleContext context);
}
