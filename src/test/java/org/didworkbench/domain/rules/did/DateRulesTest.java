package org.didworkbench.domain.rules.did;

import static org.assertj.core.api.Assertions.assertThat;

import org.didworkbench.domain.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date format, floor, order, gap and birth-allowance rules. Each row sets the items it needs and
 * checks the one rule; the interplay tests at the end check the whole profile's codes.
 */
class DateRulesTest {

    @ParameterizedTest(name = "{0} {1} ''{2}'' fails={3}")
    @CsvSource({
            "DIDS005, PERSON_BIRTH_DATE, 1950-03-14, false",
            "DIDS005, PERSON_BIRTH_DATE, 2024-02-29, false",
            "DIDS005, PERSON_BIRTH_DATE, 2000-02-29, false",
            "DIDS005, PERSON_BIRTH_DATE, 2023-02-29, true",
            "DIDS005, PERSON_BIRTH_DATE, 1900-02-29, true",
            "DIDS005, PERSON_BIRTH_DATE, 1950-04-31, true",
            "DIDS005, PERSON_BIRTH_DATE, 1950-13-01, true",
            "DIDS005, PERSON_BIRTH_DATE, 1950-00-10, true",
            "DIDS005, PERSON_BIRTH_DATE, 1950-03-00, true",
            "DIDS005, PERSON_BIRTH_DATE, 1950-3-14,  true",
            "DIDS005, PERSON_BIRTH_DATE, 14/03/1950, true",
            "DIDS005, PERSON_BIRTH_DATE, 19500314,   true",
            "DIDS005, PERSON_BIRTH_DATE, 1950-03-14T00:00, true",
            "DIDS005, PERSON_BIRTH_DATE, ' 1950-03-14 ', false",
            "DIDS005, PERSON_BIRTH_DATE, '',         false",
            "DIDS026, DIAGNOSTIC_TEST_REQUEST_DATE, 2024-02-29, false",
            "DIDS026, DIAGNOSTIC_TEST_REQUEST_DATE, 2023-02-29, true",
            "DIDS026, DIAGNOSTIC_TEST_REQUEST_DATE, 2026-09-31, true",
            "DIDS036, DIAG_TEST_REQUEST_REC_DATE,   2000-02-29, false",
            "DIDS036, DIAG_TEST_REQUEST_REC_DATE,   2100-02-29, true",
            "DIDS036, DIAG_TEST_REQUEST_REC_DATE,   2026/09/02, true",
            "DIDS045, DIAGNOSTIC_TEST_DATE,         2024-02-29, false",
            "DIDS045, DIAGNOSTIC_TEST_DATE,         2026-02-29, true",
            "DIDS045, DIAGNOSTIC_TEST_DATE,         20-09-2026, true",
            "DIDS045, DIAGNOSTIC_TEST_DATE,         '',         false",
            "DIDS061, SERVICE_REPORT_DATE,          2024-02-29, false",
            "DIDS061, SERVICE_REPORT_DATE,          2025-02-29, true",
            "DIDS061, SERVICE_REPORT_DATE,          yesterday,  true",
    })
    void dateFormat(String code, String item, String value, boolean fails) {
        Finding f = DidRecords.check(code, DidRecords.withItem(item, value));

        assertThat(f != null).isEqualTo(fails);
    }

    @Test
    void dateFormatMessagesSayWhetherTheShapeOrTheDayIsWrong() {
        assertThat(DidRecords.check("DIDS005", DidRecords.withItem("PERSON_BIRTH_DATE", "2023-02-29")).message())
                .isEqualTo("PERSON BIRTH DATE '2023-02-29' is not a real calendar date; expected a real calendar date"
                        + " written CCYY-MM-DD with zero padding, e.g. 2026-09-20.");
        assertThat(DidRecords.check("DIDS045", DidRecords.withItem("DIAGNOSTIC_TEST_DATE", "20/09/2026")).message())
                .startsWith("DIAGNOSTIC TEST DATE '20/09/2026' is not written CCYY-MM-DD;");
    }

    @ParameterizedTest(name = "{0} {1}={2} fails={3}")
    @CsvSource({
            "DIDS009, PERSON_BIRTH_DATE,            1900-01-02, false",
            "DIDS009, PERSON_BIRTH_DATE,            1900-01-01, true",
            "DIDS009, PERSON_BIRTH_DATE,            1899-12-31, true",
            "DIDS009, PERSON_BIRTH_DATE,            1900-02-29, false",
            "DIDS031, DIAGNOSTIC_TEST_REQUEST_DATE, 1970-01-01, false",
            "DIDS031, DIAGNOSTIC_TEST_REQUEST_DATE, 1969-12-31, true",
            "DIDS041, DIAG_TEST_REQUEST_REC_DATE,   1970-01-01, false",
            "DIDS041, DIAG_TEST_REQUEST_REC_DATE,   1969-12-31, true",
    })
    void dateFloor(String code, String item, String value, boolean fails) {
        assertThat(DidRecords.check(code, DidRecords.withItem(item, value)) != null).isEqualTo(fails);
    }

