package org.didworkbench.domain.rules.did;

import java.time.LocalDate;
import java.util.List;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;
import org.didworkbench.domain.rules.checks.SparkMonths;

/**
 * A birth date may fall after an event date (a test requested before birth) by at most a number of
 * calendar months. National logic: {@code months_between(last_day(birth), last_day(event)) <= max};
 * both arguments are month ends, so this is the whole-month difference between the two months
 * (birth in the 7th month after the request's month fails when the allowance is 6). Checked only
 * when both dates are valid.
 */
public final class MonthsAfterBirthRule extends BaseRule {
    private final ItemRef birth;
    private final ItemRef event;
    private final int maxMonths;

    public MonthsAfterBirthRule(String code, Severity severity, ItemRef birth, ItemRef event, int maxMonths) {
        super(code, severity, RuleKind.CONSISTENCY, List.of(birth, event),
                birth.label() + " may be at most " + maxMonths + " calendar months after the month of "
                        + event.label() + " (checked when both are valid dates).");
        this.birth = birth;
        this.event = event;
        this.maxMonths = maxMonths;
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        LocalDate b = record.day(birth.index());
        if (b == null) {
            return null;
        }
        LocalDate e = record.day(event.index());
        if (e == null) {
            return null;
        }
        long months = SparkMonths.monthEndsBetween(b, e);
        if (months <= maxMonths) {
            return null;
        }
        String v = record.shown(birth.index());
        return new Finding(v, quoted(birth, v) + " is in a month " + months + " months after the month of "
                + quoted(event, record.shown(event.index())) + "; expected a birth date no more than " + maxMonths
                + " calendar months after it.");
    }
}
