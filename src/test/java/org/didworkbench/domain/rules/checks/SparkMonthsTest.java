package org.didworkbench.domain.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spark SQL {@code months_between} on dates (values as Spark 3 returns them, rounded to 8 places). */
class SparkMonthsTest {

    @ParameterizedTest(name = "months_between({0}, {1}) = {2}")
    @CsvSource({
            "1997-02-28, 1996-10-30, 3.93548387",   // Spark's documented example, without its time of day
            "2017-06-30, 2017-03-31, 3.0",          // both month ends
            "2017-03-31, 2017-02-28, 1.0",
            "2024-03-31, 2024-02-29, 1.0",
            "2017-03-15, 2017-02-15, 1.0",          // same day of month
            "2017-01-01, 2017-01-31, -0.96774194",
            "2026-10-31, 2026-06-01, 4.96774194",
            "2027-02-28, 2026-10-30, 3.93548387",
            "2026-10-31, 2026-10-31, 0.0",
    })
    void monthsBetween(LocalDate d1, LocalDate d2, double expected) {
        assertThat(SparkMonths.monthsBetween(d1, d2)).isEqualTo(expected);
        assertThat(SparkMonths.inThirtyFirsts(d1, d2)).isEqualTo(Math.round(expected * 31));
    }

    @ParameterizedTest(name = "last_day({0}) = {1}")
    @CsvSource({"2024-02-10, 2024-02-29", "2023-02-28, 2023-02-28", "2026-04-01, 2026-04-30", "2026-12-31, 2026-12-31"})
    void lastDay(LocalDate d, LocalDate expected) {
        assertThat(SparkMonths.lastDay(d)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "months_between({0}, {1}) >= {2}: {3}")
    @CsvSource({
            "2026-10-31, 2026-06-30, 4, true",
            "2026-10-31, 2026-07-01, 4, false",
            "2027-02-28, 2026-10-30, 4, false",
            "2027-02-28, 2026-10-31, 4, true",
    })
    void atLeastIsExact(LocalDate d1, LocalDate d2, int months, boolean expected) {
        assertThat(SparkMonths.atLeast(d1, d2, months)).isEqualTo(expected);
        assertThat(SparkMonths.wholeMonths(d1, d2)).isEqualTo((long) Math.floor(SparkMonths.monthsBetween(d1, d2)));
    }

    /** The allocation-free forms the rules use give what the composed Spark expressions give. */
    @Test
    void shortcutsAgreeWithTheComposedExpressions() {
        for (LocalDate a = LocalDate.of(2023, 1, 1); a.isBefore(LocalDate.of(2025, 1, 1)); a = a.plusDays(3)) {
            for (LocalDate b = LocalDate.of(2022, 6, 1); b.isBefore(LocalDate.of(2025, 6, 1)); b = b.plusDays(1)) {
                assertThat(SparkMonths.inThirtyFirstsFromMonthEnd(a, b))
                        .isEqualTo(SparkMonths.inThirtyFirsts(SparkMonths.lastDay(a), b));
                assertThat(SparkMonths.monthEndsBetween(a, b) * 31)
                        .isEqualTo(SparkMonths.inThirtyFirsts(SparkMonths.lastDay(a), SparkMonths.lastDay(b)));
            }
        }
    }
}
