package org.didworkbench.domain.dataset;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * UK civil time as the law has set it since 1996 (the Summer Time Order 2002, aligned with the EU):
 * British Summer Time (UTC+01:00) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October; GMT (UTC+00:00) otherwise. Computed from that rule, not from the JDK's
 * time-zone database, so the answer does not depend on the Java installation. Earlier years had
 * other rules; timestamps in DIDS (from 2026) never reach them.
 */
public final class UkClock {
    /** The BST offset in seconds. */
    public static final int BST = 3600;

    private UkClock() {
    }

    /** The moment BST starts in a year: 01:00 UTC on the last Sunday of March. */
    public static Instant bstStart(int year) {
        return lastSunday(year, 3).atTime(1, 0).toInstant(ZoneOffset.UTC);
    }

    /** The moment BST ends in a year: 01:00 UTC on the last Sunday of October. */
    public static Instant bstEnd(int year) {
        return lastSunday(year, 10).atTime(1, 0).toInstant(ZoneOffset.UTC);
    }

    private static LocalDate lastSunday(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }

    /** The UK offset from UTC, in seconds, in force at a moment: 3600 in BST, else 0. */
    public static int offsetAt(Instant t) {
        int year = t.atOffset(ZoneOffset.UTC).getYear();
        return !t.isBefore(bstStart(year)) && t.isBefore(bstEnd(year)) ? BST : 0;
    }

    /** The time UK clocks showed at a moment. */
    public static LocalDateTime clockAt(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.ofTotalSeconds(offsetAt(t)));
    }

    /** The UK date at a moment. */
    public static LocalDate dateAt(Instant t) {
        return clockAt(t).toLocalDate();
    }

    /** How a local clock time stands on the UK clock. */
    public enum LocalTime {
        /** Shown once: exactly one offset is right. */
        NORMAL,
        /** Skipped when the clocks went forward (01:00–01:59 on the last Sunday of March). */
        SKIPPED,
        /** Shown twice when the clocks went back (01:00–01:59 on the last Sunday of October): either offset is right. */
        REPEATED
    }

    /** Whether a local clock time existed once, never or twice on the UK clock. */
    public static LocalTime classify(LocalDateTime clock) {
        boolean asGmt = offsetAt(clock.toInstant(ZoneOffset.UTC)) == 0;
        boolean asBst = offsetAt(clock.toInstant(ZoneOffset.ofTotalSeconds(BST))) == BST;
        if (asGmt && asBst) {
            return LocalTime.REPEATED;
        }
        return asGmt || asBst ? LocalTime.NORMAL : LocalTime.SKIPPED;
    }

    /** "BST (+01:00)" or "GMT (+00:00)". */
    public static String name(int offsetSeconds) {
        return offsetSeconds == BST ? "BST (+01:00)" : "GMT (+00:00)";
    }
}
