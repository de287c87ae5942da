package org.didworkbench.domain.history;

/**
 * When a change between two months is big enough to be worth a sentence. Every kind has a relative
 * and an absolute minimum and both must be met, so a small group's ordinary wobble (12 -> 7
 * fluoroscopy records is -42%) is not flagged, and neither is a big group's ordinary drift.
 *
 * @param totalRelative      all records: the least relative change (0.10 = 10%)
 * @param volumeRelative     a modality, site or patient source: the least relative change
 * @param volumeRecords      any volume: the least change in records (also the least count for a
 *                           group that appears or disappears)
 * @param completenessPoints completeness of an item: the least change in percentage points
 * @param completenessRecords completeness: the least change expressed in records of this month
 * @param waitRelative       a modality's median wait: the least relative change (0.5 = 50%)
 * @param waitDays           a median wait: the least change in days
 * @param waitMinimum        a median wait is compared only when both months have at least this many intervals
 */
public record ShiftThresholds(double totalRelative, double volumeRelative, long volumeRecords,
                              double completenessPoints, long completenessRecords, double waitRelative,
                              double waitDays, long waitMinimum) {

    /** The thresholds the workbench uses (docs/history.md explains each). */
    public static ShiftThresholds defaults() {
        return new ShiftThresholds(0.10, 0.20, 30, 5.0, 20, 0.50, 3.0, 20);
    }

    /** The thresholds in one sentence, for the foot of a comparison. */
    public String describe() {
        return String.format(java.util.Locale.UK, "Shifts are flagged when volume changes by %.0f%% and %d records"
                        + " (all records: %.0f%%), completeness by %.0f percentage points and %d records, or a"
                        + " modality's median wait by %.0f%% and %.0f days with %d waits in each month.",
                volumeRelative * 100, volumeRecords, totalRelative * 100, completenessPoints, completenessRecords,
                waitRelative * 100, waitDays, waitMinimum);
    }
}