    @Test
    void floorMessageQuotesTheValueAndTheEarliestDate() {
        Finding f = DidRecords.check("DIDS009", DidRecords.withItem("PERSON_BIRTH_DATE", "1900-01-01"));

        assertThat(f.message()).isEqualTo("PERSON BIRTH DATE '1900-01-01' is before 1900-01-02; expected a date on or"
                + " after 1900-01-02.");
    }

    @ParameterizedTest(name = "{0}: {1}={2}, {3}={4} fails={5}")
    @CsvSource({
            // the same day is fine; one day later fails
            "DIDS006, PERSON_BIRTH_DATE,            2026-09-20, DIAGNOSTIC_TEST_DATE,         2026-09-20, false",
            "DIDS006, PERSON_BIRTH_DATE,            2026-09-21, DIAGNOSTIC_TEST_DATE,         2026-09-20, true",
            "DIDS008, PERSON_BIRTH_DATE,            2026-09-21, SERVICE_REPORT_DATE,          2026-09-21, false",
            "DIDS008, PERSON_BIRTH_DATE,            2026-09-22, SERVICE_REPORT_DATE,          2026-09-21, true",
            "DIDS027, DIAGNOSTIC_TEST_REQUEST_DATE, 2026-09-02, DIAG_TEST_REQUEST_REC_DATE,   2026-09-02, false",
            "DIDS027, DIAGNOSTIC_TEST_REQUEST_DATE, 2026-09-03, DIAG_TEST_REQUEST_REC_DATE,   2026-09-02, true",
            "DIDS034, DIAGNOSTIC_TEST_REQUEST_DATE, 2026-09-20, DIAGNOSTIC_TEST_DATE,         2026-09-20, false",
            "DIDS034, DIAGNOSTIC_TEST_REQUEST_DATE, 2026-09-21, DIAGNOSTIC_TEST_DATE,         2026-09-20, true",
            "DIDS035, DIAGNOSTIC_TEST_REQUEST_DATE, 2026-09-21, SERVICE_REPORT_DATE,          2026-09-21, false",
            "DIDS035, DIAGNOSTIC_TEST_REQUEST_DATE, 2026-09-22, SERVICE_REPORT_DATE,          2026-09-21, true",
            "DIDS043, DIAG_TEST_REQUEST_REC_DATE,   2026-09-20, DIAGNOSTIC_TEST_DATE,         2026-09-20, false",
            "DIDS043, DIAG_TEST_REQUEST_REC_DATE,   2026-09-21, DIAGNOSTIC_TEST_DATE,         2026-09-20, true",
            "DIDS044, DIAG_TEST_REQUEST_REC_DATE,   2026-09-21, SERVICE_REPORT_DATE,          2026-09-21, false",
            "DIDS044, DIAG_TEST_REQUEST_REC_DATE,   2026-09-22, SERVICE_REPORT_DATE,          2026-09-21, true",
            "DIDS048, DIAGNOSTIC_TEST_DATE,         2026-09-21, SERVICE_REPORT_DATE,          2026-09-21, false",
            "DIDS048, DIAGNOSTIC_TEST_DATE,         2026-09-22, SERVICE_REPORT_DATE,          2026-09-21, true",
            // a missing or invalid date switches the comparison off
            "DIDS006, PERSON_BIRTH_DATE,            2026-09-21, DIAGNOSTIC_TEST_DATE,         '',         false",
            "DIDS006, PERSON_BIRTH_DATE,            2027-02-29, DIAGNOSTIC_TEST_DATE,         2026-09-20, false",
            "DIDS048, DIAGNOSTIC_TEST_DATE,         2026-09-22, SERVICE_REPORT_DATE,          2026-9-21,  false",
            "DIDS027, DIAGNOSTIC_TEST_REQUEST_DATE, '',         DIAG_TEST_REQUEST_REC_DATE,   2026-09-02, false",
            // request date late enough to be out of order only across a year end
            "DIDS027, DIAGNOSTIC_TEST_REQUEST_DATE, 2027-01-01, DIAG_TEST_REQUEST_REC_DATE,   2026-12-31, true",
    })
    void dateOrder(String code, String firstItem, String first, String secondItem, String second, boolean fails) {
        String[] row = DidRecords.withItem(firstItem, first);
        row[DidRecords.PROFILE.indexOf(secondItem)] = second;

        assertThat(DidRecords.check(code, row) != null).isEqualTo(fails);
    }

