package org.didworkbench.domain.outliers;

import java.util.Arrays;

/**
 * A multiset of whole-day values (0 or more) kept as counts: waits of up to {@link #DENSE} days in an
 * array of counts, longer ones (rare: a mistyped year) as a list. Memory does not grow with the
 * number of records, and quantiles come out exactly as from the sorted values ({@link Quantiles}).
 */
final class DayCounts {
    static final int DENSE = 4096;

    private int[] dense = new int[64];
    private int[] longer = new int[0];
    private int longerSize;
    private boolean longerSorted = true;
    private long total;

    void add(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("negative days");
        }
        total++;
        if (days < DENSE) {
            if (days >= dense.length) {
                dense = Arrays.copyOf(dense, Math.min(DENSE, Math.max(days + 1, dense.length * 2)));
            }
            dense[days]++;
            return;
        }
        if (longerSize == longer.length) {
            longer = Arrays.copyOf(longer, Math.max(16, longerSize * 2));
        }
        longer[longerSize++] = days;
        longerSorted = false;
    }

    /** Adds every value of another multiset. */
    void addAll(DayCounts other) {
        if (other.dense.length > dense.length) {
            dense = Arrays.copyOf(dense, other.dense.length);
        }
        for (int d = 0; d < other.dense.length; d++) {
            dense[d] += other.dense[d];
        }
        for (int k = 0; k < other.longerSize; k++) {
            if (longerSize == longer.length) {
                longer = Arrays.copyOf(longer, Math.max(16, longerSize * 2));
            }
            longer[longerSize++] = other.longer[k];
        }
        longerSorted = longerSize == 0;
        total += other.total;
    }

    long count() {
        return total;
    }

    /** The {@code k}-th smallest value, from 0. */
    int kth(long k) {
        if (k < 0 || k >= total) {
            throw new IndexOutOfBoundsException("k");
        }
        long seen = 0;
        for (int d = 0; d < dense.length; d++) {
            seen += dense[d];
            if (k < seen) {
                return d;
            }
        }
        if (!longerSorted) {
            Arrays.sort(longer, 0, longerSize);
            longerSorted = true;
        }
        return longer[(int) (k - seen)];
    }

    /** The p-quantile by linear interpolation between ranks, exactly as {@link Quantiles#of}; NaN when empty. */
    double quantile(double p) {
        if (total == 0) {
            return Double.NaN;
        }
        double h = (total - 1) * p;
        long lo = (long) Math.floor(h);
        long hi = Math.min(lo + 1, total - 1);
        double a = kth(lo);
        double b = kth(hi);
        return a + (h - lo) * (b - a);
    }

    /** How many values are at least {@code threshold}. */
    long atOrAbove(int threshold) {
        long below = 0;
        for (int d = 0; d < Math.min(threshold, dense.length); d++) {
            below += dense[d];
        }
        if (threshold > DENSE) {
            for (int k = 0; k < longerSize; k++) {
                if (longer[k] < threshold) {
                    below++;
                }
            }
        }
        return total - below;
    }
}
