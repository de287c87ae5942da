package org.didworkbench.domain.rules.did;

import java.time.LocalDate;
import java.util.List;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/** A valid date must not be before a fixed earliest date (e.g. birth date on or after 1900-01-02). */
public final class DateFloorRule extends BaseRule {
    private final int index;
    private final ItemRef item;
    private final LocalDate earliest;

    public DateFloorRule(String code, Severity severity, ItemRef item, LocalDate earliest) {
        super(code, severity, RuleKind.VALIDITY, List.of(item),
                item.label() + " must be on or after " + earliest + " (checked when it is a valid date).");
        this.index = item.index();
        this.item = item;
        this.earliest = earliest;
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        LocalDate d = record.day(index);
        if (d == null || !d.isBefore(earliest)) {
            return null;
        }
        String v = record.shown(index);
        return new Finding(v, quoted(item, v) + " is before " + earliest + "; expected a date on or after "
                + earliest + ".");
    }
}
