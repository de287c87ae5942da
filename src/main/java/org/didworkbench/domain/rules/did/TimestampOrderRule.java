package org.didworkbench.domain.rules.did;

import java.util.List;

import org.didworkbench.domain.dataset.Timestamp;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * One timestamp must not be after another (the same moment is fine), compared as moments with the
 * offsets applied (dids-v2-reference.md §1.5, U3). Checked only when both are valid timestamps. The
 * message is about the earlier item.
 */
public final class TimestampOrderRule extends BaseRule {
    private final ItemRef earlier;
    private final ItemRef later;

    public TimestampOrderRule(String code, Severity severity, ItemRef earlier, ItemRef later) {
        super(code, severity, RuleKind.CONSISTENCY, List.of(earlier, later),
                earlier.label() + " must not be after " + later.label()
                        + " (offsets applied; checked when both are valid timestamps).");
        this.earlier = earlier;
        this.later = later;
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        Timestamp a = record.timestamp(earlier.index());
        if (a == null) {
            return null;
        }
        Timestamp b = record.timestamp(later.index());
        if (b == null || !a.instant().isAfter(b.instant())) {
            return null;
        }
        String v = record.shown(earlier.index());
        return new Finding(v, quoted(earlier, v) + " is after " + quoted(later, record.shown(later.index()))
                + "; expected on or before the " + later.label() + " (offsets applied).");
    }
}
