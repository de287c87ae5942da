package org.didworkbench.domain.outliers;

/**
 * The band one interval's waits are judged against in one modality group of one file.
 *
 * @param interval      the interval
 * @param modality      the modality group, e.g. "MRI"
 * @param setting       the patient source settings the band covers: {@link #ALL_SETTINGS}, {@link #UNSCHEDULED}
 *                      or {@link #OTHER_SETTINGS}
 * @param count         records of the group with this interval (both dates valid and in order)
 * @param fixed         true when the group was too small for a band of its own and the fixed limit applies
 * @param median        median days (NaN when {@code count} is 0)
 * @param p5            5th percentile, days (NaN when {@code count} is 0)
 * @param p90           90th percentile, days (NaN when {@code count} is 0)
 * @param p95           95th percentile, days (NaN when {@code count} is 0)
 * @param flagAboveDays waits longer than this many days are flagged
 */
public record IntervalBand(Interval interval, String modality, String setting, int count, boolean fixed,
                           double median, double p5, double p90, double p95, int flagAboveDays) {

    /** The band covers every record of the modality. */
    public static final String ALL_SETTINGS = "all settings";
    /** Inpatients (01) and A&amp;E (05). */
    public static final String UNSCHEDULED = "inpatient or A&E";
    /** Every other setting (day case, outpatient, GP direct access, other provider, other). */
    public static final String OTHER_SETTINGS = "not inpatient or A&E";

    /** How messages name the group: "MRI" or "MRI (inpatient or A&amp;E)". */
    public String group() {
        return setting.equals(ALL_SETTINGS) ? modality : modality + " (" + setting + ")";
    }
}
