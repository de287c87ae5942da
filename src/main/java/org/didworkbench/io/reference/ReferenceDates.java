package org.didworkbench.io.reference;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/** Parses the date forms found in reference files; null means "not such a date". */
final class ReferenceDates {
    private ReferenceDates() {
    }

    /** {@code yyyyMMdd}, as in the ODS downloads. */
    static LocalDate compact(String s) {
        if (s.length() != 8 || !digits(s)) {
            return null;
        }
        return date(s.substring(0, 4), s.substring(4, 6), s.substring(6, 8));
    }

    /**
     * {@code yyyy-MM-dd} or {@code yyyyMMdd}; a time after the date ({@code 2012-09-30 00:00:00} or
     * {@code 2012-09-30T00:00:00}), as spreadsheet exports add, is ignored.
     */
    static LocalDate isoOrCompact(String s) {
        if (s.length() > 10 && (s.charAt(10) == ' ' || s.charAt(10) == 'T')) {
            s = s.substring(0, 10);
        }
        if (s.length() == 8) {
            return compact(s);
        }
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        String y = s.substring(0, 4);
        String m = s.substring(5, 7);
        String d = s.substring(8, 10);
        return digits(y + m + d) ? date(y, m, d) : null;
    }

    /** {@code yyyyMM}, as in the ONS Postcode Directory's {@code doterm}. */
    static YearMonth yearMonth(String s) {
        if (s.length() != 6 || !digits(s)) {
            return null;
        }
        int month = Integer.parseInt(s.substring(4));
        if (month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(Integer.parseInt(s.substring(0, 4)), month);
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
