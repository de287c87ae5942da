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
 * How old a date is relative to the submission (did-reference.md §1.7), measured as the national
 * pipeline does: {@code v = months_between(last_day(submission date), date)} with Spark's 31-day
 * month fractions. Fails when {@code from <= v < to}. DID v1 binds it twice: DIDS049 warns on
 * [4, 7), DIDS055 rejects on [7, ∞), so only one of them fires for a record.
 *
 * <p>This matches the calendar rule "test month M−4…M−6 warns, ≤ M−7 rejects" except when the
 * submission month is February and the date is the 29th or 30th of a month in which that day is
 * not the last: there Spark's fraction is negative and the date counts one month younger.
 */
public final class SubmissionCutOffRule extends BaseRule {
    /** For {@code toMonths}: no upper bound. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    private final ItemRef item;
    private final int fromMonths;
    private final int toMonths;
    private final String expectation;

    /**
     * @param fromMonths lowest failing value of months_between, inclusive
     * @param toMonths   highest, exclusive, or {@link #UNBOUNDED}
     */
    public SubmissionCutOffRule(String code, Severity severity, ItemRef item, int fromMonths, int toMonths) {
        super(code, severity, RuleKind.CONSISTENCY, List.of(item), description(item, fromMonths, toMonths));
        if (fromMonths < 0 || toMonths <= fromMonths) {
            throw new IllegalArgumentException("need 0 <= fromMonths < toMonths");
        }
        this.item = item;
        this.fromMonths = fromMonths;
        this.toMonths = toMonths;
        this.expectation = toMonths == UNBOUNDED
                ? "; records " + fromMonths + " months old or more are past the national cut-off."
                : "; expected less than " + fromMonths + " months (" + fromMonths + " to under " + toMonths
                        + " months is late).";
    }

    private static String description(ItemRef item, int from, int to) {
        String range = to == UNBOUNDED ? from + " months or more" : from + " to under " + to + " months";
        return item.label() + " is " + range + " before the end of the submission month"
                + " (Spark months_between, 31-day month fractions).";
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        LocalDate d = record.day(item.index());
        if (d == null) {
            return null;
        }
        long t = SparkMonths.inThirtyFirstsFromMonthEnd(context.submissionDate(), d);
        if (t < fromMonths * 31L || (toMonths != UNBOUNDED && t >= toMonths * 31L)) {
            return null;
        }
        LocalDate monthEnd = SparkMonths.lastDay(context.submissionDate());
        long whole = t / 31;
        String age = t % 31 == 0 ? whole + " months" : "more than " + whole + " months";
        String v = record.shown(item.index());
        return new Finding(v, quoted(item, v) + " is " + age + " before the end of the submission month ("
                + monthEnd + ")" + expectation);
    }
}
