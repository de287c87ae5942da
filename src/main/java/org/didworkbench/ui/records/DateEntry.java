package org.didworkbench.ui.records;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates are entered one way: CCYY-MM-DD, as the DID requires. A real date typed the British way
 * (DD/MM/CCYY, DD-MM-CCYY, DD.MM.CCYY) or as CCYYMMDD is rewritten to CCYY-MM-DD; anything else is
 * kept as typed so the rules can say what is wrong with it.
 */
public final class DateEntry {
    /** The hint shown in a date editor. */
    public static final String HINT = "CCYY-MM-DD";

    private static final Pattern BRITISH = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private DateEntry() {
    }

    /** True for items whose format is a CCYY-MM-DD date. */
    public static boolean isDateFormat(String format) {
        return format.contains("CCYY-MM-DD");
    }

    /** The value to store for what was typed. */
    public static String normalise(String typed) {
        String t = typed.strip();
        Matcher b = BRITISH.matcher(t);
        if (b.matches()) {
            return iso(Integer.parseInt(b.group(3)), Integer.parseInt(b.group(2)), Integer.parseInt(b.group(1)), typed);
        }
        Matcher c = COMPACT.matcher(t);
        if (c.matches()) {
            return iso(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)), typed);
        }
        return typed;
    }

    private static String iso(int year, int month, int day, String fallback) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return fallback; // not a real date: keep it, the date rules will explain
        }
    }
}
