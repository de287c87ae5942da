package org.didworkbench.domain.outliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written number wording must read exactly as UK formatting does. */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 42, 999, 1000, 4812, 99_999, 100_000, 1_234_567, 1_000_000_000L, -1, -999, -1000,
            -1_234_567, Long.MAX_VALUE})
    void countsHaveThousandsSeparators(long n) {
        assertThat(Messages.count(n)).isEqualTo(String.format(Locale.UK, "%,d", n));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.04, 0.05, 0.25, 1, 1.5, 17.5, 17.96, 18, 1234.5, 99_999.95, -0.5, -3.25})
    void daysAreWholeWhenWholeElseOneDecimal(double d) {
        double r = Math.round(d * 10) / 10.0;
        String expected = r == Math.rint(r) ? String.format(Locale.UK, "%,d", (long) r)
                : String.format(Locale.UK, "%,.1f", r);
        assertThat(Messages.days(d)).isEqualTo(expected);
    }
}
