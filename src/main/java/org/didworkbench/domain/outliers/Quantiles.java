package org.didworkbench.domain.outliers;

/** Quantiles of sorted whole-day values, by linear interpolation between ranks (Hyndman and Fan type 7, as R and numpy). */
final class Quantiles {
    private Quantiles() {
    }

    /**
     * The p-quantile of {@code sorted[from..to)}.
     *
     * @return NaN when the range is empty
     */
    static double of(int[] sorted, int from, int to, double p) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        double a = sorted[from + lo];
        double b = sorted[from + hi];
        return a + (h - lo) * (b - a);
    }

    /** The median of a sorted range. */
    static double median(int[] sorted, int from, int to) {
        return of(sorted, from, to, 0.5);
    }
}
