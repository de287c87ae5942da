package org.didworkbench.io.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.domain.rules.did.DidV1Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The loaded fixture folder drives the DID v1 reference rules end to end: each row is a record
 * (a valid base with one or two values replaced) and the reference-rule issues it must raise.
 */
class LoadedReferenceValidationTest {
    private static final Set<String> REFERENCE_RULES = Set.of("DIDS016", "DIDS018", "DIDS024", "DIDS057", "DIDS059",
            "DIDS068", "DIDS077", "DIDS078", "DIDS079", "DIDS080", "DIDS081", "DIDS082");
    private static final String[] BASE = {"9434765919", "01", "1950-03-14", "A", "2", "LS1 4HR", "P81001", "04",
            "G1234567", "RZZ", "2026-09-01", "2026-09-02", "2026-09-20", "CCHES", "169069000", "2026-09-21", "RZZ01",
            "ACC0001"};

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            POSTCODE           | M60 1NW  | -   | -
            PRACTICE_CODE      | P81003   | -   | -
            SITE_CODE_IMAGING  | RZZ07    | DIDS081 | SITE CODE (OF IMAGING) 'RZZ07' was not open on the DIAGNOSTIC TEST DATE 2026-09-20 (succeeded by RZZ01 from 2024-04-01 in the ODS succession data); expected the site where the test was done, open on that date.
            SITE_CODE_IMAGING  | RZZ09    | DIDS081 | SITE CODE (OF IMAGING) 'RZZ09' was not open on the DIAGNOSTIC TEST DATE 2026-09-20 (closed 2025-03-31 in the ODS data); expected the site where the test was done, open on that date.
            SITE_CODE_IMAGING  | RZZ66    | DIDS068 | SITE CODE (OF IMAGING) 'RZZ66' is not in the ODS data, open or closed, nor in its succession file; expected the ODS code of the site where the test was done, or R9998 (not a hospital site), 89999 (non-NHS UK provider) or 89997 (non-UK provider).
            PRACTICE_CODE      | P81099   | DIDS080 | GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) 'P81099' was not open on the DIAGNOSTIC TEST DATE 2026-09-20 (closed 2025-03-31 in the ODS data); expected the practice the patient was registered with on that date.
            REFERRING_ORG_CODE | RYY      | DIDS079 | REFERRING ORGANISATION CODE 'RYY' was not open on the DIAGNOSTIC TEST REQUEST DATE 2026-09-01 (closed 2020-03-31 in the ODS data); expected the organisation that requested the test, open on that date.
            POSTCODE           | LS99 9ZZ | DIDS016 | POSTCODE OF USUAL ADDRESS 'LS99 9ZZ' is not in the postcode directory; expected the postcode of the patient's usual address, or a ZZ99 pseudo-postcode (e.g. ZZ99 3WZ) when it is not known.
            IMAGING_CODE_SNOMED| 168731009 | DIDS082 | IMAGING CODE (SNOMED-CT) '168731009' does not match IMAGING CODE (NICIP) 'CCHES', which maps to SNOMED CT 169069000 in the NICIP table; expected the SNOMED CT code the NICIP code maps to (or only one of the two codes).
            IMAGING_CODE_NICIP | XZZZZ    | DIDS057 | IMAGING CODE (NICIP) 'XZZZZ' is not in the NICIP table; expected a NICIP imaging procedure code from the table.
            """)
    void referenceRulesSeeTheLoadedData(String item, String value, String rule, String message) throws IOException {
        Profile profile = DidV1Profile.create();
        Validator validator = new Validator(profile, new RuleContext(LocalDate.of(2026, 10, 5),
                ReferenceFolderLoader.load(ReferenceFolderLoaderTest.fixture())));
        assertThat(validator.notChecked()).doesNotContainAnyElementsOf(REFERENCE_RULES);
        String[] values = BASE.clone();
        values[profile.indexOf(item)] = value;
        List<Issue> issues = validator.validate(new SubmissionRecord(1, 2, values)).stream()
                .filter(i -> REFERENCE_RULES.contains(i.rule())).toList();
        if ("-".equals(rule)) {
            assertThat(issues).isEmpty();
        } else {
            assertThat(issues).extracting(Issue::rule, Issue::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(rule, message));
        }
    }
}
