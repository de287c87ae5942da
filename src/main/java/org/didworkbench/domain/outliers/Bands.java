package org.didworkbench.domain.outliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The file's bands, per interval, modality group and setting class, and its waiting-time figures,
 * computed after the pass from the waits counted as records arrived ({@link Counts}): whole days,
 * counted per interval, modality group and setting class, so memory does not grow with the file.
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

    /**
     * The waits of the observed records, counted per interval, group and setting class as records
     * arrive, so that nothing per record need be kept for the bands. Groups are the examination
     * codes' modality groups; records without a code are counted apart until {@link #compute} knows
     * the id of the "unknown modality" group.
     */
    static final class Counts {
        private static final int NO_CODE = 0;
        /** Once: {@code Interval.values()} copies its array on every call, and this runs per record. */
        private static final Interval[] INTERVALS = Interval.values();
        /** [interval][slot * CLASSES + class]; slot 0 is records without a code, slot g + 1 is group g. */
        private DayCounts[][] waits = new DayCounts[Interval.values().length][0];
        private long[] records = new long[0];
        private long total;

        /** Counts one record of modality group {@code group} (-1: no examination code). */
        void add(RecordNumbers r, int group) {
            int slot = group < 0 ? NO_CODE : group + 1;
            if (slot >= records.length) {
                int slots = Math.max(slot + 1, records.length * 2);
                records = Arrays.copyOf(records, slots);
                for (int iv = 0; iv < waits.length; iv++) {
                    waits[iv] = Arrays.copyOf(waits[iv], slots * CLASSES);
                }
            }
            records[slot]++;
            total++;
            for (Interval iv : INTERVALS) {
                int d = r.days(iv);
                if (d >= 0) {
                    DayCounts[] row = waits[iv.ordinal()];
                    int b = slot * CLASSES + r.setting;
                    if (row[b] == null) {
                        row[b] = new DayCounts();
                    }
                    row[b].add(d);
                }
            }
        }

        boolean anyWithoutCode() {
            return records.length > NO_CODE && records[NO_CODE] > 0;
        }
    }

    /**
     * Computes every band and the waiting-time figures.
     *
     * @param unknownGroup the group id of records without an examination code (used only when there are some)
     */
    static Bands compute(Counts counts, int unknownGroup, List<String> groupNames, OutlierSettings s) {
        int g = groupNames.size();
        int buckets = g * CLASSES;
        long[] records = new long[g];
        for (int slot = 0; slot < counts.records.length; slot++) {
            int group = slot == Counts.NO_CODE ? (counts.anyWithoutCode() ? unknownGroup : -1) : slot - 1;
            if (group >= 0 && group < g) {
                records[group] += counts.records[slot];
            }
        }
        int intervals = Interval.values().length;
        IntervalBand[][] modality = new IntervalBand[intervals][g];
        IntervalBand[][] bySetting = new IntervalBand[intervals][buckets];
        IntervalSummary[] reqTest = new IntervalSummary[g + 1];
        IntervalSummary[] testRep = new IntervalSummary[g + 1];
        long[] longWaits = new long[g + 1];
        long[] lateReports = new long[g + 1];
        for (Interval iv : Interval.values()) {
            DayCounts all = new DayCounts();
            boolean figures = iv == Interval.REQUEST_TO_TEST || iv == Interval.TEST_TO_REPORT;
            // DM01 counts waits of 6 weeks "or more"; the turnaround guidance counts "longer than" 28 days
            int threshold = iv == Interval.REQUEST_TO_TEST ? s.dm01Days() : s.reportTurnaroundDays() + 1;
            for (int k = 0; k < g; k++) {
                DayCounts group = new DayCounts();
                for (int cls = 0; cls < CLASSES; cls++) {
                    DayCounts own = bucket(counts, iv, k, unknownGroup, cls);
                    if (own != null) {
                        group.addAll(own);
                    }
                    if (cls != RecordNumbers.SETTING_UNKNOWN) {
                        bySetting[iv.ordinal()][k * CLASSES + cls] = band(iv, groupNames.get(k), settingName(cls),
                                own == null ? new DayCounts() : own, s);
                    }
                }
                all.addAll(group);
                modality[iv.ordinal()][k] = band(iv, groupNames.get(k), IntervalBand.ALL_SETTINGS, group, s);
                if (figures) {
                    (iv == Interval.REQUEST_TO_TEST ? reqTest : testRep)[k] = summary(group);
                    (iv == Interval.REQUEST_TO_TEST ? longWaits : lateReports)[k] = group.atOrAbove(threshold);
                }
            }
            if (figures) {
                (iv == Interval.REQUEST_TO_TEST ? reqTest : testRep)[g] = summary(all);
                (iv == Interval.REQUEST_TO_TEST ? longWaits : lateReports)[g] = all.atOrAbove(threshold);
            }
        }
        List<WaitingTimeStats> stats = new ArrayList<>();
        for (int k = 0; k < g; k++) {
            stats.add(new WaitingTimeStats(groupNames.get(k), records[k], reqTest[k], testRep[k], s.dm01Days(),
                    longWaits[k], s.reportTurnaroundDays(), lateReports[k]));
        }
        stats.sort(Comparator.comparing(WaitingTimeStats::modality));
        stats.add(new WaitingTimeStats(WaitingTimeStats.ALL, counts.total, reqTest[g], testRep[g], s.dm01Days(),
                longWaits[g], s.reportTurnaroundDays(), lateReports[g]));
        return new Bands(modality, bySetting, List.copyOf(stats), s);
    }

    /**
     * The waits of group {@code k} in setting class {@code cls}: counted under the group's own slot, and
     * also under the no-code slot when {@code k} is the unknown-modality group (a code whose modality is
     * unknown and a record with no code share that group).
     */
    private static DayCounts bucket(Counts counts, Interval iv, int k, int unknownGroup, int cls) {
        DayCounts[] row = counts.waits[iv.ordinal()];
        DayCounts own = k + 1 < counts.records.length ? row[(k + 1) * CLASSES + cls] : null;
        if (k != unknownGroup || !counts.anyWithoutCode()) {
            return own;
        }
        DayCounts none = row[Counts.NO_CODE * CLASSES + cls];
        if (own == null || none == null) {
            return own == null ? none : own;
        }
        DayCounts both = new DayCounts();
        both.addAll(own);
        both.addAll(none);
        return both;
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

    static IntervalBand band(Interval iv, String group, String setting, DayCounts waits, OutlierSettings s) {
        long count = waits.count();
        double median = waits.quantile(0.5);
        double p5 = waits.quantile(0.05);
        double p90 = waits.quantile(0.90);
        double p95 = waits.quantile(0.95);
        OutlierSettings.IntervalLimits limits = s.limits(iv);
        if (count < s.minGroupSize()) {
            return new IntervalBand(iv, group, setting, (int) count, true, median, p5, p90, p95,
                    limits.fixedLimitDays());
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
        return new IntervalBand(iv, group, setting, (int) count, false, median, p5, p90, p95,
                Math.max(above, limits.minFlagDays()));
    }

    private static IntervalSummary summary(DayCounts waits) {
        if (waits.count() == 0) {
            return IntervalSummary.EMPTY;
        }
        return new IntervalSummary(waits.count(), waits.quantile(0.5), waits.quantile(0.90));
    }
}
