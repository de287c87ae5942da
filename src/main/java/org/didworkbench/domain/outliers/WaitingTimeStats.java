package org.didworkbench.domain.outliers;

/**
 * Waiting-time figures for one modality group of a file (or for the whole file), as DID
 * statistical releases publish them (did-reference.md §7.1, §7.3).
 *
 * @param modality          the modality group, or "All modalities"
 * @param records           records in the group
 * @param requestToTest     DIAGNOSTIC TEST REQUEST DATE to DIAGNOSTIC TEST DATE
 * @param testToReport      DIAGNOSTIC TEST DATE to SERVICE REPORT ISSUE DATE
 * @param longWaitDays      the DM01 threshold used, in days (42 = 6 weeks by default)
 * @param longWaits         records whose request-to-test wait is {@code longWaitDays} or more
 * @param lateReportDays    the reporting turnaround threshold used, in days (28 by default)
 * @param lateReports       records reported more than {@code lateReportDays} after the test
 */
public record WaitingTimeStats(String modality, long records, IntervalSummary requestToTest,
                               IntervalSummary testToReport, int longWaitDays, long longWaits, int lateReportDays,
                               long lateReports) {

    /** The label of the whole-file row. */
    public static final String ALL = "All modalities";

    /** Share (0..1) of request-to-test waits at or over the DM01 threshold; NaN when there are none. */
    public double longWaitShare() {
        return requestToTest.count() == 0 ? Double.NaN : (double) longWaits / requestToTest.count();
    }

    /** Share (0..1) of reported tests reported after the turnaround threshold; NaN when there are none. */
    public double lateReportShare() {
        return testToReport.count() == 0 ? Double.NaN : (double) lateReports / testToReport.count();
    }
}
