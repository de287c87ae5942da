package org.didworkbench.domain.rules.did;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordRule;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every reference rule against synthetic reference data: pass, fail, blank, point-in-time dates,
 * the 6-month grace edges and ODS succession. Each row: rule | item overrides on a valid base
 * record | PASS or the exact message.
 */
class DidV1ReferenceRulesTest {
    private static final Profile PROFILE = DidV1Profile.create();
    private static final RuleContext CONTEXT = new RuleContext(LocalDate.of(2026, 10, 5), ReferenceFixtures.all());

    static final Set<String> CODES = Set.of("DIDS016", "DIDS018", "DIDS024", "DIDS057", "DIDS059", "DIDS068",
            "DIDS077", "DIDS078", "DIDS079", "DIDS080", "DIDS081", "DIDS082");

    private static Finding run(String code, String overrides) {
        RecordRule rule = (RecordRule) PROFILE.rule(code).orElseThrow();
        return rule.check(new RecordView(PROFILE, ReferenceRuleRecords.record(PROFILE, overrides)), CONTEXT);
    }

    private static void expect(String code, String overrides, String expected) {
        Finding f = run(code, overrides);
        if ("PASS".equals(expected)) {
            assertThat(f).as(code + " with " + overrides).isNull();
        } else {
            assertThat(f).as(code + " with " + overrides).isNotNull();
            assertThat(f.message()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            DIDS016 | POSTCODE=LS1 4HR  | PASS
            DIDS016 | POSTCODE=ls1 4hr  | PASS
            DIDS016 | POSTCODE=NE1  4ST | PASS
            DIDS016 | POSTCODE=B11AA    | PASS
            DIDS016 | POSTCODE=LS2 9JT  | PASS
            DIDS016 | POSTCODE=ZZ99 3WZ | PASS
            DIDS016 | POSTCODE=zz99 3vz | PASS
            DIDS016 | POSTCODE=         | PASS
            DIDS016 | POSTCODE=LS99 9ZZ | POSTCODE OF USUAL ADDRESS 'LS99 9ZZ' is not in the postcode directory; expected the postcode of the patient's usual address, or a ZZ99 pseudo-postcode (e.g. ZZ99 3WZ) when it is not known.
            DIDS016 | POSTCODE=LS1      | POSTCODE OF USUAL ADDRESS 'LS1' is not in the postcode directory; expected the postcode of the patient's usual address, or a ZZ99 pseudo-postcode (e.g. ZZ99 3WZ) when it is not known.
            """)
    void postcode(String code, String overrides, String expected) {
        expect(code, overrides, expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            DIDS018 | PRACTICE_CODE=P81001 | PASS
            DIDS018 | PRACTICE_CODE=p81001 | PASS
            DIDS018 | PRACTICE_CODE=V81999 | PASS
            DIDS018 | PRACTICE_CODE=v81997 | PASS
            DIDS018 | PRACTICE_CODE=S30063 | PASS
            DIDS018 | PRACTICE_CODE=Y01234 | PASS
            DIDS018 | PRACTICE_CODE=P81099 | PASS
            DIDS018 | PRACTICE_CODE=       | PASS
            DIDS018 | PRACTICE_CODE=P81999 | GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) 'P81999' is not in the ODS data; expected the ODS code of the patient's GP practice (or another prescribing cost centre), or V81999 when not known, V81998 when not applicable, V81997 when not registered.
            DIDS018 | PRACTICE_CODE=RZZ01  | GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) 'RZZ01' is an ODS NHS trust site, not a GP practice or prescribing cost centre; expected the ODS code of the patient's GP practice (or another prescribing cost centre), or V81999 when not known, V81998 when not applicable, V81997 when not registered.
            DIDS018 | PRACTICE_CODE=rzz    | GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) 'rzz' is an ODS NHS trust, not a GP practice or prescribing cost centre; expected the ODS code of the patient's GP practice (or another prescribing cost centre), or V81999 when not known, V81998 when not applicable, V81997 when not registered.
            DIDS018 | PRACTICE_CODE=NEF10  | GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) 'NEF10' is an ODS organisation, not a GP practice or prescribing cost centre; expected the ODS code of the patient's GP practice (or another prescribing cost centre), or V81999 when not known, V81998 when not applicable, V81997 when not registered.
            DIDS024 | REFERRING_ORG_CODE=P81001 | PASS
            DIDS024 | REFERRING_ORG_CODE=RZZ    | PASS
            DIDS024 | REFERRING_ORG_CODE=rzz01  | PASS
            DIDS024 | REFERRING_ORG_CODE=NEF10  | PASS
            DIDS024 | REFERRING_ORG_CODE=RYY    | PASS
            DIDS024 | REFERRING_ORG_CODE=X99999 | PASS
            DIDS024 | REFERRING_ORG_CODE=x99998 | PASS
            DIDS024 | REFERRING_ORG_CODE=XMD00  | PASS
            DIDS024 | REFERRING_ORG_CODE=Q99    | PASS
            DIDS024 | REFERRING_ORG_CODE=       | PASS
            DIDS024 | REFERRING_ORG_CODE=ABC12  | REFERRING ORGANISATION CODE 'ABC12' is not in the ODS data; expected the ODS code of the organisation that requested the test (trust, GP practice or site), or X99999 when not known, X99998 when not applicable.
            DIDS068 | SITE_CODE_IMAGING=RZZ01 | PASS
            DIDS068 | SITE_CODE_IMAGING=rzz01 | PASS
            DIDS068 | SITE_CODE_IMAGING=RZZ09 | PASS
            DIDS068 | SITE_CODE_IMAGING=RZZ05 | PASS
            DIDS068 | SITE_CODE_IMAGING=RZZ07 | PASS
            DIDS068 | SITE_CODE_IMAGING=RZZ08 | PASS
            DIDS068 | SITE_CODE_IMAGING=R9998 | PASS
            DIDS068 | SITE_CODE_IMAGING=89999 | PASS
            DIDS068 | SITE_CODE_IMAGING=89997 | PASS
            DIDS068 | SITE_CODE_IMAGING=      | PASS
            DIDS068 | SITE_CODE_IMAGING=RZZ   | PASS
            DIDS068 | SITE_CODE_IMAGING=RZZ-1 | PASS
            DIDS068 | SITE_CODE_IMAGING=RZZ0123456789 | PASS
            DIDS068 | SITE_CODE_IMAGING=RZZ77 | SITE CODE (OF IMAGING) 'RZZ77' is not in the ODS data, open or closed, nor in its succession file; expected the ODS code of the site where the test was done, or R9998 (not a hospital site), 89999 (non-NHS UK provider) or 89997 (non-UK provider).
            """)
    void odsCodes(String code, String overrides, String expected) {
        expect(code, overrides, expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            DIDS079 | REFERRING_ORG_CODE=P81001 | PASS
            DIDS079 | REFERRING_ORG_CODE=       | PASS
            DIDS079 | REFERRING_ORG_CODE=X99999 | PASS
            DIDS079 | REFERRING_ORG_CODE=ABC12  | PASS
            DIDS079 | REFERRING_ORG_CODE=RYY;DIAGNOSTIC_TEST_REQUEST_DATE=2020-03-31 | PASS
            DIDS079 | REFERRING_ORG_CODE=RYY;DIAGNOSTIC_TEST_REQUEST_DATE=2026-13-01 | PASS
            DIDS079 | REFERRING_ORG_CODE=RYY;DIAGNOSTIC_TEST_REQUEST_DATE=;DIAGNOSTIC_TEST_DATE= | PASS
            DIDS079 | REFERRING_ORG_CODE=RYY;DIAGNOSTIC_TEST_REQUEST_DATE=;DIAGNOSTIC_TEST_DATE=2019-05-05 | PASS
            DIDS079 | REFERRING_ORG_CODE=RYY | REFERRING ORGANISATION CODE 'RYY' was not open on the DIAGNOSTIC TEST REQUEST DATE 2026-09-01 (closed 2020-03-31 in the ODS data); expected the organisation that requested the test, open on that date.
            DIDS079 | REFERRING_ORG_CODE=ryy;DIAGNOSTIC_TEST_REQUEST_DATE= | REFERRING ORGANISATION CODE 'ryy' was not open on the DIAGNOSTIC TEST DATE 2026-09-20 (the DIAGNOSTIC TEST REQUEST DATE is blank) (closed 2020-03-31 in the ODS data); expected the organisation that requested the test, open on that date.
            DIDS079 | REFERRING_ORG_CODE=P81099 | REFERRING ORGANISATION CODE 'P81099' was not open on the DIAGNOSTIC TEST REQUEST DATE 2026-09-01 (closed 2025-03-31 in the ODS data); expected the organisation that requested the test, open on that date.
            DIDS080 | PRACTICE_CODE=P81001 | PASS
            DIDS080 | PRACTICE_CODE=V81999 | PASS
            DIDS080 | PRACTICE_CODE=       | PASS
            DIDS080 | PRACTICE_CODE=P81999 | PASS
            DIDS080 | PRACTICE_CODE=RZZ09  | PASS
            DIDS080 | PRACTICE_CODE=P81099;DIAGNOSTIC_TEST_DATE=2025-03-31 | PASS
            DIDS080 | PRACTICE_CODE=P81099;DIAGNOSTIC_TEST_DATE= | PASS
            DIDS080 | PRACTICE_CODE=P81099;DIAGNOSTIC_TEST_DATE=20260920 | PASS
            DIDS080 | PRACTICE_CODE=P81099 | GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) 'P81099' was not open on the DIAGNOSTIC TEST DATE 2026-09-20 (closed 2025-03-31 in the ODS data); expected the practice the patient was registered with on that date.
            DIDS080 | PRACTICE_CODE=P81099;DIAGNOSTIC_TEST_DATE=2025-04-01 | GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) 'P81099' was not open on the DIAGNOSTIC TEST DATE 2025-04-01 (closed 2025-03-31 in the ODS data); expected the practice the patient was registered with on that date.
            DIDS080 | PRACTICE_CODE=P81001;DIAGNOSTIC_TEST_DATE=1974-03-31 | GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) 'P81001' was not open on the DIAGNOSTIC TEST DATE 1974-03-31 (opened 1974-04-01 in the ODS data); expected the practice the patient was registered with on that date.
            DIDS080 | PRACTICE_CODE=Y09999 | GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) 'Y09999' was not open on the DIAGNOSTIC TEST DATE 2026-09-20 (closed 2024-12-31 in the ODS data); expected the practice the patient was registered with on that date.
            DIDS081 | SITE_CODE_IMAGING=RZZ01 | PASS
            DIDS081 | SITE_CODE_IMAGING=      | PASS
            DIDS081 | SITE_CODE_IMAGING=89999 | PASS
            DIDS081 | SITE_CODE_IMAGING=RZZ77 | PASS
            DIDS081 | SITE_CODE_IMAGING=RZZ   | PASS
            DIDS081 | SITE_CODE_IMAGING=RZZ09;DIAGNOSTIC_TEST_DATE=2025-03-31 | PASS
            DIDS081 | SITE_CODE_IMAGING=RZZ09;DIAGNOSTIC_TEST_DATE= | PASS
            DIDS081 | SITE_CODE_IMAGING=RZZ06 | PASS
            DIDS081 | SITE_CODE_IMAGING=RZZ04 | PASS
            DIDS081 | SITE_CODE_IMAGING=RZZ07;DIAGNOSTIC_TEST_DATE=2024-03-31 | PASS
            DIDS081 | SITE_CODE_IMAGING=RZZ09 | SITE CODE (OF IMAGING) 'RZZ09' was not open on the DIAGNOSTIC TEST DATE 2026-09-20 (closed 2025-03-31 in the ODS data; succeeded by RZZ03); expected the site where the test was done, open on that date.
            DIDS081 | SITE_CODE_IMAGING=rzz05 | SITE CODE (OF IMAGING) 'rzz05' was not open on the DIAGNOSTIC TEST DATE 2026-09-20 (opened 2027-01-01 in the ODS data); expected the site where the test was done, open on that date.
            DIDS081 | SITE_CODE_IMAGING=RZZ07;DIAGNOSTIC_TEST_DATE=2024-04-01 | SITE CODE (OF IMAGING) 'RZZ07' was not open on the DIAGNOSTIC TEST DATE 2024-04-01 (succeeded by RZZ01 from 2024-04-01 in the ODS succession data); expected the site where the test was done, open on that date.
            DIDS081 | SITE_CODE_IMAGING=RZZ08 | SITE CODE (OF IMAGING) 'RZZ08' was not open on the DIAGNOSTIC TEST DATE 2026-09-20 (succeeded by RZZ07 from 2023-04-01 in the ODS succession data); expected the site where the test was done, open on that date.
            """)
    void odsLiveOnDate(String code, String overrides, String expected) {
        expect(code, overrides, expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            DIDS057 | IMAGING_CODE_NICIP=CCHES | PASS
            DIDS057 | IMAGING_CODE_NICIP=cches | PASS
            DIDS057 | IMAGING_CODE_NICIP=      | PASS
            DIDS057 | IMAGING_CODE_NICIP=XABCD;DIAGNOSTIC_TEST_DATE= | PASS
            DIDS057 | IMAGING_CODE_NICIP=XABCD;DIAGNOSTIC_TEST_DATE=2026-02-30 | PASS
            DIDS057 | IMAGING_CODE_NICIP=CCHES;DIAGNOSTIC_TEST_DATE=2010-04-01 | PASS
            DIDS057 | IMAGING_CODE_NICIP=NCASP | PASS
            DIDS057 | IMAGING_CODE_NICIP=XOLDG;DIAGNOSTIC_TEST_DATE=2026-03-31 | PASS
            DIDS057 | IMAGING_CODE_NICIP=XOLDG;DIAGNOSTIC_TEST_DATE=2026-04-01 | PASS
            DIDS057 | IMAGING_CODE_NICIP=XOLDG;DIAGNOSTIC_TEST_DATE=2026-09-30 | PASS
            DIDS057 | IMAGING_CODE_NICIP=XFEBE;DIAGNOSTIC_TEST_DATE=2026-08-31 | PASS
            DIDS057 | IMAGING_CODE_NICIP=XABCD | IMAGING CODE (NICIP) 'XABCD' is not in the NICIP table; expected a NICIP imaging procedure code from the table.
            DIDS057 | IMAGING_CODE_NICIP=XOLDG;DIAGNOSTIC_TEST_DATE=2026-10-01 | IMAGING CODE (NICIP) 'XOLDG' was not active on the DIAGNOSTIC TEST DATE 2026-10-01 (ended 2026-03-31 in the NICIP table, more than 6 months before); expected a code active on the test date or ended no more than 6 months before it.
            DIDS057 | IMAGING_CODE_NICIP=xfebe;DIAGNOSTIC_TEST_DATE=2026-09-01 | IMAGING CODE (NICIP) 'xfebe' was not active on the DIAGNOSTIC TEST DATE 2026-09-01 (ended 2026-02-28 in the NICIP table, more than 6 months before); expected a code active on the test date or ended no more than 6 months before it.
            DIDS057 | IMAGING_CODE_NICIP=MNEWC | IMAGING CODE (NICIP) 'MNEWC' was not active on the DIAGNOSTIC TEST DATE 2026-09-20 (starts 2027-04-01 in the NICIP table); expected a code active on the test date.
            DIDS077 | IMAGING_CODE_NICIP=CCHES | PASS
            DIDS077 | IMAGING_CODE_NICIP=      | PASS
            DIDS077 | IMAGING_CODE_NICIP=XABCD | PASS
            DIDS077 | IMAGING_CODE_NICIP=MNEWC | PASS
            DIDS077 | IMAGING_CODE_NICIP=XOLDG;DIAGNOSTIC_TEST_DATE=2026-03-31 | PASS
            DIDS077 | IMAGING_CODE_NICIP=XOLDG;DIAGNOSTIC_TEST_DATE=2026-10-01 | PASS
            DIDS077 | IMAGING_CODE_NICIP=XOLDG;DIAGNOSTIC_TEST_DATE=           | PASS
            DIDS077 | IMAGING_CODE_NICIP=XFEBE;DIAGNOSTIC_TEST_DATE=2026-09-01 | PASS
            DIDS077 | IMAGING_CODE_NICIP=XOLDG;DIAGNOSTIC_TEST_DATE=2026-04-01 | IMAGING CODE (NICIP) 'XOLDG' was no longer active on the DIAGNOSTIC TEST DATE 2026-04-01 (ended 2026-03-31 in the NICIP table); it is accepted for 6 months after it ends, but a code active on the test date is expected.
            DIDS077 | IMAGING_CODE_NICIP=XOLDG | IMAGING CODE (NICIP) 'XOLDG' was no longer active on the DIAGNOSTIC TEST DATE 2026-09-20 (ended 2026-03-31 in the NICIP table); it is accepted for 6 months after it ends, but a code active on the test date is expected.
            DIDS077 | IMAGING_CODE_NICIP=XOLDG;DIAGNOSTIC_TEST_DATE=2026-09-30 | IMAGING CODE (NICIP) 'XOLDG' was no longer active on the DIAGNOSTIC TEST DATE 2026-09-30 (ended 2026-03-31 in the NICIP table); it is accepted for 6 months after it ends, but a code active on the test date is expected.
            DIDS077 | IMAGING_CODE_NICIP=XFEBE;DIAGNOSTIC_TEST_DATE=2026-08-31 | IMAGING CODE (NICIP) 'XFEBE' was no longer active on the DIAGNOSTIC TEST DATE 2026-08-31 (ended 2026-02-28 in the NICIP table); it is accepted for 6 months after it ends, but a code active on the test date is expected.
            DIDS059 | IMAGING_CODE_SNOMED=169069000 | PASS
            DIDS059 | IMAGING_CODE_SNOMED=          | PASS
            DIDS059 | IMAGING_CODE_SNOMED=700000505 | PASS
            DIDS059 | IMAGING_CODE_SNOMED=700000109 | PASS
            DIDS059 | IMAGING_CODE_SNOMED=123456789;DIAGNOSTIC_TEST_DATE=2026-9-20 | PASS
            DIDS059 | IMAGING_CODE_SNOMED=123456789 | IMAGING CODE (SNOMED-CT) '123456789' is not a SNOMED CT concept the NICIP table maps to; expected the SNOMED CT code of an imaging procedure in the NICIP to SNOMED CT mapping.
            DIDS059 | IMAGING_CODE_SNOMED=700000408 | IMAGING CODE (SNOMED-CT) '700000408' was not active on the DIAGNOSTIC TEST DATE 2026-09-20 (ended 2020-09-30 in the NICIP table, more than 6 months before); expected a code active on the test date or ended no more than 6 months before it.
            DIDS059 | IMAGING_CODE_SNOMED=700000109;DIAGNOSTIC_TEST_DATE=2026-10-01 | IMAGING CODE (SNOMED-CT) '700000109' was not active on the DIAGNOSTIC TEST DATE 2026-10-01 (ended 2026-03-31 in the NICIP table, more than 6 months before); expected a code active on the test date or ended no more than 6 months before it.
            DIDS059 | IMAGING_CODE_SNOMED=700000408;DIAGNOSTIC_TEST_DATE=2021-03-31 | PASS
            DIDS059 | IMAGING_CODE_SNOMED=700000408;DIAGNOSTIC_TEST_DATE=2021-04-01 | IMAGING CODE (SNOMED-CT) '700000408' was not active on the DIAGNOSTIC TEST DATE 2021-04-01 (ended 2020-09-30 in the NICIP table, more than 6 months before); expected a code active on the test date or ended no more than 6 months before it.
            DIDS059 | IMAGING_CODE_SNOMED=700000301 | IMAGING CODE (SNOMED-CT) '700000301' was not active on the DIAGNOSTIC TEST DATE 2026-09-20 (starts 2027-04-01 in the NICIP table); expected a code active on the test date.
            DIDS078 | IMAGING_CODE_SNOMED=169069000 | PASS
            DIDS078 | IMAGING_CODE_SNOMED=          | PASS
            DIDS078 | IMAGING_CODE_SNOMED=123456789 | PASS
            DIDS078 | IMAGING_CODE_SNOMED=700000109;DIAGNOSTIC_TEST_DATE=2026-10-01 | PASS
            DIDS078 | IMAGING_CODE_SNOMED=700000109 | IMAGING CODE (SNOMED-CT) '700000109' was no longer active on the DIAGNOSTIC TEST DATE 2026-09-20 (ended 2026-03-31 in the NICIP table); it is accepted for 6 months after it ends, but a code active on the test date is expected.
            DIDS078 | IMAGING_CODE_SNOMED=700000408;DIAGNOSTIC_TEST_DATE=2021-03-31 | IMAGING CODE (SNOMED-CT) '700000408' was no longer active on the DIAGNOSTIC TEST DATE 2021-03-31 (ended 2020-09-30 in the NICIP table); it is accepted for 6 months after it ends, but a code active on the test date is expected.
            DIDS082 | IMAGING_CODE_NICIP=CCHES;IMAGING_CODE_SNOMED=169069000 | PASS
            DIDS082 | IMAGING_CODE_NICIP=xches;IMAGING_CODE_SNOMED=168731009 | PASS
            DIDS082 | IMAGING_CODE_NICIP=;IMAGING_CODE_SNOMED=168731009      | PASS
            DIDS082 | IMAGING_CODE_NICIP=CCHES;IMAGING_CODE_SNOMED=           | PASS
            DIDS082 | IMAGING_CODE_NICIP=CCHES;IMAGING_CODE_SNOMED=123456789  | PASS
            DIDS082 | IMAGING_CODE_NICIP=XABCD;IMAGING_CODE_SNOMED=168731009  | PASS
            DIDS082 | IMAGING_CODE_NICIP=XNOMP;IMAGING_CODE_SNOMED=168731009  | PASS
            DIDS082 | IMAGING_CODE_NICIP=NCASP;IMAGING_CODE_SNOMED=700000505  | PASS
            DIDS082 | IMAGING_CODE_NICIP=NCASP;IMAGING_CODE_SNOMED=700000408;DIAGNOSTIC_TEST_DATE=2015-01-10 | PASS
            DIDS082 | IMAGING_CODE_NICIP=NCASP;IMAGING_CODE_SNOMED=700000408;DIAGNOSTIC_TEST_DATE=           | PASS
            DIDS082 | IMAGING_CODE_NICIP=XOLDG;IMAGING_CODE_SNOMED=700000109;DIAGNOSTIC_TEST_DATE=2027-01-01 | PASS
            DIDS082 | IMAGING_CODE_NICIP=CCHES;IMAGING_CODE_SNOMED=168731009 | IMAGING CODE (SNOMED-CT) '168731009' does not match IMAGING CODE (NICIP) 'CCHES', which maps to SNOMED CT 169069000 in the NICIP table; expected the SNOMED CT code the NICIP code maps to (or only one of the two codes).
            DIDS082 | IMAGING_CODE_NICIP=ncasp;IMAGING_CODE_SNOMED=700000408 | IMAGING CODE (SNOMED-CT) '700000408' does not match IMAGING CODE (NICIP) 'ncasp', which maps to SNOMED CT 700000505 in the NICIP table; expected the SNOMED CT code the NICIP code maps to (or only one of the two codes).
            DIDS082 | IMAGING_CODE_NICIP=XOLDG;IMAGING_CODE_SNOMED=169069000;DIAGNOSTIC_TEST_DATE=2027-01-01 | IMAGING CODE (SNOMED-CT) '169069000' does not match IMAGING CODE (NICIP) 'XOLDG', which maps to SNOMED CT 700000109 in the NICIP table; expected the SNOMED CT code the NICIP code maps to (or only one of the two codes).
            """)
    void imagingCodes(String code, String overrides, String expected) {
        expect(code, overrides, expected);
    }

    @org.junit.jupiter.api.Test
    void theBaseRecordPassesEveryReferenceRule() {
        for (String code : CODES) {
            assertThat(run(code, null)).as(code).isNull();
        }
    }

    @org.junit.jupiter.api.Test
    void findingsQuoteTheValueAsSubmitted() {
        assertThat(run("DIDS081", "SITE_CODE_IMAGING= rzz05 ").value()).isEqualTo("rzz05");
        assertThat(run("DIDS082", "IMAGING_CODE_NICIP=CCHES;IMAGING_CODE_SNOMED=168731009").value())
                .isEqualTo("168731009");
    }

    static List<String> codes() {
        return CODES.stream().sorted().toList();
    }
}
