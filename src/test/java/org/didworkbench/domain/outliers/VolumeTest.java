package org.didworkbench.domain.outliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Severity;
import org.junit.jupiter.api.Test;

class VolumeTest {
    private final NhsNumbers nhs = new NhsNumbers();

    /** One examination at a site on a day, by a new patient. */
    private Row exam(LocalDate day, String site) {
        String d = day.toString();
        return Row.of().nhs(nhs.next()).nicip("XCHES").request(d).received(d).test(d).report(d).site(site)
                .accession("A" + nhs.next());
    }

    /**
     * September 2026 at two sites: each weekday 70 records at RR801 and 30 at RR802, each weekend day 21 and 9;
     * five late records on each of ten days in June; and one Wednesday, 16 September, with 300 more at RR802.
     */
    private List<Row> month(boolean spike, boolean twoSites) {
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            for (int j = 0; j < 5; j++) {
                rows.add(exam(LocalDate.of(2026, 6, 1 + 2 * k), "RR801"));
            }
        }
        for (LocalDate d = LocalDate.of(2026, 9, 1); d.getMonthValue() == 9; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            int first = weekend ? 21 : 70;
            int second = weekend ? 9 : 30;
            if (spike && d.getDayOfMonth() == 16) {
                second += 300;
            }
            for (int j = 0; j < first; j++) {
                rows.add(exam(d, "RR801"));
            }
            for (int j = 0; j < second; j++) {
                rows.add(exam(d, twoSites ? "RR802" : "RR801"));
            }
        }
        return rows;
    }

    private static List<Issue> findings(List<Row> rows) {
        OutlierAnalyser a = OutlierAnalyser.didV1(Row.PROFILE, OutlierSettings.defaults(), ReferenceData.none());
        for (int i = 0; i < rows.size(); i++) {
            a.observe(rows.get(i).view(i + 1));
        }
        return a.findings();
    }

    private static long firstRecordOn(List<Row> rows, String day, String site) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).values[12].equals(day) && (site == null || rows.get(i).values[16].equals(site))) {
                return i + 1;
            }
        }
        throw new AssertionError("no record on " + day);
    }

    @Test
    void aDayFarAboveTheUsualDailyVolumeIsFlaggedOnceOnItsFirstRecord() {
        List<Row> rows = month(true, true);

        List<Issue> days = findings(rows).stream().filter(i -> i.rule().equals("DQW-DAY-VOLUME")).toList();

        long first = firstRecordOn(rows, "2026-09-16", null);
        assertThat(days).hasSize(1);
        // Issue.toString hides the message, so compare the message first for a readable failure
        assertThat(days.get(0).message()).isEqualTo(expectedDayMessage());
        assertThat(days).containsExactly(new Issue(first, first + 1, "DQW-DAY-VOLUME", Severity.WARNING,
                List.of("DIAGNOSTIC_TEST_DATE"), "2026-09-16", expectedDayMessage()));
    }

    /**
     * 2,790 records: the 10th percentile of their test dates is record 279 in date order (after 50 June records
     * and 200 on 1 and 2 September), 3 September; the 90th is 28 September. That main period has 18 weekdays,
     * 17 of 100 records and the spike's 400, so the usual weekday is 100.
     */
    private static String expectedDayMessage() {
        return "DIAGNOSTIC TEST DATE '2026-09-16' (a Wednesday) has 400 records in this file, 4.0 times the usual "
                        + "100 for a weekday (median of 18 weekdays from 2026-09-03 to 2026-09-28, the file's main "
                        + "period). A spike like this suggests records sent twice or a date filled in by default; "
                        + "this warning is on the first record of that day.";
    }

    @Test
    void aSitesDayFarAboveThatSitesUsualVolumeIsFlagged() {
        List<Row> rows = month(true, true);

        List<Issue> sites = findings(rows).stream().filter(i -> i.rule().equals("DQW-SITE-VOLUME")).toList();

        assertThat(sites).singleElement().satisfies(i -> {
            assertThat(i.record()).isEqualTo(firstRecordOn(rows, "2026-09-16", "RR802"));
            assertThat(i.value()).isEqualTo("RR802");
            assertThat(i.fields()).containsExactly("SITE_CODE_IMAGING", "DIAGNOSTIC_TEST_DATE");
            assertThat(i.message()).startsWith("SITE CODE (OF IMAGING) 'RR802' has 330 records on DIAGNOSTIC TEST "
                    + "DATE '2026-09-16' (a Wednesday), 11.0 times its usual 30 for a weekday");
        });
    }

    @Test
    void quietWeekendsAndLateRecordsFromEarlierMonthsAreNotFlagged() {
        assertThat(findings(month(false, true))).extracting(Issue::rule)
                .doesNotContain("DQW-DAY-VOLUME", "DQW-SITE-VOLUME");
    }

    @Test
    void aFileWithOneSiteGetsTheDayFlagOnly() {
        assertThat(findings(month(true, false))).extracting(Issue::rule)
                .contains("DQW-DAY-VOLUME").doesNotContain("DQW-SITE-VOLUME");
    }
}
