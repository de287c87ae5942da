package org.didworkbench.domain.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A DIDS v2.0 timestamp as written: the date and time "as shown on the clock" and the UTC offset
 * text ({@code Z}, {@code +01:00}, {@code -00:00}…; dids-v2-reference.md §1.5).
 *
 * @param clock  the local date and time written before the offset
 * @param offset the offset exactly as written: {@code Z} or a sign, two digits, a colon and two digits
 */
public record Timestamp(LocalDateTime clock, String offset) {
    public Timestamp {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(offset, "offset");
    }

    /** The offset in seconds east of UTC ({@code Z} and {@code -00:00} are both zero). */
    public int offsetSeconds() {
        if (offset.equals("Z")) {
            return 0;
        }
        int sign = offset.charAt(0) == '-' ? -1 : 1;
        int h = (offset.charAt(1) - '0') * 10 + offset.charAt(2) - '0';
        int m = (offset.charAt(4) - '0') * 10 + offset.charAt(5) - '0';
        return sign * (h * 3600 + m * 60);
    }

    /** The moment meant, with the offset applied (as the guidance says date comparisons must). */
    public Instant instant() {
        return clock.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds()));
    }

    /** The date as written (the clock's date). */
    public LocalDate date() {
        return clock.toLocalDate();
    }

    /**
     * Parses {@code CCYY-MM-DDThh:mm:ss} followed by {@code Z} or {@code ±hh:mm}, with a real calendar
     * date and a time from 00:00:00 to 23:59:59. Offsets must be within ±14:00.
     *
     * @return the timestamp, or null when the text is not exactly of that form
     */
    public static Timestamp parse(String s) {
        if (s == null || s.length() < 20) {
            return null;
        }
        LocalDate date = IsoDate.parse(s.substring(0, 10));
        if (date == null || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int h = two(s, 11);
        int m = two(s, 14);
        int sec = two(s, 17);
        if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) {
            return null;
        }
        String offset = s.substring(19);
        if (!offset.equals("Z")) {
            if (offset.length() != 6 || (offset.charAt(0) != '+' && offset.charAt(0) != '-')
                    || offset.charAt(3) != ':') {
                return null;
            }
            int oh = two(offset, 1);
            int om = two(offset, 4);
            if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 14 * 60) {
                return null;
            }
        }
        return new Timestamp(date.atTime(h, m, sec), offset);
    }

    private static int two(String s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + b - '0';
    }
}
