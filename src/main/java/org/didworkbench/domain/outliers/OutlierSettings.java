package org.didworkbench.domain.outliers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every threshold of the outlier and plausibility checks. The defaults, with the reason for each,
 * are in {@code outlier-settings.properties} beside this class (and in docs/outliers.md); the io
 * layer loads a user's file and passes it to {@link #fromProperties}. Immutable.
 *
 * @param minGroupSize         fewest values an interval needs in a modality group before a band is computed
 *                             from the file; smaller groups use the fixed limits
 * @param spreadMultiplier     how many robust spreads above the median (on the log-days scale) a wait may be
 *                             before it is flagged
 * @param minLogSpread         the least spread assumed on the log-days scale, so that a group whose waits are
 *                             nearly all the same does not flag every wait a day longer
 * @param limits               per interval: the fixed limit for small groups and the least flagged wait
 * @param dm01Days             request-to-test wait, in days, from which the DM01 flag is raised (6 weeks)
 * @param reportTurnaroundDays test-to-report days beyond which the turnaround flag is raised (4 weeks)
 * @param volumeSpikeFactor    a day (or site-day) is flagged when its records exceed this many times the usual
 * @param volumeMinExcess      ... and exceed the usual by at least this many records
 * @param volumeMinDays        fewest days (of the same kind, weekday or weekend) needed to judge daily volume
 * @param disabledRules        DQW codes not to run
 * @param tailFactor           a wait is also flagged above tailFactor × (1 + the group's 95th percentile) − 1 days,
 *                             however wide the log-scale band; 0 switches this off
 */
public record OutlierSettings(int minGroupSize, double spreadMultiplier, double minLogSpread,
                              Map<Interval, IntervalLimits> limits, int dm01Days, int reportTurnaroundDays,
                              double volumeSpikeFactor, int volumeMinExcess, int volumeMinDays,
                              Set<String> disabledRules, double tailFactor) {

    /** The built-in tail factor (see {@code outlier-settings.properties} for the reason). */
    public static final double DEFAULT_TAIL_FACTOR = 3.0;

    /** Settings with the built-in tail factor. */
    public OutlierSettings(int minGroupSize, double spreadMultiplier, double minLogSpread,
                           Map<Interval, IntervalLimits> limits, int dm01Days, int reportTurnaroundDays,
                           double volumeSpikeFactor, int volumeMinExcess, int volumeMinDays,
                           Set<String> disabledRules) {
        this(minGroupSize, spreadMultiplier, minLogSpread, limits, dm01Days, reportTurnaroundDays, volumeSpikeFactor,
                volumeMinExcess, volumeMinDays, disabledRules, DEFAULT_TAIL_FACTOR);
    }

    /**
     * Limits for one interval.
     *
     * @param fixedLimitDays waits longer than this are flagged in groups too small for a band of their own
     * @param minFlagDays    waits this long or shorter are never flagged, however tight the file's band
     */
    public record IntervalLimits(int fixedLimitDays, int minFlagDays) {
        public IntervalLimits {
            if (fixedLimitDays < 0 || minFlagDays < 0) {
                throw new IllegalArgumentException("Interval limits must not be negative");
            }
        }
    }

    private static final String PREFIX_OUT = "outliers.";

    public OutlierSettings {
        if (minGroupSize < 2) {
            throw new IllegalArgumentException("outliers.min-group-size must be at least 2");
        }
        if (!(spreadMultiplier > 0) || !(minLogSpread >= 0)) {
            throw new IllegalArgumentException("outliers.spread-multiplier must be positive and "
                    + "outliers.min-log-spread not negative");
        }
        if (!(tailFactor == 0 || tailFactor >= 1)) {
            throw new IllegalArgumentException("outliers.tail-factor must be 0 (off) or at least 1");
        }
        EnumMap<Interval, IntervalLimits> copy = new EnumMap<>(Interval.class);
        copy.putAll(limits);
        if (copy.size() != Interval.values().length) {
            throw new IllegalArgumentException("Limits are needed for all six intervals");
        }
        limits = Map.copyOf(copy);
        if (dm01Days < 1 || reportTurnaroundDays < 1) {
            throw new IllegalArgumentException("The standard thresholds must be at least one day");
        }
        if (!(volumeSpikeFactor > 1) || volumeMinExcess < 1 || volumeMinDays < 1) {
            throw new IllegalArgumentException("volume.spike-factor must exceed 1; volume.min-excess-records and "
                    + "volume.min-days must be at least 1");
        }
        disabledRules = Set.copyOf(disabledRules);
        for (String code : disabledRules) {
            if (!OutlierRules.codes().contains(code)) {
                throw new IllegalArgumentException("rules.disabled lists '" + code + "', which is not a DQW code");
            }
        }
    }

    /** The defaults; {@code outlier-settings.properties} holds the same values with their reasons. */
    public static OutlierSettings defaults() {
        EnumMap<Interval, IntervalLimits> limits = new EnumMap<>(Interval.class);
        limits.put(Interval.REQUEST_TO_RECEIVED, new IntervalLimits(90, 14));
        limits.put(Interval.REQUEST_TO_TEST, new IntervalLimits(365, 14));
        limits.put(Interval.REQUEST_TO_REPORT, new IntervalLimits(455, 21));
        limits.put(Interval.RECEIVED_TO_TEST, new IntervalLimits(365, 14));
        limits.put(Interval.RECEIVED_TO_REPORT, new IntervalLimits(455, 21));
        limits.put(Interval.TEST_TO_REPORT, new IntervalLimits(90, 7));
        return new OutlierSettings(50, 3.5, 0.25, limits, 42, 28, 3.0, 20, 4, Set.of());
    }

    /** The limits for one interval. */
    public IntervalLimits limits(Interval interval) {
        return limits.get(interval);
    }

    /** True unless the code is listed in {@code rules.disabled}. */
    public boolean enabled(String code) {
        return !disabledRules.contains(code);
    }

    /**
     * Reads settings; a key that is absent keeps its default.
     *
     * @throws IllegalArgumentException naming the key when a value is not a number, is out of range, or the key
     *                                  is unknown (a misspelt key would otherwise be silently ignored)
     */
    public static OutlierSettings fromProperties(Properties p) {
        OutlierSettings d = defaults();
        Set<String> known = new TreeSet<>(d.toProperties().stringPropertyNames());
        for (String key : p.stringPropertyNames()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("Unknown outlier setting '" + key + "'");
            }
        }
        EnumMap<Interval, IntervalLimits> limits = new EnumMap<>(Interval.class);
        for (Interval i : Interval.values()) {
            IntervalLimits dl = d.limits(i);
            limits.put(i, new IntervalLimits(
                    intValue(p, PREFIX_OUT + i.key() + ".fixed-limit-days", dl.fixedLimitDays()),
                    intValue(p, PREFIX_OUT + i.key() + ".min-flag-days", dl.minFlagDays())));
        }
        Set<String> disabled = new LinkedHashSet<>();
        for (String code : p.getProperty("rules.disabled", "").split(",")) {
            if (!code.isBlank()) {
                disabled.add(code.trim());
            }
        }
        return new OutlierSettings(
                intValue(p, "outliers.min-group-size", d.minGroupSize()),
                doubleValue(p, "outliers.spread-multiplier", d.spreadMultiplier()),
                doubleValue(p, "outliers.min-log-spread", d.minLogSpread()),
                limits,
                intValue(p, "standards.dm01-wait-days", d.dm01Days()),
                intValue(p, "standards.report-turnaround-days", d.reportTurnaroundDays()),
                doubleValue(p, "volume.spike-factor", d.volumeSpikeFactor()),
                intValue(p, "volume.min-excess-records", d.volumeMinExcess()),
                intValue(p, "volume.min-days", d.volumeMinDays()),
                disabled,
                doubleValue(p, "outliers.tail-factor", d.tailFactor()));
    }

    /** These settings as properties, with the keys {@link #fromProperties} reads (for the window to save). */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("outliers.min-group-size", Integer.toString(minGroupSize));
        p.setProperty("outliers.spread-multiplier", number(spreadMultiplier));
        p.setProperty("outliers.min-log-spread", number(minLogSpread));
        p.setProperty("outliers.tail-factor", number(tailFactor));
        for (Interval i : Interval.values()) {
            p.setProperty(PREFIX_OUT + i.key() + ".fixed-limit-days", Integer.toString(limits(i).fixedLimitDays()));
            p.setProperty(PREFIX_OUT + i.key() + ".min-flag-days", Integer.toString(limits(i).minFlagDays()));
        }
        p.setProperty("standards.dm01-wait-days", Integer.toString(dm01Days));
        p.setProperty("standards.report-turnaround-days", Integer.toString(reportTurnaroundDays));
        p.setProperty("volume.spike-factor", number(volumeSpikeFactor));
        p.setProperty("volume.min-excess-records", Integer.toString(volumeMinExcess));
        p.setProperty("volume.min-days", Integer.toString(volumeMinDays));
        List<String> codes = new ArrayList<>(new TreeSet<>(disabledRules));
        p.setProperty("rules.disabled", String.join(",", codes));
        return p;
    }

    private static String number(double v) {
        return Double.toString(v);
    }

    private static int intValue(Properties p, String key, int fallback) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Outlier setting '" + key + "' must be a whole number", e);
        }
    }

    private static double doubleValue(Properties p, String key, double fallback) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Outlier setting '" + key + "' must be a number", e);
        }
    }
}
