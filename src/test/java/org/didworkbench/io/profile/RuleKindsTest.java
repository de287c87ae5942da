package org.didworkbench.io.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.reference.ImagingCodeEntry;
import org.didworkbench.domain.reference.LoadedReferenceData;
import org.didworkbench.domain.reference.MapImagingCodeTable;
import org.didworkbench.domain.reference.MapOdsDirectory;
import org.didworkbench.domain.reference.OdsOrganisation;
import org.didworkbench.domain.reference.OdsType;
import org.didworkbench.domain.reference.PackedPostcodeDirectory;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;
import org.didworkbench.domain.rules.UniquenessRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule kind a profile file can bind, end to end: JSON → binder → validator → issue, with the exact
 * message. The rules are bound on {@link TestProfile}'s items.
 */
class RuleKindsTest {

    /** One rule of a kind: its issues on the clean record with one change ("" = none). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiterString = " ~ ", textBlock = """
            {"kind": "required", "code": "R1", "severity": "error", "item": "ACCESSION"} ~ ACCESSION=   ~ R1: RADIOLOGICAL ACCESSION NUMBER is blank; it is mandatory, so a value must be supplied.
            {"kind": "required", "code": "R1", "severity": "error", "item": "ACCESSION"} ~ ACCESSION=A1 ~ ''
            {"kind": "format", "code": "F1", "severity": "error", "item": "ACCESSION", "maxLength": 5} ~ ACCESSION=ABCDEF ~ F1: RADIOLOGICAL ACCESSION NUMBER 'ABCDEF' is 6 characters long; expected at most 5 characters.
            {"kind": "format", "code": "F1", "severity": "error", "item": "ACCESSION", "length": 3} ~ ACCESSION=AB ~ F1: RADIOLOGICAL ACCESSION NUMBER 'AB' is 2 characters long; expected exactly 3 characters.
            {"kind": "format", "code": "F1", "severity": "error", "item": "SITE", "pattern": "[A-Z0-9]{5}|[A-Z0-9]{9}", "expected": "5 or 9 letters and digits, e.g. RZZ01"} ~ SITE=RZZ1 ~ F1: ORGANISATION SITE IDENTIFIER (OF IMAGING) 'RZZ1' is not in the expected format; expected 5 or 9 letters and digits, e.g. RZZ01.
            {"kind": "format", "code": "F1", "severity": "error", "item": "SITE", "pattern": "[A-Z0-9]{5}"} ~ SITE=rzz01 ~ F1: ORGANISATION SITE IDENTIFIER (OF IMAGING) 'rzz01' is not in the expected format; expected a value matching the pattern [A-Z0-9]{5}.
            {"kind": "codeList", "code": "C1", "severity": "error", "item": "PRIORITY"} ~ PRIORITY=4 ~ C1: SERVICE REQUEST PRIORITY TYPE '4' is not a valid code; expected one of 1, 2 or 3.
            {"kind": "codeList", "code": "C1", "severity": "error", "item": "CATEGORY"} ~ CATEGORY=1 ~ C1: DIAGNOSTIC IMAGING ACTIVITY CATEGORY '1' is not a valid code; expected one of 01, 02 or 03 (the leading zero is required: '01').
            {"kind": "codeList", "code": "C1", "severity": "error", "item": "CATEGORY", "codes": ["01", "02"]} ~ CATEGORY=03 ~ C1: DIAGNOSTIC IMAGING ACTIVITY CATEGORY '03' is not a valid code; expected one of 01 or 02.
            {"kind": "checkDigit", "code": "K1", "severity": "error", "item": "NHS_NUMBER", "scheme": "nhs"} ~ NHS_NUMBER=943 476 5918 ~ K1: NHS NUMBER '9434765918' fails the modulus 11 check digit; expected a 10-digit NHS number whose last digit is its check digit.
            {"kind": "checkDigit", "code": "K1", "severity": "error", "item": "NHS_NUMBER", "scheme": "nhs"} ~ NHS_NUMBER=943-476-5919 ~ ''
            {"kind": "checkDigit", "code": "K2", "severity": "error", "item": "SNOMED", "scheme": "sctid"} ~ SNOMED=169069001 ~ K2: CODED PROCEDURE (SNOMED CT) '169069001' is not a SNOMED CT concept identifier: it fails the Verhoeff check digit; expected 6 to 18 digits with no leading zero, partition 00 or 10 and a valid Verhoeff check digit, e.g. 169069000.
            {"kind": "checkDigit", "code": "K2", "severity": "error", "item": "SNOMED", "scheme": "sctid"} ~ SNOMED=169069000 ~ ''
            {"kind": "date", "code": "D1", "severity": "error", "item": "CLOCK_START"} ~ CLOCK_START=2026-02-30 ~ D1: DIAGNOSTIC IMAGING WAITING LIST CLOCK START DATE '2026-02-30' is not a real calendar date; expected a real calendar date written CCYY-MM-DD with zero padding, e.g. 2026-09-20.
            {"kind": "timestamp", "code": "T1", "severity": "error", "item": "START"} ~ START=2026-10-02T10:15:00 ~ T1: CODED PROCEDURE START TIMESTAMP '2026-10-02T10:15:00' has no UTC offset; expected a date and time written CCYY-MM-DDThh:mm:ss followed by +01:00, +00:00, -00:00 or Z, e.g. 2026-09-20T14:05:00+01:00 in British Summer Time or 2026-12-01T09:18:00Z in winter.
            {"kind": "timestamp", "code": "T1", "severity": "error", "item": "START"} ~ START=2026-10-02T10:15:00+02:00 ~ T1: CODED PROCEDURE START TIMESTAMP '2026-10-02T10:15:00+02:00' has the offset +02:00, which is not allowed; expected +01:00, +00:00, -00:00 or Z (the time as shown on the UK clock).
            {"kind": "timestamp", "code": "T1", "severity": "error", "item": "START"} ~ START=2026-10-02T10:15:00.250Z ~ T1: CODED PROCEDURE START TIMESTAMP '2026-10-02T10:15:00.250Z' has fractions of a second, which the format does not allow; expected a date and time written CCYY-MM-DDThh:mm:ss followed by +01:00, +00:00, -00:00 or Z, e.g. 2026-09-20T14:05:00+01:00 in British Summer Time or 2026-12-01T09:18:00Z in winter.
            {"kind": "timestamp", "code": "T1", "severity": "error", "item": "START"} ~ START=2026-10-02 ~ T1: CODED PROCEDURE START TIMESTAMP '2026-10-02' is a date with no time or offset; expected a date and time written CCYY-MM-DDThh:mm:ss followed by +01:00, +00:00, -00:00 or Z, e.g. 2026-09-20T14:05:00+01:00 in British Summer Time or 2026-12-01T09:18:00Z in winter.
            {"kind": "timestamp", "code": "T1", "severity": "error", "item": "START", "offsets": ["Z"]} ~ START=2026-10-02T10:15:00+00:00 ~ T1: CODED PROCEDURE START TIMESTAMP '2026-10-02T10:15:00+00:00' has the offset +00:00, which is not allowed; expected Z (the time as shown on the UK clock).
            {"kind": "notBefore", "code": "B1", "severity": "error", "item": "BIRTH", "date": "1900-01-02"} ~ BIRTH=1900-01-01 ~ B1: PERSON BIRTH DATE '1900-01-01' is before 1900-01-02; expected a date on or after 1900-01-02.
            {"kind": "order", "code": "O1", "severity": "error", "earlier": "START", "later": "END"} ~ END=2026-10-02T09:00:00Z ~ O1: CODED PROCEDURE START TIMESTAMP '2026-10-02T10:15:00+01:00' is after CODED PROCEDURE END TIMESTAMP '2026-10-02T09:00:00Z'; expected on or before the CODED PROCEDURE END TIMESTAMP (offsets applied).
            {"kind": "order", "code": "O1", "severity": "error", "earlier": "START", "later": "END"} ~ END=2026-10-02T09:30:00Z ~ ''
            {"kind": "order", "code": "O2", "severity": "error", "earlier": "CLOCK_START", "later": "START"} ~ CLOCK_START=2026-10-03 ~ O2: DIAGNOSTIC IMAGING WAITING LIST CLOCK START DATE '2026-10-03' is after CODED PROCEDURE START TIMESTAMP '2026-10-02T10:15:00+01:00'; expected on or before the CODED PROCEDURE START TIMESTAMP.
            {"kind": "intervalLimit", "code": "W1", "severity": "warning", "from": "CLOCK_START", "to": "START", "maxDays": 42} ~ CLOCK_START=2026-08-20 ~ W1: CODED PROCEDURE START TIMESTAMP '2026-10-02T10:15:00+01:00' is 43 days after DIAGNOSTIC IMAGING WAITING LIST CLOCK START DATE '2026-08-20'; expected within 42 days.
            {"kind": "intervalLimit", "code": "W1", "severity": "warning", "from": "CLOCK_START", "to": "START", "maxDays": 42} ~ CLOCK_START=2026-08-21 ~ ''
            {"kind": "notAfterSubmission", "code": "S1", "severity": "error", "item": "END"} ~ END=2026-11-17T00:00:00Z ~ S1: CODED PROCEDURE END TIMESTAMP '2026-11-17T00:00:00Z' is after the submission date (2026-11-16); expected a date on or before the submission date.
            {"kind": "atLeastOne", "code": "A1", "severity": "error", "items": ["NICIP", "SNOMED"]} ~ NICIP= ~ A1: Neither CODED PROCEDURE (NICIP) nor CODED PROCEDURE (SNOMED CT) is supplied; expected at least one of them.
            {"kind": "requiredIf", "code": "Q1", "severity": "error", "item": "CATEGORY", "equals": ["01"], "then": "CLOCK_START"} ~ CLOCK_START= ~ Q1: DIAGNOSTIC IMAGING WAITING LIST CLOCK START DATE is blank, but DIAGNOSTIC IMAGING ACTIVITY CATEGORY '01' makes it required; expected a DIAGNOSTIC IMAGING WAITING LIST CLOCK START DATE whenever the DIAGNOSTIC IMAGING ACTIVITY CATEGORY is 01 (Diagnostic Waiting List).
            {"kind": "requiredIf", "code": "Q1", "severity": "error", "item": "CATEGORY", "equals": ["01"], "then": "CLOCK_START"} ~ CATEGORY=03;CLOCK_START= ~ ''
            {"kind": "builtin", "name": "monthsAfterBirth", "code": "M1", "severity": "error", "birth": "BIRTH", "event": "CLOCK_START", "months": 6} ~ BIRTH=2027-04-01 ~ M1: PERSON BIRTH DATE '2027-04-01' is in a month 7 months after the month of DIAGNOSTIC IMAGING WAITING LIST CLOCK START DATE '2026-09-01'; expected a birth date no more than 6 calendar months after it.
            {"kind": "builtin", "name": "submissionCutOff", "code": "X1", "severity": "error", "item": "CLOCK_START", "fromMonths": 7} ~ CLOCK_START=2026-04-30 ~ X1: DIAGNOSTIC IMAGING WAITING LIST CLOCK START DATE '2026-04-30' is 7 months before the end of the submission month (2026-11-30); records 7 months old or more are past the national cut-off.
            {"kind": "builtin", "name": "did-v1.nicipShape", "code": "X2", "severity": "warning", "item": "NICIP"} ~ NICIP=XC ~ X2: CODED PROCEDURE (NICIP) 'XC' is not shaped like a NICIP code; expected 4 to 6 letters or digits, e.g. CCHES.
            """)
    void eachKindReportsWhatItChecks(String rule, String change, String expected) throws Exception {
        Profile p = TestProfile.bind(rule);
        List<Issue> issues = TestProfile.validate(p, change.split(";"));

        assertThat(TestProfile.messages(issues)).containsExactlyElementsOf(
                expected == null || expected.isEmpty() ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0} is fine on the UK clock: {1}")
    @CsvSource({
            "2026-01-15T10:00:00Z, true",
            "2026-01-15T10:00:00-00:00, true",
            "2026-01-15T10:00:00+00:00, true",
            "2026-01-15T10:00:00+01:00, false",
            "2026-07-01T10:00:00+01:00, true",
            "2026-07-01T10:00:00Z, false",
            // Spring forward, Sunday 29 March 2026: 00:59 GMT is the last winter minute, 01:00-01:59 never shows.
            "2026-03-29T00:59:59+00:00, true",
            "2026-03-29T00:59:59+01:00, false",
            "2026-03-29T01:00:00+00:00, false",
            "2026-03-29T01:30:00+01:00, false",
            "2026-03-29T01:30:00Z, false",
            "2026-03-29T02:00:00+01:00, true",
            "2026-03-29T02:00:00+00:00, false",
            // Fall back, Sunday 25 October 2026: 01:00-01:59 shows twice, once in BST then once in GMT.
            "2026-10-25T00:59:59+01:00, true",
            "2026-10-25T00:30:00+00:00, false",
            "2026-10-25T01:30:00+01:00, true",
            "2026-10-25T01:30:00+00:00, true",
            "2026-10-25T01:30:00Z, true",
            "2026-10-25T02:00:00+00:00, true",
            "2026-10-25T02:30:00+01:00, false"})
    void theUkClockRuleFollowsBritishSummerTime(String timestamp, boolean fine) throws Exception {
        Profile p = TestProfile.bind("{\"kind\": \"ukClock\", \"code\": \"U1\", \"severity\": \"warning\","
                + " \"item\": \"START\"}");

        assertThat(TestProfile.validate(p, "START=" + timestamp)).hasSize(fine ? 0 : 1);
    }

    @Test
    void ukClockMessagesSayWhatTheClockShowedAndSuggestAFix() throws Exception {
        Profile p = TestProfile.bind("{\"kind\": \"ukClock\", \"code\": \"U1\", \"severity\": \"warning\","
                + " \"item\": \"START\"}");

        assertThat(TestProfile.messages(TestProfile.validate(p, "START=2026-01-15T10:00:00+01:00"))).containsExactly(
                "U1: CODED PROCEDURE START TIMESTAMP '2026-01-15T10:00:00+01:00' has the offset +01:00 (British Summer"
                        + " Time), but UK clocks were on GMT (+00:00) at 10:00 on 2026-01-15; expected the time as shown"
                        + " on the UK clock with the offset then in force, e.g. '2026-01-15T10:00:00+00:00'.");
        assertThat(TestProfile.messages(TestProfile.validate(p, "START=2026-03-29T01:30:00+00:00"))).containsExactly(
                "U1: CODED PROCEDURE START TIMESTAMP '2026-03-29T01:30:00+00:00' gives 01:30 on 2026-03-29, a time UK"
                        + " clocks skipped when they went forward from 01:00 GMT to 02:00 BST; expected the time as shown"
                        + " on the UK clock, e.g. '2026-03-29T02:30:00+01:00' for the moment this offset gives.");
        assertThat(TestProfile.validate(p, "START=2026-03-29T01:30:00+00:00").get(0).severity())
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void uniqueFindsRecordsSharingTheItemsWithinTheScope() throws Exception {
        Profile p = TestProfile.bind("{\"kind\": \"unique\", \"code\": \"U2\", \"severity\": \"error\","
                + " \"items\": [\"ACCESSION\"], \"within\": [\"SITE\"]}");
        UniquenessRule rule = p.uniquenessRules().get(0);
        RecordView a = view(p, TestProfile.record(p, "ACCESSION=ACC1", "SITE=RZZ01"));
        RecordView b = view(p, TestProfile.record(p, "ACCESSION= ACC1 ", "SITE=RZZ01"));
        RecordView c = view(p, TestProfile.record(p, "ACCESSION=ACC1", "SITE=RZZ02"));
        RecordView blank = view(p, TestProfile.record(p, "ACCESSION=", "SITE=RZZ02"));

        assertThat(rule.key(a)).isEqualTo(rule.key(b)).isNotEqualTo(rule.key(c));
        assertThat(rule.key(blank)).isNull();
        assertThat(rule.fields()).containsExactly("ACCESSION", "SITE");
        assertThat(rule.kind()).isEqualTo(RuleKind.STRUCTURE);
        assertThat(rule.description()).isEqualTo(
                "RADIOLOGICAL ACCESSION NUMBER must be unique within ORGANISATION SITE IDENTIFIER (OF IMAGING) in the file.");
        assertThat(rule.describe(a, 3, new long[] {7, 9}).message()).isEqualTo("RADIOLOGICAL ACCESSION NUMBER 'ACC1'"
                + " at ORGANISATION SITE IDENTIFIER (OF IMAGING) 'RZZ01' is used by 3 records (also lines 7, 9);"
                + " expected each record to have its own RADIOLOGICAL ACCESSION NUMBER within ORGANISATION SITE"
                + " IDENTIFIER (OF IMAGING).");
    }

    @Test
    void messageTemplatesReplaceTheWordingButNotTheDecision() throws Exception {
        Profile p = TestProfile.bind("""
                {"kind": "codeList", "code": "ETOS-17", "severity": "error", "item": "PRIORITY",
                 "message": "{code}: priority '{value}' at site {SITE} is not 1, 2 or 3 ({{ETOS}}). {message}"},
                {"kind": "unique", "code": "U3", "severity": "error", "items": ["ACCESSION"],
                 "message": "Accession {ACCESSION} repeats in {count} records ({lines})."}""");

        assertThat(TestProfile.messages(TestProfile.validate(p, "PRIORITY=7"))).containsExactly("ETOS-17: ETOS-17:"
                + " priority '7' at site RZZ01 is not 1, 2 or 3 ({ETOS}). SERVICE REQUEST PRIORITY TYPE '7' is not a"
                + " valid code; expected one of 1, 2 or 3.");
        assertThat(TestProfile.validate(p, "PRIORITY=2")).isEmpty();
        UniquenessRule u = p.uniquenessRules().get(0);
        assertThat(u.describe(view(p, TestProfile.CLEAN), 2, new long[] {5}).message())
                .isEqualTo("Accession ACC0001 repeats in 2 records (line 5).");
    }

    @Test
    void aFileCanSetTheCategoryAndDescriptionWhereTheKindAllows() throws Exception {
        Profile p = TestProfile.bind("{\"kind\": \"format\", \"code\": \"DQW-ACC\", \"severity\": \"warning\","
                + " \"item\": \"ACCESSION\", \"maxLength\": 16, \"category\": \"plausibility\","
                + " \"description\": \"Accession numbers of this RIS are at most 16 characters.\"}");

        assertThat(p.recordRules().get(0).kind()).isEqualTo(RuleKind.PLAUSIBILITY);
        assertThat(p.recordRules().get(0).description()).isEqualTo("Accession numbers of this RIS are at most 16"
                + " characters.");
    }

    // ---------------------------------------------------------------- reference data

    private static final LocalDate START = LocalDate.of(2000, 1, 1);

    private static ReferenceData codes() {
        return new LoadedReferenceData(null, null, new MapImagingCodeTable(List.of(
                new ImagingCodeEntry("XCHES", "169069000", "Chest X-ray", START, null, "X-ray"),
                new ImagingCodeEntry("UGALB", "990001003", "Gall bladder US", START, LocalDate.of(2026, 4, 2), "US"),
                new ImagingCodeEntry("XSKUL", "990002009", "Skull X-ray", START, LocalDate.of(2024, 3, 31), "X-ray"),
                new ImagingCodeEntry("CCHES", "169069000", "CT chest (stale map)", START, LocalDate.of(2010, 1, 1),
                        "CT"),
                new ImagingCodeEntry("CCHES", "418023006", "CT chest", LocalDate.of(2010, 1, 2), null, "CT"),
                new ImagingCodeEntry("MNEW1", "990003004", "Future code", LocalDate.of(2027, 1, 1), null, "MRI"))),
                List.of());
    }

    private static final String MEMBER = """
            {"kind": "referenceMember", "code": "DIDS00300302", "severity": "error", "item": "NICIP",
             "reference": "nicip", "at": "END", "graceDays": 183},
            {"kind": "referenceMember", "code": "GRACE", "severity": "warning", "item": "NICIP",
             "reference": "nicip", "at": "END", "graceDays": 183, "outcome": "grace"},
            {"kind": "referenceMember", "code": "DIDS00300402", "severity": "error", "item": "SNOMED",
             "reference": "snomed", "at": "END", "graceDays": 183}""";

    /** UGALB ended 2026-04-02: 2026-10-02 is 183 days later (still valid), 2026-10-03 is 184 (not). */
    @ParameterizedTest(name = "{0}, {1} at {2} → {3}")
    @CsvSource({
            "XCHES, '',        2026-10-02T10:40:00+01:00, ''",
            "UGALB, '',        2026-10-02T23:59:59+01:00, GRACE",
            "UGALB, '',        2026-10-03T00:00:00+01:00, DIDS00300302",
            "XSKUL, '',        2026-10-02T10:40:00+01:00, DIDS00300302",
            "CTHEAD, '',       2026-10-02T10:40:00+01:00, DIDS00300302",
            "MNEW1, '',        2026-10-02T10:40:00+01:00, DIDS00300302",
            "'',    169069000, 2026-10-02T10:40:00+01:00, ''",
            "'',    123456789, 2026-10-02T10:40:00+01:00, DIDS00300402",
            "'',    990001003, 2026-10-02T10:40:00+01:00, ''",
            "xches, '',        not-a-timestamp,           ''"})
    void referenceMembershipHasA183DayGraceAtTheEndTimestamp(String nicip, String snomed, String end, String codes)
            throws Exception {
        Profile p = TestProfile.bind(MEMBER);
        List<Issue> issues = TestProfile.validate(p, codes(), "NICIP=" + nicip, "SNOMED=" + snomed, "END=" + end);

        assertThat(issues).extracting(Issue::rule).containsExactlyElementsOf(
                codes.isEmpty() ? List.of() : List.of(codes.split("\\|")));
    }

