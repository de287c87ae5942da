package org.didworkbench.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UK clock time across the change dates: BST from 01:00 UTC on the last Sunday of March to the last Sunday of October. */
class UkClockTest {

    @ParameterizedTest(name = "{0} → +{1}s")
    @CsvSource({
            "2026-03-29T00:59:59Z, 0",       // the last GMT second of winter
            "2026-03-29T01:00:00Z, 3600",    // clocks go forward: 01:00 GMT becomes 02:00 BST
            "2026-10-25T00:59:59Z, 3600",    // the last BST second
            "2026-10-25T01:00:00Z, 0",       // clocks go back: 02:00 BST becomes 01:00 GMT
            "2027-03-28T01:00:00Z, 3600",
            "2027-10-31T00:59:59Z, 3600",
            "2026-01-15T12:00:00Z, 0",
            "2026-07-01T12:00:00Z, 3600"})
    void theOffsetChangesAtOneInTheMorningUtc(String instant, int offset) {
        assertThat(UkClock.offsetAt(Instant.parse(instant))).isEqualTo(offset);
    }

    @Test
    void agreesWithTheTimeZoneDatabaseEveryHourFrom2000To2040() {
        ZoneId london = ZoneId.of("Europe/London");
        Instant t = Instant.parse("2000-01-01T00:00:00Z");
        Instant end = Instant.parse("2040-01-01T00:00:00Z");
        while (t.isBefore(end)) {
            assertThat(UkClock.offsetAt(t)).as(t.toString())
                    .isEqualTo(london.getRules().getOffset(t).getTotalSeconds());
            t = t.plus(1, ChronoUnit.HOURS);
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2026-03-29T00:59:59, NORMAL",
            "2026-03-29T01:00:00, SKIPPED",
            "2026-03-29T01:59:59, SKIPPED",
            "2026-03-29T02:00:00, NORMAL",
            "2026-10-25T00:59:59, NORMAL",
            "2026-10-25T01:00:00, REPEATED",
            "2026-10-25T01:59:59, REPEATED",
            "2026-10-25T02:00:00, NORMAL"})
    void localTimesAroundTheChangesAreSkippedOrRepeated(String clock, UkClock.LocalTime expected) {
        assertThat(UkClock.classify(java.time.LocalDateTime.parse(clock))).isEqualTo(expected);
    }

    @Test
    void changeMomentsFollowTheLastSundays() {
        assertThat(UkClock.bstStart(2026)).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(UkClock.bstEnd(2026)).isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
        assertThat(UkClock.bstStart(2028)).isEqualTo(Instant.parse("2028-03-26T01:00:00Z"));
        assertThat(UkClock.bstEnd(2028)).isEqualTo(Instant.parse("2028-10-29T01:00:00Z"));
    }
}
