package org.didworkbench.domain.outliers;

/**
 * How long one interval took across a group of records.
 *
 * @param count  records with the interval (both dates valid, the later not before the earlier)
 * @param median median whole days; NaN when {@code count} is 0
 * @param p90    90th percentile in whole days (linear interpolation between ranks); NaN when {@code count} is 0
 */
public record IntervalSummary(long count, double median, double p90) {

    static final IntervalSummary EMPTY = new IntervalSummary(0, Double.NaN, Double.NaN);

    public boolean isEmpty() {
        return count == 0;
    }
}
