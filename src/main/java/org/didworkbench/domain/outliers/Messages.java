package org.didworkbench.domain.outliers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Number and date wording shared by the messages: fixed to UK English whatever the machine's locale. */
final class Messages {
    private Messages() {
    }

    /** A whole number with thousands separators: 4,812. */
    static String count(long n) {
        // by hand rather than String.format: tens of thousands of messages are built in a big file
        String digits = Long.toString(Math.abs(n));
        if (digits.length() <= 3) {
            return n < 0 ? "-" + digits : digits;
        }
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            b.append('-');
        }
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        b.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            b.append(',').append(digits, i, i + 3);
        }
        return b.toString();
    }

    /** Days from a quantile: whole when whole (18), else one decimal (17.5). */
    static String days(double d) {
        if (Double.isNaN(d)) {
            return "-";
        }
        long tenths = Math.round(d * 10);
        if (tenths % 10 == 0) {
            return count(tenths / 10);
        }
        String whole = tenths < 0 && tenths > -10 ? "-0" : count(tenths / 10);
        return whole + "." + Math.abs(tenths % 10);
    }

    /** "1 day" / "12 days". */
    static String dayCount(long n) {
        return count(n) + (n == 1 ? " day" : " days");
    }

    /** "6 weeks (42 days)" when a whole number of weeks, else "40 days". */
    static String weeks(int days) {
        if (days % 7 == 0) {
            int w = days / 7;
            return w + (w == 1 ? " week" : " weeks") + " (" + days + " days)";
        }
        return dayCount(days);
    }

    /** An epoch day as CCYY-MM-DD (exactly the submitted text, since only strict dates are kept). */
    static String date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    /** "a Monday". */
    static String weekday(int epochDay) {
        DayOfWeek d = LocalDate.ofEpochDay(epochDay).getDayOfWeek();
        return "a " + d.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** A ratio to one decimal: 3.2. */
    static String ratio(double r) {
        return String.format(Locale.UK, "%.1f", r);
    }

    /** True for Saturday and Sunday (1970-01-01, epoch day 0, was a Thursday). */
    static boolean weekend(int epochDay) {
        int dow = Math.floorMod(epochDay + 3, 7); // 0 = Monday
        return dow >= 5;
    }
}
