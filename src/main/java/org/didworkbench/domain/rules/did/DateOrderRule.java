package org.didworkbench.domain.rules.did;

import java.time.LocalDate;
import java.util.List;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * One date must not be after another (the same day is fine). Checked only when both are present
 * and valid, as the national pipeline does. The message is about the earlier item.
 */
public final class DateOrderRule extends BaseRule {
    private final ItemRef earlier;
    private final ItemRef later;

    public DateOrderRule(String code, Severity severity, ItemRef earlier, ItemRef later) {
        super(code, severity, RuleKind.CONSISTENCY, List.of(earlier, later),
                earlier.label() + " must not be after " + later.label() + " (checked when both are valid dates).");
        this.earlier = earlier;
        this.later = later;
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        LocalDate a = record.day(earlier.index());
        if (a == null) {
            return null;
        }
        LocalDate b = record.day(later.index());
        if (b == null || !a.isAfter(b)) {
            return null;
        }
        String v = record.shown(earlier.index());
        return new Finding(v, quoted(earlier, v) + " is after " + quoted(later, record.shown(later.index()))
                + "; expected on or before the " + later.label() + ".");
    }
}
