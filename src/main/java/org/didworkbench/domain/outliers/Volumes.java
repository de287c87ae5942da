package org.didworkbench.domain.outliers;

import java.util.Arrays;
import java.util.List;

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
 * is reported once, on the first record of that day (or site and day).
 */
final class Volumes {
    private final RecordColumns cols;
    private final Sites sites;
    private final OutlierSettings settings;
    private final OutlierFields fields;
    private final OutlierRules.Names names;
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

    /** Adds the spike warnings to {@code out}. */
    void find(List<Placed> out) {
        boolean days = settings.enabled(OutlierRules.DAY_VOLUME);
        // one site's days are the file's days; its spikes would repeat the file's
        boolean perSite = settings.enabled(OutlierRules.SITE_VOLUME) && sites.count() > 1;
        if (!days && !perSite) {
            return;
        }
        int n = cols.size();
        int[] dated = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (cols.date(OutlierFields.TEST, i) != RecordNumbers.NO_DATE) {
                dated[m++] = i;
            }
        }
        if (m == 0) {
            return;
        }
        int[] testDays = new int[m];
        for (int k = 0; k < m; k++) {
            testDays[k] = cols.date(OutlierFields.TEST, dated[k]);
        }
        Arrays.sort(testDays);
        coreFrom = (int) Math.floor(Quantiles.of(testDays, 0, m, 0.10));
        coreTo = (int) Math.ceil(Quantiles.of(testDays, 0, m, 0.90));
        long[] keys = new long[m];
        if (days) {
            spikes(dated, 0, m, -1, keys, out);
        }
        if (perSite) {
            int[] offsets = new int[sites.count() + 1];
            int withSite = 0;
            for (int k = 0; k < m; k++) {
                int s = cols.site(dated[k]);
                if (s >= 0) {
                    offsets[s + 1]++;
                    withSite++;
                }
            }
            for (int s = 0; s < sites.count(); s++) {
                offsets[s + 1] += offsets[s];
            }
            int[] bySite = new int[withSite];
            int[] at = Arrays.copyOf(offsets, sites.count());
            for (int k = 0; k < m; k++) {
                int s = cols.site(dated[k]);
                if (s >= 0) {
                    bySite[at[s]++] = dated[k];
                }
            }
            for (int s = 0; s < sites.count(); s++) {
                spikes(bySite, offsets[s], offsets[s + 1], s, keys, out);
            }
        }
    }

    /** Finds the spikes among records {@code idx[from..to)}; {@code site} is -1 for the whole file. */
    private void spikes(int[] idx, int from, int to, int site, long[] keys, List<Placed> out) {
        int n = to - from;
        for (int k = 0; k < n; k++) {
            int i = idx[from + k];
            keys[k] = ((long) cols.date(OutlierFields.TEST, i) << 32) | i;
        }
        Arrays.sort(keys, 0, n);
        // runs: one per day, with its count and first record
        int[] runDay = new int[n];
        int[] runCount = new int[n];
        int[] runFirst = new int[n];
        int runs = 0;
        for (int k = 0; k < n; k++) {
            int day = (int) (keys[k] >> 32);
            if (runs > 0 && runDay[runs - 1] == day) {
                runCount[runs - 1]++;
            } else {
                runDay[runs] = day;
                runCount[runs] = 1;
                runFirst[runs] = (int) keys[k];
                runs++;
            }
        }
        double[] usual = new double[2];
        int[] basis = new int[2];
        for (int type = 0; type < 2; type++) {
            int[] counts = new int[runs];
            int c = 0;
            for (int r = 0; r < runs; r++) {
                if (runDay[r] >= coreFrom && runDay[r] <= coreTo && (Messages.weekend(runDay[r]) ? 1 : 0) == type) {
                    counts[c++] = runCount[r];
                }
            }
            Arrays.sort(counts, 0, c);
            basis[type] = c;
            usual[type] = c >= settings.volumeMinDays() ? Quantiles.median(counts, 0, c) : Double.NaN;
        }
        for (int r = 0; r < runs; r++) {
            int type = Messages.weekend(runDay[r]) ? 1 : 0;
            double u = usual[type];
            if (!Double.isNaN(u) && runCount[r] > settings.volumeSpikeFactor() * u
                    && runCount[r] - u >= settings.volumeMinExcess()) {
                out.add(new Placed(runFirst[r], issue(runFirst[r], runDay[r], runCount[r], u, basis[type], type == 1, site)));
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
