package org.didworkbench.domain.outliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutlierAnalyserTest {
    private final NhsNumbers nhs = new NhsNumbers();

    private static OutlierAnalyser analyse(List<Row> rows) {
        return analyse(rows, OutlierSettings.defaults(), ReferenceData.none());
    }

    private static OutlierAnalyser analyse(List<Row> rows, OutlierSettings settings, ReferenceData reference) {
        OutlierAnalyser a = OutlierAnalyser.didV1(Row.PROFILE, settings, reference);
        for (int i = 0; i < rows.size(); i++) {
            a.observe(rows.get(i).view(i + 1));
        }
        return a;
    }

    private static List<Issue> issues(OutlierAnalyser a, String code) {
        return a.findings().stream().filter(i -> i.rule().equals(code)).toList();
    }

    /** A planned MRI brain scan: request and test dates, nothing else dated. */
    private Row mri(String request, String test) {
        return Row.of().nhs(nhs.next()).nicip("MBRAI").set(7, "03").request(request).received("").test(test)
                .report("").accession("A" + nhs.next());
    }

    @Test
    void anExtremeWaitIsFlaggedWithTheNumbersThatExplainIt() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 59; i++) {
            rows.add(mri("2026-08-21", "2026-09-10"));
        }
        rows.add(mri("2025-08-01", "2026-09-17"));

        List<Issue> outliers = issues(analyse(rows), "DQW-OUT-REQ-TEST");

        // 60 waits: 59 of 20 days and one of 412; median and 90th percentile 20 days, so the spread is the
        // minimum 0.25 and the flag line is exp(ln 21 + 3.5 x 0.25) - 1 = 49.4 days
        assertThat(outliers).containsExactly(new Issue(60, 61, "DQW-OUT-REQ-TEST", Severity.WARNING,
                List.of("DIAGNOSTIC_TEST_REQUEST_DATE", "DIAGNOSTIC_TEST_DATE"), "2025-08-01",
                "Request to test 412 days (DIAGNOSTIC TEST REQUEST DATE '2025-08-01' to DIAGNOSTIC TEST DATE "
                        + "'2026-09-17'); MRI (not inpatient or A&E) in this file: median 20 days, usual range 20 days "
                        + "(5th to 95th percentile of 60); more than 49 days is an outlier. Check both dates."));
    }

    @Test
    void anXrayReported27DaysAfterTheTestIsFlaggedWhereReportsComeWithinAWeek() {
        // the issue's own example: a department that reports X-rays the same day or within a week; on the log
        // scale alone (median 0) the line would be far beyond 27 days, the tail factor keeps it near the tail
        List<Row> rows = new ArrayList<>();
        int[] usual = {0, 0, 0, 0, 0, 0, 1, 2, 3, 6};
        for (int i = 0; i < 200; i++) {
            rows.add(xray("2026-09-07", "2026-09-09", LocalDate.of(2026, 9, 9).plusDays(usual[i % usual.length])));
        }
        rows.add(xray("2026-09-07", "2026-09-09", LocalDate.of(2026, 10, 6)));

        List<Issue> late = issues(analyse(rows), "DQW-OUT-TEST-REP");

        // 95th percentile 6 days, so the line is 3 x (1 + 6) - 1 = 20 days
        assertThat(late).singleElement().satisfies(i -> {
            assertThat(i.record()).isEqualTo(201);
            assertThat(i.message()).startsWith("Test to report 27 days").contains("median 0 days")
                    .contains("more than 20 days is an outlier");
        });
        assertThat(issues(analyse(rows, settingsWith("outliers.tail-factor", "0"), ReferenceData.none()),
                "DQW-OUT-TEST-REP")).as("with the tail factor off only the log band applies").isEmpty();
    }

    private Row xray(String request, String test, LocalDate report) {
        return Row.of().nhs(nhs.next()).nicip("XHIPL").set(7, "03").request(request).received("").test(test)
                .report(report.toString()).accession("A" + nhs.next());
    }

    private static OutlierSettings settingsWith(String key, String value) {
        Properties p = new Properties();
        p.setProperty(key, value);
        return OutlierSettings.fromProperties(p);
    }

    @Test
    void aSmallGroupIsJudgedByTheFixedLimit() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            rows.add(mri("2026-08-11", "2026-09-10").nicip("KCBMD"));
        }
        rows.add(mri("2025-11-14", "2026-09-10").nicip("KCBMD"));  // 300 days: long, within the limit
        rows.add(mri("2025-08-01", "2026-09-10").nicip("KCBMD"));  // 405 days

        List<Issue> outliers = issues(analyse(rows), "DQW-OUT-REQ-TEST");

        assertThat(outliers).singleElement().satisfies(i -> {
            assertThat(i.record()).isEqualTo(11);
            assertThat(i.message()).isEqualTo("Request to test 405 days (DIAGNOSTIC TEST REQUEST DATE '2025-08-01' "
                    + "to DIAGNOSTIC TEST DATE '2026-09-10'); only 11 Cone-beam CT records in this file have this "
                    + "interval, too few for a band of their own (50 needed), so the fixed limit applies: more than "
                    + "365 days is implausible. Check both dates.");
        });
    }

    @ParameterizedTest
    @CsvSource({"2026-07-31, 41, false", "2026-07-30, 42, true"})
    void waitsOfSixWeeksOrMoreGetTheInformationalDm01Flag(String request, int days, boolean flagged) {
        List<Issue> dm01 = issues(analyse(List.of(mri(request, "2026-09-10"))), "DQW-DM01-6WK");

        if (!flagged) {
            assertThat(dm01).isEmpty();
            return;
        }
        assertThat(dm01).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.fields()).containsExactly("DIAGNOSTIC_TEST_REQUEST_DATE", "DIAGNOSTIC_TEST_DATE");
            assertThat(i.message()).isEqualTo("Request to test " + days + " days (DIAGNOSTIC TEST REQUEST DATE '"
                    + request + "' to DIAGNOSTIC TEST DATE '2026-09-10'): 6 weeks (42 days) or more. The DM01 "
                    + "standard is that patients wait less than 6 weeks from request to test; this is "
                    + "informational, not an error in the data.");
        });
    }

    @ParameterizedTest
    @CsvSource({"2026-10-08, false", "2026-10-09, true"})
    void reportsMoreThan28DaysAfterTheTestGetTheInformationalTurnaroundFlag(String report, boolean flagged) {
        Row row = mri("2026-09-01", "2026-09-10").report(report);

        List<Issue> tat = issues(analyse(List.of(row)), "DQW-TAT-28D");

        if (!flagged) {
            assertThat(tat).isEmpty();
            return;
        }
        assertThat(tat).singleElement().extracting(Issue::message).isEqualTo("Test to report 29 days (DIAGNOSTIC "
                + "TEST DATE '2026-09-10' to SERVICE REPORT ISSUE DATE '2026-10-09'): reported more than 28 days "
                + "after the test. NHS England's reporting turnaround guidance is that no examination should take "
                + "longer than 4 weeks to report; this is informational, not an error in the data.");
    }

    @Test
    void datesInTheWrongOrderAreLeftToTheNationalRules() {
        Row reportBeforeTest = mri("2026-09-01", "2026-09-10").report("2025-09-09");
        Row testBeforeRequest = mri("2027-09-01", "2026-09-10");

        assertThat(analyse(List.of(reportBeforeTest, testBeforeRequest)).findings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2010-09-11, true, 15", "2010-09-10, false, 16"})
    void aBoneDensityScanUnder16IsImplausible(String birth, boolean flagged, int age) {
        Row dexa = mri("2026-08-01", "2026-09-10").nicip("XDEXA").dob(birth);

        List<Issue> ages = issues(analyse(List.of(dexa)), "DQW-AGE-EXAM");

        if (!flagged) {
            assertThat(ages).isEmpty();
            return;
        }
        assertThat(ages).singleElement().satisfies(i -> {
            assertThat(i.value()).isEqualTo(birth);
            assertThat(i.fields()).containsExactly("PERSON_BIRTH_DATE", "DIAGNOSTIC_TEST_DATE", "IMAGING_CODE_NICIP");
            assertThat(i.message()).isEqualTo("Age at test " + age + " (PERSON BIRTH DATE '" + birth + "', "
                    + "DIAGNOSTIC TEST DATE '2026-09-10') is implausible for IMAGING CODE (NICIP) 'XDEXA' (bone "
                    + "densitometry): expected age 16 or over. Bone density scans of children are done only in "
                    + "specialist paediatric centres; under 16 a wrong PERSON BIRTH DATE is the likelier explanation.");
        });
    }

    @Test
    void anyExaminationOver110IsImplausible() {
        Row old = mri("2026-09-01", "2026-09-10").dob("1910-01-01");

        assertThat(issues(analyse(List.of(old)), "DQW-AGE-EXAM")).singleElement().extracting(Issue::message)
                .asString().startsWith("Age at test 116 (PERSON BIRTH DATE '1910-01-01', DIAGNOSTIC TEST DATE "
                        + "'2026-09-10') is implausible for IMAGING CODE (NICIP) 'MBRAI' (any examination): "
                        + "expected age 110 or under.");
    }

    @Test
    void obstetricAndPaediatricRowsUseTheNicipPreferredTerm() {
        ReferenceData nicip = StubImagingCodes.reference(
                StubImagingCodes.entry("UOBDA", null, "US obstetric dating scan", "Ultrasound"),
                StubImagingCodes.entry("XHANBY", null, "XR hand for bone age", "Plain radiography"));
        Row man = mri("2026-09-01", "2026-09-10").nicip("UOBDA").gender("1").dob("1990-01-01");
        Row older = mri("2026-09-01", "2026-09-10").nicip("UOBDA").gender("2").dob("1960-01-01");
        Row usual = mri("2026-09-01", "2026-09-10").nicip("UOBDA").gender("2").dob("1995-01-01");
        Row unknownGender = mri("2026-09-01", "2026-09-10").nicip("UOBDA").gender("9").dob("1995-01-01");
        Row adultBoneAge = mri("2026-09-01", "2026-09-10").nicip("XHANBY").dob("1996-01-01");

        OutlierAnalyser a = analyse(List.of(man, older, usual, unknownGender, adultBoneAge),
                OutlierSettings.defaults(), nicip);

        assertThat(issues(a, "DQW-GENDER-EXAM")).singleElement().satisfies(i -> {
            assertThat(i.record()).isEqualTo(1);
            assertThat(i.fields()).containsExactly("PERSON_GENDER_CODE", "IMAGING_CODE_NICIP");
            assertThat(i.message()).isEqualTo("PERSON GENDER CODE CURRENT '1' (male) is implausible for IMAGING "
                    + "CODE (NICIP) 'UOBDA' (obstetric imaging): expected '2' (female). Obstetric examinations are "
                    + "of pregnant women; a male gender or an age outside 10 to 60 usually means a wrong PERSON "
                    + "GENDER CODE CURRENT or PERSON BIRTH DATE.");
        });
        assertThat(issues(a, "DQW-AGE-EXAM")).extracting(Issue::record).containsExactly(2L, 5L);
        assertThat(issues(a, "DQW-AGE-EXAM").get(0).message()).contains("expected age 10 to 60");
        assertThat(issues(a, "DQW-AGE-EXAM").get(1).message())
                .contains("'XHANBY' (paediatric-only examination): expected age 18 or under");
    }

    @ParameterizedTest
    @CsvSource({
        "UOBDA, 1965-09-10, 61, true", "UOBDA, 1965-09-11, 60, false",
        "MBRAI, 1915-09-10, 111, true", "MBRAI, 1915-09-11, 110, false"})
    void upperAgeLimitsAreInclusive(String code, String birth, int age, boolean flagged) {
        ReferenceData nicip = StubImagingCodes.reference(
                StubImagingCodes.entry("UOBDA", null, "US obstetric dating scan", "Ultrasound"));
        Row row = mri("2026-09-01", "2026-09-10").nicip(code).dob(birth);

        List<Issue> ages = issues(analyse(List.of(row), OutlierSettings.defaults(), nicip), "DQW-AGE-EXAM");

        assertThat(ages).hasSize(flagged ? 1 : 0);
        ages.forEach(i -> assertThat(i.message()).startsWith("Age at test " + age + " "));
    }

    @Test
    void withoutTheNicipTableOnlyCodePatternsApply() {
        Row man = mri("2026-09-01", "2026-09-10").nicip("UOBDA").gender("1");

        assertThat(analyse(List.of(man)).findings()).isEmpty();
    }

    @Test
    void theSameExaminationUnderTwoAccessionNumbersIsALikelyDuplicate() {
        Row first = Row.of().nicip("CCHES").site("RR801").test("2026-09-03").accession("ACC1");
        Row second = Row.of().nicip("CCHES").site("RR801").test("2026-09-03").accession("ACC2");
        Row otherDay = Row.of().nicip("CCHES").site("RR801").test("2026-09-04").accession("ACC3");
        Row otherSite = Row.of().nicip("CCHES").site("RR802").test("2026-09-03").accession("ACC4");

        List<Issue> dups = issues(analyse(List.of(first, second, otherDay, otherSite)), "DQW-DUP-EXAM");

        assertThat(dups).extracting(Issue::record).containsExactly(1L, 2L);
        assertThat(dups.get(0)).isEqualTo(new Issue(1, 2, "DQW-DUP-EXAM", Severity.WARNING,
                List.of("RADIOLOGICAL_ACCESSION_NUM", "NHS_NUMBER", "IMAGING_CODE_NICIP", "SITE_CODE_IMAGING",
                        "DIAGNOSTIC_TEST_DATE"), "",
                "Likely duplicate examination: the same NHS NUMBER, IMAGING CODE (NICIP) 'CCHES', SITE CODE (OF "
                        + "IMAGING) 'RR801' and DIAGNOSTIC TEST DATE '2026-09-03' are shared by 2 records with "
                        + "different RADIOLOGICAL ACCESSION NUMBERs (also line 3). Expected one record per "
                        + "examination; check whether the examination was sent twice."));
        assertThat(dups.get(1).message()).contains("(also line 2)");
    }

    @Test
    void anEditAfterBandsAloneIsJudgedAsAfterTheFullPassLikelyDuplicatesIncluded() {
        List<Row> rows = List.of(Row.of().nicip("CCHES").site("RR801").test("2026-09-03").accession("ACC1"),
                Row.of().nicip("CCHES").site("RR801").test("2026-09-04").accession("ACC2"));
        // record 2 edited onto record 1's test date: now the same examination under another accession number
        Row edited = Row.of().nicip("CCHES").site("RR801").test("2026-09-03").accession("ACC2");
        OutlierAnalyser full = analyse(rows);
        full.findings();
        OutlierAnalyser quick = analyse(rows);
        quick.bands();

        List<Issue> afterFull = full.checkOne(edited.view(2));
        assertThat(quick.checkOne(edited.view(2))).isEqualTo(afterFull);
        assertThat(afterFull).extracting(Issue::rule).contains("DQW-DUP-EXAM");
    }

    @Test
    void theSameAccessionNumberTwiceIsLeftToTheNationalDuplicateRule() {
        Row first = Row.of().accession("ACC1");
        Row again = Row.of().accession("ACC1");

        assertThat(issues(analyse(List.of(first, again)), "DQW-DUP-EXAM")).isEmpty();
    }

    @Test
    void withoutAnNhsNumberBirthDateAndPostcodeIdentifyThePatient() {
        Row first = Row.of().nhs("").postcode("LS1 4HR").accession("ACC1");
        Row second = Row.of().nhs(" ").postcode("ls14hr").accession("ACC2");
        Row noFixedAbode = Row.of().nhs("").postcode("ZZ99 3VZ").accession("ACC3");
        Row noFixedAbodeAgain = Row.of().nhs("").postcode("ZZ99 3VZ").accession("ACC4");

        List<Issue> dups = issues(analyse(List.of(first, second, noFixedAbode, noFixedAbodeAgain)), "DQW-DUP-EXAM");

        assertThat(dups).extracting(Issue::record).containsExactly(1L, 2L);
        assertThat(dups.get(0).message()).startsWith("Likely duplicate examination: the same PERSON BIRTH DATE and "
                + "POSTCODE OF USUAL ADDRESS, IMAGING CODE (NICIP) 'MBRAI'");
        assertThat(dups.get(0).fields()).contains("PERSON_BIRTH_DATE").doesNotContain("NHS_NUMBER");
    }

    @Test
    void everyRecordOfADuplicateGroupIsFlaggedWhenTwoAccessionNumbersDiffer() {
        List<Issue> dups = issues(analyse(List.of(Row.of().accession("A"), Row.of().accession("A"),
                Row.of().accession("B"))), "DQW-DUP-EXAM");

        assertThat(dups).extracting(Issue::record).containsExactly(1L, 2L, 3L);
        assertThat(dups.get(2).message()).contains("shared by 3 records").contains("(also lines 2, 3)");
    }

    @Test
    void waitingTimeFiguresPerModalityAndForTheWholeFile() {
        List<Row> rows = new ArrayList<>();
        int[] mriWaits = {0, 10, 20, 45, 50};
        String[] mriReports = {"0", "1", "2", "30", ""};
        for (int k = 0; k < 5; k++) {
            Row r = mri("2026-09-01", day(1 + mriWaits[k]));
            r.report(mriReports[k].isEmpty() ? "" : day(1 + mriWaits[k] + Integer.parseInt(mriReports[k])));
            rows.add(r);
        }
        for (int wait : new int[] {0, 0, 3}) {
            rows.add(mri("2026-09-01", day(1 + wait)).nicip("CHEAD").report(day(1 + wait)));
        }

        List<WaitingTimeStats> stats = analyse(rows).waitingTimeStats();

        assertThat(stats).extracting(WaitingTimeStats::modality).containsExactly("CT", "MRI", "All modalities");
        WaitingTimeStats mri = stats.get(1);
        assertThat(mri.records()).isEqualTo(5);
        assertThat(mri.requestToTest()).isEqualTo(new IntervalSummary(5, 20, 48));   // 45 + 0.6 x (50 - 45)
        assertThat(mri.longWaits()).isEqualTo(2);
        assertThat(mri.longWaitShare()).isEqualTo(0.4);
        assertThat(mri.testToReport().count()).isEqualTo(4);
        assertThat(mri.testToReport().median()).isEqualTo(1.5);
        assertThat(mri.testToReport().p90()).isCloseTo(21.6, within(1e-9));    // 2 + 0.7 x (30 - 2)
        assertThat(mri.lateReports()).isEqualTo(1);
        assertThat(mri.lateReportShare()).isEqualTo(0.25);
        WaitingTimeStats ct = stats.get(0);
        assertThat(ct.requestToTest().median()).isEqualTo(0);
        assertThat(ct.requestToTest().p90()).isCloseTo(2.4, within(1e-9));
        assertThat(ct.longWaits()).isZero();
        WaitingTimeStats all = stats.get(2);
        assertThat(all.records()).isEqualTo(8);
        assertThat(all.requestToTest().median()).isEqualTo(6.5);                // between 3 and 10
        assertThat(all.requestToTest().p90()).isCloseTo(46.5, within(1e-9));
        assertThat(all.testToReport().count()).isEqualTo(7);
        assertThat(all.testToReport().median()).isEqualTo(0);
        assertThat(all.testToReport().p90()).isCloseTo(13.2, within(1e-9));     // 2 + 0.4 x (30 - 2)
        assertThat(all.lateReports()).isEqualTo(1);
    }

    private static String day(int dayOfSeptember) {
        return LocalDate.of(2026, 9, 1).plusDays(dayOfSeptember - 1L).toString();
    }

    @Test
    void theModalityComesFromTheNicipTableWhenLoadedEvenForSnomedOnlyRecords() {
        ReferenceData table = StubImagingCodes.reference(
                StubImagingCodes.entry("MBRAI", "816077007", "MRI brain", "Magnetic resonance imaging"),
                StubImagingCodes.entry("ZZZZ1", null, "A code the letter would misfile", "Computed tomography"));
        Row snomedOnly = mri("2026-09-01", "2026-09-10").nicip("").snomed("816077007");
        Row misfiled = mri("2026-09-01", "2026-09-10").nicip("zzzz1");
        Row notInTable = mri("2026-09-01", "2026-09-10").nicip("").snomed("123456789");

        List<WaitingTimeStats> stats = analyse(List.of(snomedOnly, misfiled, notInTable), OutlierSettings.defaults(),
                table).waitingTimeStats();

        assertThat(stats).extracting(WaitingTimeStats::modality, WaitingTimeStats::records).containsExactly(
                tuple("CT", 1L), tuple("MRI", 1L),
                tuple("Unknown modality", 1L),
                tuple("All modalities", 3L));
    }

    @Test
    void everyRuleIsAPlausibilityWarningWithADescription() {
        List<Rule> rules = OutlierAnalyser.didV1(Row.PROFILE, OutlierSettings.defaults(), ReferenceData.none())
                .rules();

        assertThat(rules).extracting(Rule::code).containsExactlyElementsOf(OutlierRules.codes());
        assertThat(rules).extracting(Rule::code).containsExactly("DQW-OUT-REQ-REC", "DQW-OUT-REQ-TEST",
                "DQW-OUT-REQ-REP", "DQW-OUT-REC-TEST", "DQW-OUT-REC-REP", "DQW-OUT-TEST-REP", "DQW-DM01-6WK",
                "DQW-TAT-28D", "DQW-AGE-EXAM", "DQW-GENDER-EXAM", "DQW-DUP-EXAM", "DQW-DAY-VOLUME", "DQW-SITE-VOLUME");
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.kind()).isEqualTo(RuleKind.PLAUSIBILITY);
            assertThat(r.description()).isNotBlank();
            assertThat(r.fields()).isNotEmpty().allSatisfy(f -> assertThat(Row.PROFILE.item(f)).isPresent());
        });
        assertThat(rules.get(1).description()).isEqualTo("Request to test (DIAGNOSTIC TEST REQUEST DATE to "
                + "DIAGNOSTIC TEST DATE) far longer than is usual for the examination's modality in this file: more "
                + "than 3.5 robust spreads above the median on a log-days scale or more than 3.0 times (1 + the 95th "
                + "percentile) days, whichever is less (groups of at least 50 waits), else "
                + "more than 365 days; never flagged at 14 days or less.");
    }

    @Test
    void aDisabledRuleIsNeitherListedNorRaised() {
        Properties p = new Properties();
        p.setProperty("rules.disabled", "DQW-DM01-6WK");
        OutlierSettings settings = OutlierSettings.fromProperties(p);

        OutlierAnalyser a = analyse(List.of(mri("2026-06-01", "2026-09-10")), settings, ReferenceData.none());

        assertThat(a.rules()).extracting(Rule::code).doesNotContain("DQW-DM01-6WK").hasSize(12);
        assertThat(a.findings()).extracting(Issue::rule).doesNotContain("DQW-DM01-6WK");
    }

    @Test
    void theTwoPhasesMustComeInOrder() {
        OutlierAnalyser a = analyse(List.of(Row.of()));

        assertThatThrownBy(() -> a.checkOne(Row.of().view(1))).isInstanceOf(IllegalStateException.class);
        a.findings();
        assertThatThrownBy(() -> a.observe(Row.of().view(2))).isInstanceOf(IllegalStateException.class);
        assertThat(a.findings()).isEqualTo(a.findings());
    }
}
