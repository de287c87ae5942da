package org.didworkbench.domain.rules.did;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule catalogue as §1.6 states it, end to end through the Validator, and the docs/rules.md table. */
class DidV1CatalogueTest {

    @Test
    void cleanExampleRowRaisesNothing() {
        List<Issue> issues = DidRecords.validate(DidRecords.clean());

        assertThat(issues).isEmpty();
    }

    @Test
    void cleanRowWithSnomedInsteadOfNicipRaisesNothing() {
        assertThat(DidRecords.codesFor(DidRecords.with("IMAGING_CODE_NICIP=", "IMAGING_CODE_SNOMED=169069000")))
                .isEmpty();
    }

    @Test
    void cleanRowWithOnlyMandatoryItemsRaisesNothing() {
        String[] minimal = DidRecords.with("NHS_NUMBER_STATUS_IND=", "PERSON_BIRTH_DATE=", "ETHNIC_CATEGORY=",
                "PERSON_GENDER_CODE=", "POSTCODE=", "PRACTICE_CODE=", "REFERRER=", "REFERRING_ORG_CODE=",
                "DIAGNOSTIC_TEST_REQUEST_DATE=", "DIAG_TEST_REQUEST_REC_DATE=", "SERVICE_REPORT_DATE=");

        assertThat(DidRecords.codesFor(minimal)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2} about {3}")
    @CsvSource({
            "DIDS001, ERROR,   VALIDITY,     NHS_NUMBER",
            "DIDS002, ERROR,   VALIDITY,     NHS_NUMBER",
            "DIDS003, ERROR,   VALIDITY,     NHS_NUMBER_STATUS_IND",
            "DIDS005, ERROR,   VALIDITY,     PERSON_BIRTH_DATE",
            "DIDS006, ERROR,   CONSISTENCY,  PERSON_BIRTH_DATE",
            "DIDS008, ERROR,   CONSISTENCY,  PERSON_BIRTH_DATE",
            "DIDS009, ERROR,   VALIDITY,     PERSON_BIRTH_DATE",
            "DIDS010, ERROR,   CONSISTENCY,  PERSON_BIRTH_DATE",
            "DIDS012, ERROR,   VALIDITY,     ETHNIC_CATEGORY",
            "DIDS014, ERROR,   VALIDITY,     PERSON_GENDER_CODE",
            "DIDS017, ERROR,   VALIDITY,     POSTCODE",
            "DIDS020, ERROR,   COMPLETENESS, PATIENT_SOURCE_SETTING",
            "DIDS021, ERROR,   VALIDITY,     PATIENT_SOURCE_SETTING",
            "DIDS023, WARNING, VALIDITY,     REFERRER",
            "DIDS026, ERROR,   VALIDITY,     DIAGNOSTIC_TEST_REQUEST_DATE",
            "DIDS027, ERROR,   CONSISTENCY,  DIAGNOSTIC_TEST_REQUEST_DATE",
            "DIDS028, WARNING, CONSISTENCY,  DIAGNOSTIC_TEST_DATE",
            "DIDS031, ERROR,   VALIDITY,     DIAGNOSTIC_TEST_REQUEST_DATE",
            "DIDS034, ERROR,   CONSISTENCY,  DIAGNOSTIC_TEST_REQUEST_DATE",
            "DIDS035, ERROR,   CONSISTENCY,  DIAGNOSTIC_TEST_REQUEST_DATE",
            "DIDS036, ERROR,   VALIDITY,     DIAG_TEST_REQUEST_REC_DATE",
            "DIDS038, WARNING, CONSISTENCY,  DIAGNOSTIC_TEST_DATE",
            "DIDS040, ERROR,   CONSISTENCY,  PERSON_BIRTH_DATE",
            "DIDS041, ERROR,   VALIDITY,     DIAG_TEST_REQUEST_REC_DATE",
            "DIDS043, ERROR,   CONSISTENCY,  DIAG_TEST_REQUEST_REC_DATE",
            "DIDS044, ERROR,   CONSISTENCY,  DIAG_TEST_REQUEST_REC_DATE",
            "DIDS045, ERROR,   VALIDITY,     DIAGNOSTIC_TEST_DATE",
            "DIDS048, ERROR,   CONSISTENCY,  DIAGNOSTIC_TEST_DATE",
            "DIDS049, WARNING, CONSISTENCY,  DIAGNOSTIC_TEST_DATE",
            "DIDS050, ERROR,   COMPLETENESS, DIAGNOSTIC_TEST_DATE",
            "DIDS051, ERROR,   CONSISTENCY,  DIAGNOSTIC_TEST_DATE",
            "DIDS055, ERROR,   CONSISTENCY,  DIAGNOSTIC_TEST_DATE",
            "DIDS056, ERROR,   COMPLETENESS, IMAGING_CODE_NICIP",
            "DIDS061, ERROR,   VALIDITY,     SERVICE_REPORT_DATE",
            "DIDS062, WARNING, CONSISTENCY,  SERVICE_REPORT_DATE",
            "DIDS066, ERROR,   CONSISTENCY,  SERVICE_REPORT_DATE",
            "DIDS067, ERROR,   COMPLETENESS, SITE_CODE_IMAGING",
            "DIDS069, ERROR,   VALIDITY,     SITE_CODE_IMAGING",
            "DIDS070, ERROR,   COMPLETENESS, RADIOLOGICAL_ACCESSION_NUM",
            "DIDS072, ERROR,   VALIDITY,     RADIOLOGICAL_ACCESSION_NUM",
            "DIDS073, ERROR,   COMPLETENESS, NHS_NUMBER",
            "DIDS074, ERROR,   COMPLETENESS, NHS_NUMBER",
            "DQW-NHS-PALINDROME, WARNING, PLAUSIBILITY, NHS_NUMBER",
            "DQW-NHS-BLOCKED,    WARNING, PLAUSIBILITY, NHS_NUMBER",
            "DQW-SNOMED-CHECK,   WARNING, PLAUSIBILITY, IMAGING_CODE_SNOMED",
            "DQW-NICIP-SHAPE,    WARNING, PLAUSIBILITY, IMAGING_CODE_NICIP",
            "DQW-PRACTICE-SHAPE, WARNING, PLAUSIBILITY, PRACTICE_CODE",
            "DQW-POSTCODE-SHAPE, WARNING, PLAUSIBILITY, POSTCODE",
            "DQW-REFORG-SHAPE,   WARNING, PLAUSIBILITY, REFERRING_ORG_CODE",
    })
    void ruleHasTheSeverityKindAndSubjectOfTheReference(String code, Severity severity, RuleKind kind,
                                                        String subject) {
        Rule rule = DidRecords.rule(code);

        assertThat(rule.severity()).isEqualTo(severity);
        assertThat(rule.kind()).isEqualTo(kind);
        assertThat(rule.fields()).first().isEqualTo(subject);
        assertThat(rule.description()).isNotBlank().endsWith(".");
        assertThat(rule.references()).isEmpty();
    }

    @Test
    void recordRulesNeedingNoReferenceDataAreExactlyTheBriefsList() {
        List<String> codes = DidV1RecordRules.create().stream().map(Rule::code).sorted().toList();

        assertThat(codes).containsExactly("DIDS001", "DIDS002", "DIDS003", "DIDS005", "DIDS006", "DIDS008",
                "DIDS009", "DIDS010", "DIDS012", "DIDS014", "DIDS017", "DIDS020", "DIDS021", "DIDS023", "DIDS026",
                "DIDS027", "DIDS028", "DIDS031", "DIDS034", "DIDS035", "DIDS036", "DIDS038", "DIDS040", "DIDS041",
                "DIDS043", "DIDS044", "DIDS045", "DIDS048", "DIDS049", "DIDS050", "DIDS051", "DIDS055", "DIDS056",
                "DIDS061", "DIDS062", "DIDS066", "DIDS067", "DIDS069", "DIDS070", "DIDS072", "DIDS073", "DIDS074",
                "DQW-NHS-BLOCKED", "DQW-NHS-PALINDROME", "DQW-NICIP-SHAPE", "DQW-POSTCODE-SHAPE",
                "DQW-PRACTICE-SHAPE", "DQW-REFORG-SHAPE", "DQW-SNOMED-CHECK");
    }

    /** docs/rules.md must list every rule of the profile with the severity the code gives it. */
    @Test
    void rulesDocumentListsEveryRuleWithItsSeverity() throws IOException {
        String doc = Files.readString(Path.of("docs", "rules.md"));
        Pattern row = Pattern.compile("^\\| (DIDS\\d{3}|DQW-[A-Z-]+) \\| (E|W) \\|", Pattern.MULTILINE);
        java.util.Map<String, String> documented = new java.util.HashMap<>();
        Matcher m = row.matcher(doc);
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }

        for (Rule r : DidRecords.PROFILE.rules()) {
            assertThat(documented).as("docs/rules.md row for %s", r.code())
                    .containsEntry(r.code(), r.severity() == Severity.ERROR ? "E" : "W");
        }
        assertThat(documented).containsKey(DidV1Profile.STRUCTURE_RULE);
    }
}
