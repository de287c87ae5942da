package org.didworkbench.ui.common;

import java.time.LocalDate;

/**
 * How the Open dialog's submission date is first filled in (the user can still change it there).
 * The date drives the cut-off and future-date rules, so a department that checks each file a few
 * days before it sends it may prefer a date that does not drift with the day the check is run.
 */
public enum SubmissionDateRule {
    /** The day the file is opened. */
    TODAY("Today"),
    /**
     * The 15th of this month: the middle of the window in which last month's activity is sent (data
     * is expected in the month after the examination, did-reference.md §1.7). The data month is not
     * known before the file is read, so the rule takes it to be last month.
     */
    FIFTEENTH_OF_THIS_MONTH("The 15th of this month (for last month's data)"),
    /** One date chosen in the settings, e.g. to re-check an old file as it was sent. */
    FIXED("A fixed date");

    private final String label;

    SubmissionDateRule(String label) {
        this.label = label;
    }

    /** Words for the settings dialog. */
    public String label() {
        return label;
    }

    /**
     * The submission date this rule gives.
     *
     * @param today the date today
     * @param fixed the fixed date, or null (then today is used)
     */
    public LocalDate dateFor(LocalDate today, LocalDate fixed) {
        return switch (this) {
            case TODAY -> today;
            case FIFTEENTH_OF_THIS_MONTH -> today.withDayOfMonth(15);
            case FIXED -> fixed == null ? today : fixed;
        };
    }
}