    @Test
    void referenceMessagesNameTheDayAndTheGrace() throws Exception {
        Profile p = TestProfile.bind(MEMBER);

        assertThat(TestProfile.messages(TestProfile.validate(p, codes(), "NICIP=XSKUL"))).containsExactly(
                "DIDS00300302: CODED PROCEDURE (NICIP) 'XSKUL' was not active on the CODED PROCEDURE END TIMESTAMP"
                        + " (2026-10-02): it ended 2024-03-31 in the NICIP table, more than 183 days before; expected a"
                        + " code active on that day or ended no more than 183 days before it.");
        assertThat(TestProfile.messages(TestProfile.validate(p, codes(), "NICIP=UGALB"))).containsExactly(
                "GRACE: CODED PROCEDURE (NICIP) 'UGALB' was no longer active on the CODED PROCEDURE END TIMESTAMP"
                        + " (2026-10-02): it ended 2026-04-02 in the NICIP table, 183 days before; it is accepted for"
                        + " 183 days after it ends, but a code active on the day is expected.");
        assertThat(p.recordRules().get(0).references()).containsExactly(ReferenceKind.IMAGING_CODES);
    }

    @Test
    void referenceRulesAreNotCheckedWithoutTheirData() throws Exception {
        Profile p = TestProfile.bind(MEMBER);
        org.didworkbench.domain.rules.Validator v = new org.didworkbench.domain.rules.Validator(p,
                new org.didworkbench.domain.rules.RuleContext(TestProfile.SUBMITTED, ReferenceData.none()));

        assertThat(v.notChecked()).containsExactly("DIDS00300302", "GRACE", "DIDS00300402");
    }

