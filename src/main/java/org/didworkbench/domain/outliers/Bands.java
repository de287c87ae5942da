package org.didworkbench.domain.outliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The file's bands, per interval, modality group and setting class, and its waiting-time figures,
 * computed from the stored numbers after the pass. Each interval's values are bucketed by modality
 * and setting class into one int array and each bucket sorted, so memory is about two ints per
 * record per interval at a time.
 *
 * <p>The band: on the scale y = ln(1 + days), which turns skewed waits into roughly symmetric
 * ones, the median y50 and the 90th percentile y90 give a robust spread
 * s = max((y90 − y50) / 1.2816, minLogSpread) (1.2816 is the normal 90th percentile, so s is the
 * standard deviation for log-normal waits). A wait is flagged above y50 + k·s, back on the
 * day scale and never at or below the interval's minimum. Only the upper half of the data sets
 * the spread, because many waits of 0 days would otherwise make it zero; short waits are never
 * flagged. The line is also never above tailFactor × (1 + p95) − 1 days: when most waits are 0 days the
 * log scale has little room below the median and the band would reach far past the group's own tail.
 *
 * <p>Groups: inpatient and A&amp;E work is tested within a day or two while booked work waits weeks,
 * and one band over both is so wide it flags nothing. So each modality has a band per setting class
 * when the class has enough values, else the modality's band over all settings, else (a small
 * modality) the fixed limit.
 */
final class Bands {
    private static final double Z90 = 1.2815515655446004;
    /** Setting classes per modality in the bucket layout: unknown, unscheduled, other. */
    private static final int CLASSES = 3;

    private final IntervalBand[][] modality;
    private final IntervalBand[][] bySetting;
    private final List<WaitingTimeStats> stats;
    private final OutlierSettings settings;

    private Bands(IntervalBand[][] modality, IntervalBand[][] bySetting, List<WaitingTimeStats> stats,
                  OutlierSettings settings) {
        this.modality = modality;
        this.bySetting = bySetting;
        this.stats = stats;
        this.settings = settings;
    }

    /** Computes every band and the waiting-time figures. */
    static Bands compute(RecordColumns cols, int[] groupOf, List<String> groupNames, OutlierSettings s) {
        int n = cols.size();
        int g = groupNames.size();
        int buckets = g * CLASSES;
        long[] records = new long[g];
        int[] bucketOf = new int[n];
        for (int i = 0; i < n; i++) {
            records[groupOf[i]]++;
            bucketOf[i] = groupOf[i] * CLASSES + cols.setting(i);
        }
        int intervals = Interval.values().length;
        IntervalBand[][] modality = new IntervalBand[intervals][g];
        IntervalBand[][] bySetting = new IntervalBand[intervals][buckets];
        IntervalSummary[] reqTest = new IntervalSummary[g + 1];
        IntervalSummary[] testRep = new IntervalSummary[g + 1];
        long[] longWaits = new long[g + 1];
        long[] lateReports = new long[g + 1];
        int[] scratch = new int[0];
        for (Interval iv : Interval.values()) {
            int[] offsets = new int[buckets + 1];
            for (int i = 0; i < n; i++) {
                if (cols.days(iv, i) >= 0) {
                    offsets[bucketOf[i] + 1]++;
                }
            }
            for (int b = 0; b < buckets; b++) {
                offsets[b + 1] += offsets[b];
            }
            int[] values = new int[offsets[buckets]];
            int[] at = Arrays.copyOf(offsets, buckets);
            for (int i = 0; i < n; i++) {
                int d = cols.days(iv, i);
                if (d >= 0) {
                    values[at[bucketOf[i]]++] = d;
                }
            }
            for (int b = 0; b < buckets; b++) {
                Arrays.sort(values, offsets[b], offsets[b + 1]);
                int cls = b % CLASSES;
                if (cls != RecordNumbers.SETTING_UNKNOWN) {
                    bySetting[iv.ordinal()][b] = band(iv, groupNames.get(b / CLASSES), settingName(cls), values,
                            offsets[b], offsets[b + 1], s);
                }
            }
            boolean figures = iv == Interval.REQUEST_TO_TEST || iv == Interval.TEST_TO_REPORT;
            // DM01 counts waits of 6 weeks "or more"; the turnaround guidance counts "longer than" 28 days
            int threshold = iv == Interval.REQUEST_TO_TEST ? s.dm01Days() : s.reportTurnaroundDays() + 1;
            for (int k = 0; k < g; k++) {
                int from = offsets[k * CLASSES];
                int to = offsets[k * CLASSES + CLASSES];
                if (scratch.length < to - from) {
                    scratch = new int[Math.max(to - from, scratch.length * 2)];
                }
                System.arraycopy(values, from, scratch, 0, to - from);
                Arrays.sort(scratch, 0, to - from);
                modality[iv.ordinal()][k] = band(iv, groupNames.get(k), IntervalBand.ALL_SETTINGS, scratch, 0,
                        to - from, s);
                if (figures) {
                    (iv == Interval.REQUEST_TO_TEST ? reqTest : testRep)[k] = summary(scratch, 0, to - from);
                    (iv == Interval.REQUEST_TO_TEST ? longWaits : lateReports)[k] =
                            atOrAbove(scratch, 0, to - from, threshold);
                }
            }
            if (figures) {
                Arrays.sort(values);
                (iv == Interval.REQUEST_TO_TEST ? reqTest : testRep)[g] = summary(values, 0, values.length);
                (iv == Interval.REQUEST_TO_TEST ? longWaits : lateReports)[g] =
                        atOrAbove(values, 0, values.length, threshold);
            }
        }
        List<WaitingTimeStats> stats = new ArrayList<>();
        for (int k = 0; k < g; k++) {
            stats.add(new WaitingTimeStats(groupNames.get(k), records[k], reqTest[k], testRep[k], s.dm01Days(),
                    longWaits[k], s.reportTurnaroundDays(), lateReports[k]));
        }
        stats.sort(Comparator.comparing(WaitingTimeStats::modality));
        stats.add(new WaitingTimeStats(WaitingTimeStats.ALL, n, reqTest[g], testRep[g], s.dm01Days(), longWaits[g],
                s.reportTurnaroundDays(), lateReports[g]));
        return new Bands(modality, bySetting, List.copyOf(stats), s);
    }