    @Test
    void orderMessageQuotesBothDates() {
        Finding f = DidRecords.check("DIDS027", DidRecords.with("DIAGNOSTIC_TEST_REQUEST_DATE=2026-09-03"));

        assertThat(f.value()).isEqualTo("2026-09-03");
        assertThat(f.message()).isEqualTo("DIAGNOSTIC TEST REQUEST DATE '2026-09-03' is after DIAGNOSTIC TEST REQUEST"
                + " RECEIVED DATE '2026-09-02'; expected on or before the DIAGNOSTIC TEST REQUEST RECEIVED DATE.");
    }

    @ParameterizedTest(name = "{0}: {1} .. {2} fails={3}")
    @CsvSource({
            // DIDS028: test - request > 365 days warns; 365 exactly is fine
            "DIDS028, 2025-09-20, 2026-09-20, false",
            "DIDS028, 2025-09-19, 2026-09-20, true",
            "DIDS028, 2023-09-20, 2024-09-19, false",
            "DIDS028, 2023-09-20, 2024-09-20, true",
            "DIDS028, 2024-02-29, 2025-02-28, false",
            "DIDS028, 2024-02-28, 2025-02-28, true",
            "DIDS028, 2024-03-01, 2025-03-01, false",
            // test before request is DIDS034's business, not a gap
            "DIDS028, 2026-09-21, 2026-09-20, false",
            // DIDS038: received earlier than test - 365 days warns
            "DIDS038, 2025-09-20, 2026-09-20, false",
            "DIDS038, 2025-09-19, 2026-09-20, true",
            "DIDS038, 2019-02-28, 2020-02-28, false",
            "DIDS038, 2019-02-28, 2020-02-29, true",
            // DIDS062: report more than one calendar month after the test warns
            "DIDS062, 2026-09-20, 2026-10-20, false",
            "DIDS062, 2026-09-20, 2026-10-21, true",
            "DIDS062, 2026-01-31, 2026-02-28, false",
            "DIDS062, 2026-01-31, 2026-03-01, true",
            "DIDS062, 2024-01-31, 2024-02-29, false",
            "DIDS062, 2024-01-31, 2024-03-01, true",
            "DIDS062, 2026-03-31, 2026-04-30, false",
            "DIDS062, 2026-03-31, 2026-05-01, true",
            "DIDS062, 2026-12-15, 2027-01-15, false",
            "DIDS062, 2026-12-15, 2027-01-16, true",
    })
    void dateGap(String code, String earlier, String later, boolean fails) {
        String[] row = switch (code) {
            case "DIDS028" -> DidRecords.with("DIAGNOSTIC_TEST_REQUEST_DATE=" + earlier,
                    "DIAGNOSTIC_TEST_DATE=" + later);
            case "DIDS038" -> DidRecords.with("DIAG_TEST_REQUEST_REC_DATE=" + earlier,
                    "DIAGNOSTIC_TEST_DATE=" + later);
            default -> DidRecords.with("DIAGNOSTIC_TEST_DATE=" + earlier, "SERVICE_REPORT_DATE=" + later);
        };

        assertThat(DidRecords.check(code, row) != null).isEqualTo(fails);
    }

    @Test
    void gapMessagesQuoteBothDatesAndTheAllowance() {
        Finding days = DidRecords.check("DIDS028", DidRecords.with("DIAGNOSTIC_TEST_REQUEST_DATE=2025-09-19"));
        Finding month = DidRecords.check("DIDS062", DidRecords.with("DIAGNOSTIC_TEST_DATE=2026-01-31",
                "SERVICE_REPORT_DATE=2026-03-01"));

        assertThat(days.value()).isEqualTo("2026-09-20");
        assertThat(days.message()).isEqualTo("DIAGNOSTIC TEST DATE '2026-09-20' is 366 days after DIAGNOSTIC TEST"
                + " REQUEST DATE '2025-09-19'; expected within 365 days.");
        assertThat(month.message()).isEqualTo("SERVICE REPORT ISSUE DATE '2026-03-01' is more than 1 calendar month"
                + " after DIAGNOSTIC TEST DATE '2026-01-31'; expected within 1 calendar month (on or before"
                + " 2026-02-28).");
    }