    @Test
    void postcodeAndOdsMembershipAcceptTheItemsDefaults() throws Exception {
        Profile p = TestProfile.bind("""
                {"kind": "referenceMember", "code": "PC", "severity": "error", "item": "POSTCODE", "reference": "postcode"},
                {"kind": "referenceMember", "code": "SITE", "severity": "error", "item": "SITE", "reference": "ods"}""");
        PackedPostcodeDirectory.Builder pcs = new PackedPostcodeDirectory.Builder();
        pcs.add("LS1 4HR", null);
        ReferenceData refs = new LoadedReferenceData(new MapOdsDirectory(List.of(new OdsOrganisation("RZZ01",
                "SITE ONE", OdsType.SITE, START, null, Set.of(), null)), List.of()), pcs.build(), null, List.of());

        assertThat(TestProfile.validate(p, refs)).isEmpty();
        assertThat(TestProfile.validate(p, refs, "POSTCODE=ZZ99 3WZ", "SITE=89997")).isEmpty();
        assertThat(TestProfile.messages(TestProfile.validate(p, refs, "POSTCODE=LS9 9ZZ", "SITE=RZZ77"))).containsExactly(
                "PC: POSTCODE OF USUAL ADDRESS 'LS9 9ZZ' is not in the postcode directory; expected the postcode of the"
                        + " patient's usual address, or a pseudo-postcode such as ZZ99 3WZ when it is not known.",
                "SITE: ORGANISATION SITE IDENTIFIER (OF IMAGING) 'RZZ77' is not in the ODS data, open or closed, nor"
                        + " in its succession file; expected an ODS code or a default code (89997 or 89999).");
    }

