package org.didworkbench.domain.rules.did;

import java.time.LocalDate;
import java.util.List;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/** A valid date must not be after the submission date (the day the file reaches the national service). */
public final class NotAfterSubmissionRule extends BaseRule {
    private final ItemRef item;

    public NotAfterSubmissionRule(String code, Severity severity, ItemRef item) {
        super(code, severity, RuleKind.CONSISTENCY, List.of(item),
                item.label() + " must not be after the submission date (checked when it is a valid date).");
        this.item = item;
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        LocalDate d = record.day(item.index());
        if (d == null || !d.isAfter(context.submissionDate())) {
            return null;
        }
        String v = record.shown(item.index());
        return new Finding(v, quoted(item, v) + " is after the submission date (" + context.submissionDate()
                + "); expected a date on or before the submission date.");
    }
}