    @ParameterizedTest(name = "{0}: birth {1}, event {2} fails={3}")
    @CsvSource({
            // six whole months after the event's month is allowed, seven is not
            "DIDS010, 2026-07-31, 2026-01-15, false",
            "DIDS010, 2026-08-01, 2026-01-15, true",
            "DIDS010, 2026-07-01, 2026-01-31, false",
            "DIDS010, 2026-07-01, 2026-01-01, false",
            "DIDS010, 2026-08-31, 2026-02-01, false",
            "DIDS010, 2026-09-01, 2026-02-28, true",
            "DIDS010, 2026-06-30, 2025-12-01, false",
            "DIDS010, 2026-07-01, 2025-12-31, true",
            "DIDS010, 2024-08-31, 2024-02-29, false",
            "DIDS010, 2024-09-01, 2024-02-29, true",
            "DIDS010, 2024-08-31, 2024-02-01, false",
            // a birth date before the request is the normal case
            "DIDS010, 1950-03-14, 2026-09-01, false",
            "DIDS040, 2026-07-31, 2026-01-15, false",
            "DIDS040, 2026-08-01, 2026-01-15, true",
            "DIDS040, 2027-03-31, 2026-09-02, false",
            "DIDS040, 2027-04-01, 2026-09-02, true",
    })
    void birthMayFollowTheRequestBySixMonths(String code, String birth, String event, boolean fails) {
        String eventItem = code.equals("DIDS010") ? "DIAGNOSTIC_TEST_REQUEST_DATE" : "DIAG_TEST_REQUEST_REC_DATE";
        String[] row = DidRecords.with("PERSON_BIRTH_DATE=" + birth, eventItem + "=" + event);

        assertThat(DidRecords.check(code, row) != null).isEqualTo(fails);
    }

    @Test
    void birthAllowanceMessageCountsTheMonths() {
        Finding f = DidRecords.check("DIDS010", DidRecords.with("PERSON_BIRTH_DATE=2027-04-01"));

        assertThat(f.value()).isEqualTo("2027-04-01");
        assertThat(f.message()).isEqualTo("PERSON BIRTH DATE '2027-04-01' is in a month 7 months after the month of"
                + " DIAGNOSTIC TEST REQUEST DATE '2026-09-01'; expected a birth date no more than 6 calendar months"
                + " after it.");
    }

    @ParameterizedTest(name = "{0}={1} fails={2}")
    @CsvSource({
            "DIDS051, DIAGNOSTIC_TEST_DATE, 2026-10-15, false",
            "DIDS051, DIAGNOSTIC_TEST_DATE, 2026-10-16, true",
            "DIDS051, DIAGNOSTIC_TEST_DATE, 2027-01-01, true",
            "DIDS066, SERVICE_REPORT_DATE,  2026-10-15, false",
            "DIDS066, SERVICE_REPORT_DATE,  2026-10-16, true",
    })
    void notAfterTheSubmissionDate(String code, String item, String value, boolean fails) {
        assertThat(DidRecords.check(code, DidRecords.withItem(item, value)) != null).isEqualTo(fails);
    }

    @Test
    void futureDateMessageQuotesTheSubmissionDate() {
        Finding f = DidRecords.check("DIDS066", DidRecords.withItem("SERVICE_REPORT_DATE", "2026-10-16"));

        assertThat(f.message()).isEqualTo("SERVICE REPORT ISSUE DATE '2026-10-16' is after the submission date"
                + " (2026-10-15); expected a date on or before the submission date.");
    }

    /** The whole profile: which codes a realistic slip raises together. */
    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = ';', value = {
            // an invalid birth date raises only the format error, not the order rules
            "PERSON_BIRTH_DATE=2023-02-29; DIDS005",
            "PERSON_BIRTH_DATE=1900-02-29; DIDS005",
            "PERSON_BIRTH_DATE=1900-01-01; DIDS009",
            // born after the test and the report, more than six months after the request
            "PERSON_BIRTH_DATE=2027-04-01; DIDS006|DIDS008|DIDS010|DIDS040",
            // request and received swapped
            "DIAGNOSTIC_TEST_REQUEST_DATE=2026-09-03; DIDS027",
            // test date after the report, still before submission
            "DIAGNOSTIC_TEST_DATE=2026-09-22; DIDS048",
            // test date in the future: after the report too
            "DIAGNOSTIC_TEST_DATE=2026-10-16; DIDS048|DIDS051",
            // report two months after the test
            "SERVICE_REPORT_DATE=2026-11-21; DIDS062|DIDS066",
            // a year-old request
            "DIAGNOSTIC_TEST_REQUEST_DATE=2025-09-01,DIAG_TEST_REQUEST_REC_DATE=2025-09-02; DIDS028|DIDS038",
    })
    void realisticSlips(String overrides, String codes) {
        assertThat(DidRecords.codesFor(DidRecords.with(overrides.split(","))))
                .containsExactlyElementsOf(DidRecords.expected(codes));
    }
}
