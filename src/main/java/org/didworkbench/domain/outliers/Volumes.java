package org.didworkbench.domain.outliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Severity;

/**
 * Daily volume spikes, for the whole file (DQW-DAY-VOLUME) and per site (DQW-SITE-VOLUME).
 *
 * <p>The usual volume is the median count over the days that have records and lie in the file's
 * main period (the 10th to 90th percentile of its test dates, so a tail of late records from earlier
 * months does not drag the usual volume down), taken apart for weekdays and weekends because
 * weekend lists are much shorter. A day is flagged when its count exceeds both factor × usual and
 * usual + minimum excess. Only spikes are flagged: a short day cannot be told from a bank holiday or
 * the edge of the extract, and a day with no records has no record to carry a warning. Each spike
 * is reported once, on the first record of that day (or site and day). Days are counted as records
 * arrive ({@link #observe}), so memory grows with the days and sites of the file, not its records.
 */
final class Volumes {
    private final RecordColumns cols;
    private final Sites sites;
    private final OutlierSettings settings;
    private final OutlierFields fields;
    private final OutlierRules.Names names;
    /** Per test day (epoch day): {records, first record index}. */
    private final Map<Long, int[]> fileDays = new HashMap<>();
    /** Per site and test day (site id in the high half, epoch day in the low): {records, first record index}. */
    private final Map<Long, int[]> siteDays = new HashMap<>();
    private int coreFrom;
    private int coreTo;

    Volumes(RecordColumns cols, Sites sites, OutlierSettings settings, OutlierFields fields, OutlierRules.Names names) {
        this.cols = cols;
        this.sites = sites;
        this.settings = settings;
        this.fields = fields;
        this.names = names;
    }

    /**
     * A warning and the observation index of the record it is on.
     *
     * @param index the record's index in observation order
     * @param issue the warning
     */
    record Placed(int index, Issue issue) {
    }

    /**
     * Counts one observed record with a test date: per day for the whole file, and per site and day.
     *
     * @param index the record's observation index
     * @param day   its test date as an epoch day
     * @param site  its site id, or -1
     */
    void observe(int index, int day, int site) {
        count(fileDays, day, index);
        if (site >= 0) {
            count(siteDays, ((long) site << 32) | (day & 0xFFFF_FFFFL), index);
        }
    }

    /** Adds one record to a day's count; the first record (lowest index) of the day is kept. */
    private static void count(Map<Long, int[]> days, long key, int index) {
        int[] c = days.get(key);
        if (c == null) {
            days.put(key, new int[] {1, index});
        } else {
            c[0]++;
        }
    }

    /** Adds the spike warnings to {@code out}. */
    void find(List<Placed> out) {
        boolean days = settings.enabled(OutlierRules.DAY_VOLUME);
        // one site's days are the file's days; its spikes would repeat the file's
        boolean perSite = settings.enabled(OutlierRules.SITE_VOLUME) && sites.count() > 1;
        if (!days && !perSite || fileDays.isEmpty()) {
            return;
        }
        // the file's days in order, each with its count and first record
        long[] sorted = fileDays.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        int[][] runs = new int[sorted.length][];
        long dated = 0;
        for (int r = 0; r < sorted.length; r++) {
            int[] c = fileDays.get(sorted[r]);
            runs[r] = new int[] {(int) sorted[r], c[0], c[1]};
            dated += c[0];
        }
        coreFrom = (int) Math.floor(quantile(runs, dated, 0.10));
        coreTo = (int) Math.ceil(quantile(runs, dated, 0.90));
        if (days) {
            spikes(runs, -1, out);
        }
        if (perSite) {
            List<List<int[]>> bySite = new ArrayList<>();
            for (int s = 0; s < sites.count(); s++) {
                bySite.add(new ArrayList<>());
            }
            siteDays.forEach((key, c) -> bySite.get((int) (key >> 32)).add(new int[] {(int) (long) key, c[0], c[1]}));
            for (int s = 0; s < sites.count(); s++) {
                List<int[]> own = bySite.get(s);
                own.sort(Comparator.comparingInt(run -> run[0]));
                spikes(own.toArray(new int[0][]), s, out);
            }
        }
    }

    /** The p-quantile of every dated record's test day, as {@link Quantiles#of} over the sorted days. */
    private static double quantile(int[][] runs, long n, double p) {
        double h = (n - 1) * p;
        long lo = (long) Math.floor(h);
        long hi = Math.min(lo + 1, n - 1);
        double a = kth(runs, lo);
        double b = kth(runs, hi);
        return a + (h - lo) * (b - a);
    }

    private static int kth(int[][] runs, long k) {
        long seen = 0;
        for (int[] run : runs) {
            seen += run[1];
            if (k < seen) {
                return run[0];
            }
        }
        throw new IndexOutOfBoundsException("k");
    }

    /**
     * Finds the spikes among one scope's days; {@code site} is -1 for the whole file.
     *
     * @param runs the scope's days in order, each {day, count, first record index}
     */
    private void spikes(int[][] runs, int site, List<Placed> out) {
        double[] usual = new double[2];
        int[] basis = new int[2];
        for (int type = 0; type < 2; type++) {
            int[] counts = new int[runs.length];
            int c = 0;
            for (int[] run : runs) {
                if (run[0] >= coreFrom && run[0] <= coreTo && (Messages.weekend(run[0]) ? 1 : 0) == type) {
                    counts[c++] = run[1];
                }
            }
            Arrays.sort(counts, 0, c);
            basis[type] = c;
            usual[type] = c >= settings.volumeMinDays() ? Quantiles.median(counts, 0, c) : Double.NaN;
        }
        for (int[] run : runs) {
            int type = Messages.weekend(run[0]) ? 1 : 0;
            double u = usual[type];
            if (!Double.isNaN(u) && run[1] > settings.volumeSpikeFactor() * u
                    && run[1] - u >= settings.volumeMinExcess()) {
                out.add(new Placed(run[2], issue(run[2], run[0], run[1], u, basis[type], type == 1, site)));
            }
        }
    }

    private Issue issue(int first, int day, int count, double usual, int basisDays, boolean weekend, int site) {
        String kind = weekend ? "weekend day" : "weekday";
        String date = Messages.date(day);
        String dd = names.dd(fields.testDate());
        String times = Messages.ratio(count / usual);
        String median = Messages.days(usual);
        String basis = "median of " + basisDays + " " + kind + "s from " + Messages.date(coreFrom) + " to "
                + Messages.date(coreTo) + ", the file's main period";
        String why = " A spike like this suggests records sent twice or a date filled in by default; this warning "
                + "is on the first record of ";
        if (site < 0) {
            return new Issue(cols.record(first), cols.line(first), OutlierRules.DAY_VOLUME, Severity.WARNING,
                    List.of(names.name(fields.testDate())), date,
                    dd + " '" + date + "' (" + Messages.weekday(day) + ") has " + Messages.count(count)
                            + " records in this file, " + times + " times the usual " + median + " for a " + kind
                            + " (" + basis + ")." + why + "that day.");
        }
        String code = sites.code(site);
        return new Issue(cols.record(first), cols.line(first), OutlierRules.SITE_VOLUME, Severity.WARNING,
                List.of(names.name(fields.site()), names.name(fields.testDate())), code,
                names.dd(fields.site()) + " '" + code + "' has " + Messages.count(count) + " records on " + dd
                        + " '" + date + "' (" + Messages.weekday(day) + "), " + times + " times its usual " + median
                        + " for a " + kind + " (" + basis + ")." + why + "that site and day.");
    }
}
