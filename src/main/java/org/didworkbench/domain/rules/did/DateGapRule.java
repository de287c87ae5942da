package org.didworkbench.domain.rules.did;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * A later date should not be more than a set period after an earlier one: later &gt; earlier + gap
 * fails (a gap in days counts days; a gap in months adds calendar months, so 31 January + 1 month
 * is 28 or 29 February). Checked only when both dates are valid; a later date before the earlier
 * one is another rule's business. The message is about the later item, the one that looks late.
 */
public final class DateGapRule extends BaseRule {
    private final ItemRef earlier;
    private final ItemRef later;
    private final Period gap;
    private final long gapDays;
    private final String gapText;

    /**
     * @param gap days only (e.g. {@code Period.ofDays(365)}) or months only (e.g. {@code Period.ofMonths(1)})
     */
    public DateGapRule(String code, Severity severity, ItemRef earlier, ItemRef later, Period gap) {
        super(code, severity, RuleKind.CONSISTENCY, List.of(later, earlier),
                later.label() + " should be no more than " + text(gap) + " after " + earlier.label()
                        + " (checked when both are valid dates).");
        boolean daysOnly = gap.getYears() == 0 && gap.getMonths() == 0;
        boolean monthsOnly = gap.getYears() == 0 && gap.getDays() == 0;
        if (gap.isNegative() || gap.isZero() || !(daysOnly || monthsOnly)) {
            throw new IllegalArgumentException("gap must be a positive number of days or of months: " + gap);
        }
        this.earlier = earlier;
        this.later = later;
        this.gap = gap;
        this.gapDays = daysOnly ? gap.getDays() : -1;
        this.gapText = text(gap);
    }

    private static String text(Period gap) {
        if (gap.getMonths() != 0) {
            return gap.getMonths() == 1 ? "1 calendar month" : gap.getMonths() + " calendar months";
        }
        return gap.getDays() == 1 ? "1 day" : gap.getDays() + " days";
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        LocalDate a = record.day(earlier.index());
        if (a == null) {
            return null;
        }
        LocalDate b = record.day(later.index());
        if (b == null) {
            return null;
        }
        String detail;
        if (gapDays >= 0) {
            long days = b.toEpochDay() - a.toEpochDay();
            if (days <= gapDays) {
                return null;
            }
            detail = " is " + days + " days after ";
        } else {
            if (!b.isAfter(a.plus(gap))) {
                return null;
            }
            detail = " is more than " + gapText + " after ";
        }
        String v = record.shown(later.index());
        String limit = gapDays >= 0 ? gapText : gapText + " (on or before " + a.plus(gap) + ")";
        return new Finding(v, quoted(later, v) + detail + quoted(earlier, record.shown(earlier.index()))
                + "; expected within " + limit + ".");
    }
}
