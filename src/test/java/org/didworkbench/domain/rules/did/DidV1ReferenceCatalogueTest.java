package org.didworkbench.domain.rules.did;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.reference.LoadedReferenceData;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;
import org.didworkbench.domain.rules.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference rules as the catalogue and the validator see them: metadata and "not checked". */
class DidV1ReferenceCatalogueTest {
    private static final Profile PROFILE = DidV1Profile.create();
    private static final LocalDate SUBMITTED = LocalDate.of(2026, 10, 5);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DIDS016 | ERROR   | VALIDITY    | POSTCODES     | POSTCODE
            DIDS018 | ERROR   | VALIDITY    | ODS           | PRACTICE_CODE
            DIDS024 | ERROR   | VALIDITY    | ODS           | REFERRING_ORG_CODE
            DIDS057 | ERROR   | VALIDITY    | IMAGING_CODES | IMAGING_CODE_NICIP DIAGNOSTIC_TEST_DATE
            DIDS059 | ERROR   | VALIDITY    | IMAGING_CODES | IMAGING_CODE_SNOMED DIAGNOSTIC_TEST_DATE
            DIDS068 | ERROR   | VALIDITY    | ODS           | SITE_CODE_IMAGING
            DIDS077 | WARNING | CONSISTENCY | IMAGING_CODES | IMAGING_CODE_NICIP DIAGNOSTIC_TEST_DATE
            DIDS078 | WARNING | CONSISTENCY | IMAGING_CODES | IMAGING_CODE_SNOMED DIAGNOSTIC_TEST_DATE
            DIDS079 | WARNING | CONSISTENCY | ODS           | REFERRING_ORG_CODE DIAGNOSTIC_TEST_REQUEST_DATE DIAGNOSTIC_TEST_DATE
            DIDS080 | WARNING | CONSISTENCY | ODS           | PRACTICE_CODE DIAGNOSTIC_TEST_DATE
            DIDS081 | WARNING | CONSISTENCY | ODS           | SITE_CODE_IMAGING DIAGNOSTIC_TEST_DATE
            DIDS082 | ERROR   | CONSISTENCY | IMAGING_CODES | IMAGING_CODE_SNOMED IMAGING_CODE_NICIP DIAGNOSTIC_TEST_DATE
            """)
    void catalogueEntry(String code, Severity severity, RuleKind kind, ReferenceKind reference, String fields) {
        Rule rule = PROFILE.rule(code).orElseThrow();
        assertThat(rule.severity()).isEqualTo(severity);
        assertThat(rule.kind()).isEqualTo(kind);
        assertThat(rule.references()).containsExactly(reference);
        assertThat(rule.fields()).containsExactlyElementsOf(Arrays.asList(fields.split(" ")));
        assertThat(rule.description()).isNotBlank();
        for (String f : rule.fields()) {
            assertThat(PROFILE.item(f)).as(f).isPresent();
        }
    }

    private static List<String> notChecked(ReferenceData data) {
        return new Validator(PROFILE, new RuleContext(SUBMITTED, data)).notChecked().stream()
                .filter(DidV1ReferenceRulesTest.CODES::contains).toList();
    }

    @Test
    void withNoReferenceDataEveryReferenceRuleIsNotChecked() {
        assertThat(notChecked(ReferenceData.none())).containsExactlyElementsOf(DidV1ReferenceRulesTest.codes());
    }

    @Test
    void eachMissingKindLeavesOutOnlyTheRulesThatNeedIt() {
        assertThat(notChecked(new LoadedReferenceData(ReferenceFixtures.ods(), null, null, List.of())))
                .containsExactly("DIDS016", "DIDS057", "DIDS059", "DIDS077", "DIDS078", "DIDS082");
        assertThat(notChecked(new LoadedReferenceData(null, ReferenceFixtures.postcodes(), null, List.of())))
                .containsExactly("DIDS018", "DIDS024", "DIDS057", "DIDS059", "DIDS068", "DIDS077", "DIDS078",
                        "DIDS079", "DIDS080", "DIDS081", "DIDS082");
        assertThat(notChecked(new LoadedReferenceData(null, null, ReferenceFixtures.imagingCodes(), List.of())))
                .containsExactly("DIDS016", "DIDS018", "DIDS024", "DIDS068", "DIDS079", "DIDS080", "DIDS081");
        assertThat(notChecked(ReferenceFixtures.all())).isEmpty();
    }

    @Test
    void aRuleNotCheckedReportsNothingEvenWhenTheValueIsWrong() {
        Validator v = new Validator(PROFILE, new RuleContext(SUBMITTED,
                new LoadedReferenceData(null, ReferenceFixtures.postcodes(), null, List.of())));
        List<Issue> issues = v.validate(ReferenceRuleRecords.record(PROFILE, "SITE_CODE_IMAGING=RZZ77;POSTCODE=LS99 9ZZ"));
        assertThat(issues).extracting(Issue::rule).contains("DIDS016").doesNotContain("DIDS068");
    }

    @Test
    void theValidatorReportsEachFailingRuleWithItsFieldsAndSeverity() {
        Validator v = new Validator(PROFILE, new RuleContext(SUBMITTED, ReferenceFixtures.all()));
        List<Issue> issues = v.validate(ReferenceRuleRecords.record(PROFILE,
                "SITE_CODE_IMAGING=RZZ09;PRACTICE_CODE=P81099;IMAGING_CODE_NICIP=XOLDG;IMAGING_CODE_SNOMED=700000109"));
        List<Issue> ours = issues.stream().filter(i -> DidV1ReferenceRulesTest.CODES.contains(i.rule())).toList();
        assertThat(ours).extracting(Issue::rule).containsExactly("DIDS077", "DIDS078", "DIDS080", "DIDS081");
        assertThat(ours).allMatch(i -> i.severity() == Severity.WARNING);
        Issue site = ours.get(3);
        assertThat(site.fields()).containsExactly("SITE_CODE_IMAGING", "DIAGNOSTIC_TEST_DATE");
        assertThat(site.value()).isEqualTo("RZZ09");
        assertThat(Set.copyOf(PROFILE.rules().stream().map(Rule::code).toList()))
                .containsAll(DidV1ReferenceRulesTest.CODES);
    }
}
