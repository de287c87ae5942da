package org.didworkbench.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.did.DidV1Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityTallyTest {
    private static final Profile DID_V1 = DidV1Profile.create();

    private static RecordView record(String site, String source, String request, String test) {
        String[] v = {"9434765919", "01", "1950-03-14", "A", "2", "LS1 4HR", "P81001", source, "G1234567", "P81001",
                request, request, test, "XCHES", "", test, site, "ACC0001"};
        return new RecordView(DID_V1, new SubmissionRecord(1, 1, v));
    }

    @ParameterizedTest(name = "site ''{0}'' is counted as ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "RZZ01|RZZ01",
            "' rzz02 '|RZZ02",
            "RZZ|RZZ",
            "''|(blank)",
            "9434765919|(not a site code)",
            "LS1 4HR|(not a site code)",
            "LS14HR|(not a site code)",
            "RZZ-01|(not a site code)",
            "ABCDEFGHIJKLM|(not a site code)",
    })
    void siteValuesThatCouldBePatientDataAreBucketed(String value, String key) {
        ActivityTally tally = ActivityTally.forProfile(DID_V1);
        tally.observe(record(value, "04", "2026-09-01", "2026-09-02"));
        assertThat(tally.counts().bySite()).containsExactly(Map.entry(key, 1L));
    }

    @Test
    void patientSourceKeepsOnlyNationalCodes() {
        ActivityTally tally = ActivityTally.forProfile(DID_V1);
        for (String s : new String[] {"04", "04", " 05 ", "4", "", "9434765919"}) {
            tally.observe(record("RZZ01", s, "2026-09-01", "2026-09-02"));
        }
        assertThat(tally.counts().bySource()).containsExactly(Map.entry("(blank)", 1L),
                Map.entry("(not a valid code)", 2L), Map.entry("04", 2L), Map.entry("05", 1L));
    }

    @Test
    void dataMonthIsTheMonthOfMostTestDates() {
        ActivityTally tally = ActivityTally.forProfile(DID_V1);
        tally.observe(record("RZZ01", "04", "2026-08-20", "2026-09-02"));
        tally.observe(record("RZZ01", "04", "2026-08-25", "2026-09-03"));
        tally.observe(record("RZZ01", "04", "2026-08-25", "2026-08-30"));
        tally.observe(record("RZZ01", "04", "2026-08-25", "01/09/2026"));
        assertThat(tally.counts().dataMonth()).contains(YearMonth.of(2026, 9));
        assertThat(tally.counts().byTestMonth()).containsEntry(YearMonth.of(2026, 9), 2L)
                .containsEntry(YearMonth.of(2026, 8), 1L).hasSize(2);
    }

    @Test
    void aTieGoesToTheLaterMonthAndRequestDatesStandInWhenNoTestDateIsValid() {
        ActivityTally tie = ActivityTally.forProfile(DID_V1);
        tie.observe(record("RZZ01", "04", "2026-08-01", "2026-08-30"));
        tie.observe(record("RZZ01", "04", "2026-08-01", "2026-09-01"));
        assertThat(tie.counts().dataMonth()).contains(YearMonth.of(2026, 9));

        ActivityTally noTests = ActivityTally.forProfile(DID_V1);
        noTests.observe(record("RZZ01", "04", "2026-07-10", "2026-13-01"));
        noTests.observe(record("RZZ01", "04", "2026-07-11", ""));
        assertThat(noTests.counts().dataMonth()).contains(YearMonth.of(2026, 7));

        assertThat(ActivityCounts.NONE.dataMonth()).isEmpty();
    }

    @Test
    void sitesBeyondTheFortyLargestAreCountedTogether() {
        ActivityTally tally = ActivityTally.forProfile(DID_V1);
        for (int s = 0; s < 45; s++) {
            for (int r = 0; r <= s; r++) {
                tally.observe(record(String.format("SITE%02d", s), "04", "2026-09-01", "2026-09-02"));
            }
        }
        Map<String, Long> sites = tally.counts().bySite();
        assertThat(sites).hasSize(41).containsEntry("SITE44", 45L).doesNotContainKey("SITE04")
                .containsEntry("(other sites)", 1L + 2 + 3 + 4 + 5);
    }
}