    /**
     * The band a record is judged against: its modality and setting class when that class has a band
     * of its own, else its modality over all settings (which may be the fixed limit). A group born after
     * the pass (an edited record's new code) has no values and gets the fixed limit.
     */
    IntervalBand band(Interval iv, int group, byte setting, String groupName) {
        IntervalBand[] row = modality[iv.ordinal()];
        if (group < 0 || group >= row.length) {
            return new IntervalBand(iv, groupName, IntervalBand.ALL_SETTINGS, 0, true, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, settings.limits(iv).fixedLimitDays());
        }
        if (setting != RecordNumbers.SETTING_UNKNOWN) {
            IntervalBand own = bySetting[iv.ordinal()][group * CLASSES + setting];
            if (!own.fixed()) {
                return own;
            }
        }
        return row[group];
    }

    /** Every band with at least one value: per modality over all settings, then per setting class. */
    List<IntervalBand> all() {
        List<IntervalBand> out = new ArrayList<>();
        for (int iv = 0; iv < modality.length; iv++) {
            for (IntervalBand b : modality[iv]) {
                if (b.count() > 0) {
                    out.add(b);
                }
            }
            for (IntervalBand b : bySetting[iv]) {
                if (b != null && b.count() > 0) {
                    out.add(b);
                }
            }
        }
        return List.copyOf(out);
    }

    List<WaitingTimeStats> stats() {
        return stats;
    }

    private static String settingName(int cls) {
        return cls == RecordNumbers.SETTING_UNSCHEDULED ? IntervalBand.UNSCHEDULED : IntervalBand.OTHER_SETTINGS;
    }

    static IntervalBand band(Interval iv, String group, String setting, int[] sorted, int from, int to,
                             OutlierSettings s) {
        int count = to - from;
        double median = Quantiles.median(sorted, from, to);
        double p5 = Quantiles.of(sorted, from, to, 0.05);
        double p90 = Quantiles.of(sorted, from, to, 0.90);
        double p95 = Quantiles.of(sorted, from, to, 0.95);
        OutlierSettings.IntervalLimits limits = s.limits(iv);
        if (count < s.minGroupSize()) {
            return new IntervalBand(iv, group, setting, count, true, median, p5, p90, p95, limits.fixedLimitDays());
        }
        double y50 = Math.log1p(median);
        double y90 = Math.log1p(p90);
        double spread = Math.max((y90 - y50) / Z90, s.minLogSpread());
        double fence = Math.expm1(y50 + s.spreadMultiplier() * spread);
        if (s.tailFactor() > 0) {
            // where most waits are 0 days the log scale stretches the band far beyond the group's own tail
            // (X-rays reported within a week: the log band alone would pass a 100-day turnaround)
            fence = Math.min(fence, s.tailFactor() * (1 + p95) - 1);
        }
        int above = fence >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.floor(fence);
        return new IntervalBand(iv, group, setting, count, false, median, p5, p90, p95,
                Math.max(above, limits.minFlagDays()));
    }

    private static IntervalSummary summary(int[] sorted, int from, int to) {
        if (to <= from) {
            return IntervalSummary.EMPTY;
        }
        return new IntervalSummary(to - from, Quantiles.median(sorted, from, to),
                Quantiles.of(sorted, from, to, 0.90));
    }

    /** How many of {@code sorted[from..to)} are at least {@code threshold}. */
    private static long atOrAbove(int[] sorted, int from, int to, int threshold) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < threshold) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return to - lo;
    }
}