    @Test
    void nicipSnomedMatchFiresOnlyWhenBothCodesAreValid() throws Exception {
        Profile p = TestProfile.bind("{\"kind\": \"builtin\", \"name\": \"nicipSnomedMatch\", \"code\": \"DIDSREJ012\","
                + " \"severity\": \"error\", \"nicip\": \"NICIP\", \"snomed\": \"SNOMED\", \"at\": \"END\","
                + " \"graceDays\": 183}");

        assertThat(TestProfile.validate(p, codes(), "SNOMED=169069000")).isEmpty();
        assertThat(TestProfile.messages(TestProfile.validate(p, codes(), "SNOMED=418023006"))).containsExactly(
                "DIDSREJ012: CODED PROCEDURE (SNOMED CT) '418023006' does not describe the same procedure as CODED"
                        + " PROCEDURE (NICIP) 'XCHES', which maps to SNOMED CT 169069000 in the NICIP table; expected"
                        + " the SNOMED CT code the NICIP code maps to (or only one of the two codes).");
        // an invalid code on either side leaves the pair to the item rules
        assertThat(TestProfile.validate(p, codes(), "NICIP=XSKUL", "SNOMED=418023006")).isEmpty();
        assertThat(TestProfile.validate(p, codes(), "SNOMED=123456789")).isEmpty();
    }

    private static RecordView view(Profile p, String[] values) {
        return new RecordView(p, new SubmissionRecord(1, 1, values));
    }

    @SuppressWarnings("unused")
    private static Finding none() {
        return null;
    }
}
