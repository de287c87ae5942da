package org.didworkbench.domain.rules.did;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DIDS049 (warning) and DIDS055 (reject): v = months_between(last_day(submission date), test date)
 * with Spark's 31-day fractions; v &lt; 4 fine, 4 &le; v &lt; 7 warns, v &ge; 7 rejects.
 */
class CutOffRulesTest {

    @ParameterizedTest(name = "submitted {0}, test {1} -> [{2}]")
    @CsvSource({
            // October submission: month end 2026-10-31
            "2026-10-15, 2026-10-15, ",
            "2026-10-15, 2026-07-31, ",          // 3 months exactly
            "2026-10-15, 2026-07-01, ",          // 3 + 30/31
            "2026-10-15, 2026-06-30, DIDS049",   // 4 (both month ends)
            "2026-10-15, 2026-06-01, DIDS049",   // 4 + 30/31
            "2026-10-15, 2026-04-30, DIDS049",   // 6 (both month ends)
            "2026-10-15, 2026-04-01, DIDS049",   // 6 + 30/31
            "2026-10-15, 2026-03-31, DIDS055",   // 7 (both month ends)
            "2026-10-15, 2026-03-01, DIDS055",
            "2026-10-15, 2025-10-15, DIDS055",
            // the day of the submission within its month does not matter
            "2026-10-01, 2026-06-30, DIDS049",
            "2026-10-31, 2026-07-01, ",
            // November submission (30-day month end): the 30th of a 31-day month is a whole month away
            "2026-11-10, 2026-08-01, ",          // 3 + 29/31
            "2026-11-10, 2026-07-31, DIDS049",   // 4 (both month ends)
            "2026-11-10, 2026-07-30, DIDS049",   // 4 (same day of month)
            "2026-11-10, 2026-05-01, DIDS049",   // 6 + 29/31
            "2026-11-10, 2026-04-30, DIDS055",   // 7
            // February submission, common year (month end the 28th)
            "2027-02-10, 2026-11-01, ",          // 3 + 27/31
            "2027-02-10, 2026-10-31, DIDS049",   // 4 (both month ends)
            "2027-02-10, 2026-10-28, DIDS049",   // 4 (same day of month)
            "2027-02-10, 2026-10-29, ",          // 4 - 1/31: Spark says not yet 4 months
            "2027-02-10, 2026-10-30, ",          // 4 - 2/31
            "2027-02-10, 2026-09-30, DIDS049",   // 5 (both month ends)
            "2027-02-10, 2026-07-31, DIDS055",   // 7 (both month ends)
            "2027-02-10, 2026-07-30, DIDS049",   // 7 - 2/31: still only a warning
            "2027-02-10, 2026-07-28, DIDS055",   // 7 (same day of month)
            // February submission, leap year (month end the 29th)
            "2028-02-10, 2027-11-01, ",          // 3 + 28/31
            "2028-02-10, 2027-10-31, DIDS049",   // 4 (both month ends)
            "2028-02-10, 2027-10-30, ",          // 4 - 1/31
            "2028-02-10, 2027-10-29, DIDS049",   // 4 (same day of month)
            "2028-02-10, 2027-07-31, DIDS055",   // 7
            "2028-02-10, 2027-07-30, DIDS049",   // 7 - 1/31
            "2028-02-10, 2027-07-29, DIDS055",   // 7 (same day of month)
            // test date on a leap day
            "2024-06-20, 2024-02-29, DIDS049",   // 4 (both month ends)
            "2024-06-20, 2024-03-01, ",          // 3 + 29/31
            "2024-06-20, 2024-02-28, DIDS049",   // 4 + 2/31
            "2024-09-20, 2024-02-29, DIDS055",   // 7 (both month ends)
            // across a year end
            "2027-01-05, 2026-09-30, DIDS049",
            "2027-01-05, 2026-10-01, ",
            "2027-01-05, 2026-06-30, DIDS055",
            "2027-01-05, 2026-07-01, DIDS049",
    })
    void cutOff(LocalDate submission, String testDate, String codes) {
        String[] row = DidRecords.with("DIAGNOSTIC_TEST_REQUEST_DATE=", "DIAG_TEST_REQUEST_REC_DATE=",
                "SERVICE_REPORT_DATE=", "DIAGNOSTIC_TEST_DATE=" + testDate);

        assertThat(DidRecords.codes(DidRecords.validate(row, submission)))
                .containsExactlyElementsOf(DidRecords.expected(codes));
    }

