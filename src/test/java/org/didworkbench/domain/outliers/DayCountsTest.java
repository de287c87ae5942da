package org.didworkbench.domain.outliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counting the waits must give exactly the figures sorting them gave: the bands depend on it. */
class DayCountsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 19, 20, 1000, 25_000})
    void quantilesAndTailCountsEqualThoseOfTheSortedValues(int n) {
        Random random = new Random(n);
        int[] values = new int[n];
        DayCounts a = new DayCounts();
        DayCounts b = new DayCounts();
        for (int i = 0; i < n; i++) {
            // mostly short waits, some long, a few mistyped years far beyond the dense range
            int r = random.nextInt(100);
            values[i] = r < 80 ? random.nextInt(30) : r < 98 ? random.nextInt(400) : 4000 + random.nextInt(40_000);
            (i % 2 == 0 ? a : b).add(values[i]);
        }
        DayCounts merged = new DayCounts();
        merged.addAll(a);
        merged.addAll(b);
        Arrays.sort(values);
        for (double p : new double[] {0, 0.05, 0.1, 0.5, 0.9, 0.95, 1}) {
            assertThat(merged.quantile(p)).as("p=%s", p).isEqualTo(Quantiles.of(values, 0, n, p));
        }
        for (int threshold : new int[] {0, 1, 29, 42, 400, 4095, 4096, 4097, 20_000, 50_000}) {
            long expected = Arrays.stream(values).filter(v -> v >= threshold).count();
            assertThat(merged.atOrAbove(threshold)).as("at or above %s", threshold).isEqualTo(expected);
        }
        assertThat(merged.count()).isEqualTo(n);
    }

    @Test
    void anEmptyMultisetHasNoQuantiles() {
        assertThat(new DayCounts().quantile(0.5)).isNaN();
        assertThat(new DayCounts().atOrAbove(0)).isZero();
    }
}
