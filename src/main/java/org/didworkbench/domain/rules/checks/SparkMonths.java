package org.didworkbench.domain.rules.checks;

import java.time.LocalDate;

/**
 * Spark SQL's {@code months_between(d1, d2)} and {@code last_day(d)} on dates, as the national
 * pipeline uses them for the birth-date allowance (DIDS010/040) and the cut-off (DIDS049/055).
 *
 * <p>Spark: whole months when both days of month are equal or both dates are month ends; otherwise
 * the month difference plus (day1 − day2) / 31. Because the fraction is always k/31, comparisons
 * against whole numbers are done exactly on {@link #inThirtyFirsts} rather than on doubles.
 */
public final class SparkMonths {
    private SparkMonths() {
    }

    /** {@code last_day(d)}: the last day of d's month. */
    public static LocalDate lastDay(LocalDate d) {
        return d.withDayOfMonth(d.lengthOfMonth());
    }

    /** 31 × {@code months_between(d1, d2)}, exactly (an integer by construction). */
    public static long inThirtyFirsts(LocalDate d1, LocalDate d2) {
        long monthDiff = (d1.getYear() - (long) d2.getYear()) * 12 + d1.getMonthValue() - d2.getMonthValue();
        int day1 = d1.getDayOfMonth();
        int day2 = d2.getDayOfMonth();
        if (day1 == day2 || (day1 == d1.lengthOfMonth() && day2 == d2.lengthOfMonth())) {
            return monthDiff * 31;
        }
        return monthDiff * 31 + day1 - day2;
    }

    /**
     * 31 × {@code months_between(last_day(monthOf), d2)}, without building the month-end date: the
     * cut-off rules call this for every record.
     */
    public static long inThirtyFirstsFromMonthEnd(LocalDate monthOf, LocalDate d2) {
        long monthDiff = (monthOf.getYear() - (long) d2.getYear()) * 12 + monthOf.getMonthValue() - d2.getMonthValue();
        int day1 = monthOf.lengthOfMonth();
        int day2 = d2.getDayOfMonth();
        if (day1 == day2 || day2 == d2.lengthOfMonth()) {
            return monthDiff * 31;
        }
        return monthDiff * 31 + day1 - day2;
    }

    /**
     * {@code months_between(last_day(d1), last_day(d2))}: both arguments are month ends, so Spark
     * returns the whole-month difference.
     */
    public static long monthEndsBetween(LocalDate d1, LocalDate d2) {
        return (d1.getYear() - (long) d2.getYear()) * 12 + d1.getMonthValue() - d2.getMonthValue();
    }

    /** {@code months_between(d1, d2)} as Spark returns it (rounded to 8 decimal places). */
    public static double monthsBetween(LocalDate d1, LocalDate d2) {
        return Math.round(inThirtyFirsts(d1, d2) / 31.0 * 1e8) / 1e8;
    }

    /** True when {@code months_between(d1, d2) >= months}, decided exactly. */
    public static boolean atLeast(LocalDate d1, LocalDate d2, int months) {
        return inThirtyFirsts(d1, d2) >= months * 31L;
    }

    /** The whole months in {@code months_between(d1, d2)}, rounded down (for messages). */
    public static long wholeMonths(LocalDate d1, LocalDate d2) {
        return Math.floorDiv(inThirtyFirsts(d1, d2), 31);
    }
}