    @Test
    void warningMessageSaysHowOldTheTestIsAndWhatIsExpected() {
        String[] row = DidRecords.with("DIAGNOSTIC_TEST_DATE=2026-06-01", "SERVICE_REPORT_DATE=");
        Finding f = DidRecords.check("DIDS049", row);

        assertThat(f.value()).isEqualTo("2026-06-01");
        assertThat(f.message()).isEqualTo("DIAGNOSTIC TEST DATE '2026-06-01' is more than 4 months before the end of"
                + " the submission month (2026-10-31); expected less than 4 months (4 to under 7 months is late).");
    }

    @Test
    void rejectMessageSaysTheCutOffIsPassed() {
        String[] row = DidRecords.with("DIAGNOSTIC_TEST_DATE=2026-03-31", "SERVICE_REPORT_DATE=");
        Finding f = DidRecords.check("DIDS055", row);

        assertThat(f.message()).isEqualTo("DIAGNOSTIC TEST DATE '2026-03-31' is 7 months before the end of the"
                + " submission month (2026-10-31); records 7 months old or more are past the national cut-off.");
    }

    /**
     * §1.7 says the Spark rule equals the calendar rule (test month M−4…M−6 warn, ≤ M−7 reject).
     * Over four years of submission months and every test day in the year before, it does, except
     * for February submissions with a test on a 29th or 30th that is not its month's last day.
     */
    @Test
    void sparkRuleMatchesTheCalendarRuleExceptAfterFebruaryMonthEnds() {
        List<String> disagreements = new ArrayList<>();
        for (LocalDate sub = LocalDate.of(2025, 1, 10); sub.isBefore(LocalDate.of(2029, 1, 1)); sub = sub.plusMonths(1)) {
            for (LocalDate test = sub.minusMonths(13).withDayOfMonth(1); !test.isAfter(sub); test = test.plusDays(1)) {
                String spark = code(DidRecords.codes(DidRecords.validate(DidRecords.with(
                        "DIAGNOSTIC_TEST_REQUEST_DATE=", "DIAG_TEST_REQUEST_REC_DATE=", "SERVICE_REPORT_DATE=",
                        "DIAGNOSTIC_TEST_DATE=" + test), sub)));
                long monthsBack = (sub.getYear() - test.getYear()) * 12L + sub.getMonthValue() - test.getMonthValue();
                String calendar = monthsBack >= 7 ? "DIDS055" : monthsBack >= 4 ? "DIDS049" : "";
                if (!spark.equals(calendar)) {
                    boolean explained = sub.getMonthValue() == 2 && test.getDayOfMonth() > sub.lengthOfMonth()
                            && test.getDayOfMonth() < test.lengthOfMonth();
                    assertThat(explained).as("unexplained difference: submitted %s, test %s", sub, test).isTrue();
                    assertThat(spark).as("Spark counts it one band younger").isEqualTo(
                            calendar.equals("DIDS055") ? "DIDS049" : "");
                    disagreements.add(sub + "/" + test);
                }
            }
        }
        assertThat(disagreements).contains("2027-02-10/2026-10-30", "2028-02-10/2027-07-30")
                .doesNotContain("2028-02-10/2027-10-29");
    }

    private static String code(List<String> codes) {
        return codes.isEmpty() ? "" : String.join("|", codes);
    }
}
