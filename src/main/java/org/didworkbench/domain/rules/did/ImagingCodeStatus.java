package org.didworkbench.domain.rules.did;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.didworkbench.domain.reference.ImagingCodeEntry;

/**
 * Where an imaging code stands on a test date, from all its rows in the NICIP table
 * (did-reference.md §1.6, DIDS057/059/077/078; the national pipeline allows 6 calendar months).
 *
 * @param state what was found
 * @param date  the end date (GRACE, EXPIRED) or start date (NOT_YET_ACTIVE) that explains it; else null
 */
record ImagingCodeStatus(State state, LocalDate date) {
    /** Calendar months a code stays acceptable after its last active day. */
    static final int GRACE_MONTHS = 6;

    enum State {
        /** No row for the code. */
        UNKNOWN,
        /** A row is active on the test date. */
        ACTIVE,
        /** No row active, but the latest end is no more than 6 calendar months before the test date: accepted with a warning. */
        GRACE,
        /** No row active and the latest end is more than 6 calendar months before the test date. */
        EXPIRED,
        /** Every row starts after the test date. */
        NOT_YET_ACTIVE
    }

    /**
     * Classifies a code. A row's end date is its last active day. A code no row holds on the test
     * date is still accepted when its latest end is no more than 6 calendar months before the test
     * date: {@code testDate.minusMonths(6) <= end}. {@link LocalDate#minusMonths} keeps the day of
     * month or takes the month's last day, so a code ended 2026-03-31 is accepted to 2026-09-30, one
     * ended 2026-02-28 to 2026-08-31, one ended 2026-01-15 to 2026-07-15.
     */
    static ImagingCodeStatus of(List<ImagingCodeEntry> rows, LocalDate testDate) {
        return of(rows, testDate, Period.ofMonths(GRACE_MONTHS));
    }

    /**
     * As {@link #of(List, LocalDate)} with another grace period: a code no row holds on the day is
     * accepted while {@code day.minus(grace) <= end} (DIDS v2.0 allows 183 days).
     */
    static ImagingCodeStatus of(List<ImagingCodeEntry> rows, LocalDate testDate, Period grace) {
        if (rows.isEmpty()) {
            return new ImagingCodeStatus(State.UNKNOWN, null);
        }
        LocalDate latestEnd = null;
        LocalDate earliestStart = null;
        for (ImagingCodeEntry e : rows) {
            if (e.activeOn(testDate)) {
                return new ImagingCodeStatus(State.ACTIVE, null);
            }
            if (e.end() != null && e.end().isBefore(testDate) && (latestEnd == null || e.end().isAfter(latestEnd))) {
                latestEnd = e.end();
            }
            if (e.start() != null && e.start().isAfter(testDate)
                    && (earliestStart == null || e.start().isBefore(earliestStart))) {
                earliestStart = e.start();
            }
        }
        if (latestEnd != null) {
            boolean inGrace = !testDate.minus(grace).isAfter(latestEnd);
            return new ImagingCodeStatus(inGrace ? State.GRACE : State.EXPIRED, latestEnd);
        }
        return new ImagingCodeStatus(State.NOT_YET_ACTIVE, earliestStart);
    }
}
