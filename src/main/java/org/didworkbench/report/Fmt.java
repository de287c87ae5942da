package org.didworkbench.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and date wording for the report: UK English whatever the machine's locale. */
final class Fmt {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.UK);

    private Fmt() {
    }

    /** "1,234". */
    static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    /**
     * A fraction as a percentage with one decimal; "100%" and "0%" only when exact, so a file with one
     * bad value in a million never reads as perfect. "–" for NaN.
     */
    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "–";
        }
        if (fraction >= 1) {
            return "100%";
        }
        if (fraction <= 0) {
            return "0%";
        }
        double p = fraction * 100;
        if (p > 99.95) {
            return ">99.9%";
        }
        if (p < 0.05) {
            return "<0.1%";
        }
        return String.format(Locale.UK, "%.1f%%", p);
    }

    /** A score out of 100 with one decimal; "–" for NaN. */
    static String score(double s) {
        return Double.isNaN(s) ? "–" : String.format(Locale.UK, "%.1f", s);
    }

    /** Days: whole when whole, else one decimal; "–" for NaN. */
    static String days(double d) {
        if (Double.isNaN(d)) {
            return "–";
        }
        return d == Math.rint(d) ? count((long) d) : String.format(Locale.UK, "%,.1f", d);
    }

    /** "15 October 2026"; "not known" for null. */
    static String date(LocalDate d) {
        return d == null ? "not known" : DATE.format(d);
    }

    /** "26 November 2026, 18:59 GMT". */
    static String dateTime(ZonedDateTime t) {
        return t == null ? "not known" : DATE_TIME.format(t);
    }

    /** "1 record" / "2 records". */
    static String plural(long n, String word) {
        return count(n) + " " + word + (n == 1 ? "" : "s");
    }
}
