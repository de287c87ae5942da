package org.didworkbench.domain.rules.did;

import static org.didworkbench.domain.rules.did.DidV1Items.DIAGNOSTIC_TEST_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.DIAGNOSTIC_TEST_REQUEST_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.DIAG_TEST_REQUEST_REC_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.ETHNIC_CATEGORY;
import static org.didworkbench.domain.rules.did.DidV1Items.IMAGING_CODE_NICIP;
import static org.didworkbench.domain.rules.did.DidV1Items.IMAGING_CODE_SNOMED;
import static org.didworkbench.domain.rules.did.DidV1Items.NHS_NUMBER;
import static org.didworkbench.domain.rules.did.DidV1Items.NHS_NUMBER_STATUS_IND;
import static org.didworkbench.domain.rules.did.DidV1Items.PATIENT_SOURCE_SETTING;
import static org.didworkbench.domain.rules.did.DidV1Items.PERSON_BIRTH_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.PERSON_GENDER_CODE;
import static org.didworkbench.domain.rules.did.DidV1Items.POSTCODE;
import static org.didworkbench.domain.rules.did.DidV1Items.PRACTICE_CODE;
import static org.didworkbench.domain.rules.did.DidV1Items.RADIOLOGICAL_ACCESSION_NUM;
import static org.didworkbench.domain.rules.did.DidV1Items.REFERRER;
import static org.didworkbench.domain.rules.did.DidV1Items.REFERRING_ORG_CODE;
import static org.didworkbench.domain.rules.did.DidV1Items.SERVICE_REPORT_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.SITE_CODE_IMAGING;
import static org.didworkbench.domain.rules.Severity.ERROR;
import static org.didworkbench.domain.rules.Severity.WARNING;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.rules.RecordRule;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.checks.Postcode;

/**
 * The DID v1 record rules that need no reference data (did-reference.md §1.6, DPS codes and
 * severities), plus the workbench plausibility checks ({@code DQW-…}, always warnings). The full
 * catalogue with sources is in docs/rules.md.
 */
final class DidV1RecordRules {
    /** DIDS009: a birth date on or before 1900-01-01 is rejected. */
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 2);
    /** DIDS031 / DIDS041: request and received dates before 1970 are rejected. */
    static final LocalDate EARLIEST_REQUEST_DATE = LocalDate.of(1970, 1, 1);

    private DidV1RecordRules() {
    }

    static List<RecordRule> create() {
        List<DataItem> items = DidV1Items.items();
        ItemRef nhs = ItemRef.of(items, NHS_NUMBER);
        ItemRef status = ItemRef.of(items, NHS_NUMBER_STATUS_IND);
        ItemRef dob = ItemRef.of(items, PERSON_BIRTH_DATE);
        ItemRef ethnic = ItemRef.of(items, ETHNIC_CATEGORY);
        ItemRef gender = ItemRef.of(items, PERSON_GENDER_CODE);
        ItemRef postcode = ItemRef.of(items, POSTCODE);
        ItemRef practice = ItemRef.of(items, PRACTICE_CODE);
        ItemRef setting = ItemRef.of(items, PATIENT_SOURCE_SETTING);
        ItemRef referrer = ItemRef.of(items, REFERRER);
        ItemRef referringOrg = ItemRef.of(items, REFERRING_ORG_CODE);
        ItemRef request = ItemRef.of(items, DIAGNOSTIC_TEST_REQUEST_DATE);
        ItemRef received = ItemRef.of(items, DIAG_TEST_REQUEST_REC_DATE);
        ItemRef test = ItemRef.of(items, DIAGNOSTIC_TEST_DATE);
        ItemRef nicip = ItemRef.of(items, IMAGING_CODE_NICIP);
        ItemRef snomed = ItemRef.of(items, IMAGING_CODE_SNOMED);
        ItemRef report = ItemRef.of(items, SERVICE_REPORT_DATE);
        ItemRef site = ItemRef.of(items, SITE_CODE_IMAGING);
        ItemRef accession = ItemRef.of(items, RADIOLOGICAL_ACCESSION_NUM);
        List<ItemRef> demographics = List.of(nhs, dob, ethnic, gender, postcode, practice);

        return List.of(
                // Patient and demographics
                new ValueRule("DIDS001", ERROR, RuleKind.VALIDITY, nhs, DidV1ValueChecks::nhsNumberCheckDigit,
                        "NHS NUMBER, when supplied with 10 characters, must be 10 digits passing the modulus 11"
                                + " check (other lengths are DIDS002)."),
                DidV1ValueRules.NHS_NUMBER_LENGTH.rule("DIDS002", ERROR, nhs),
                new CodeListRule("DIDS003", ERROR, status, DidV1Items.NHS_NUMBER_STATUS),
                new DateFormatRule("DIDS005", ERROR, dob),
                new DateOrderRule("DIDS006", ERROR, dob, test),
                new DateOrderRule("DIDS008", ERROR, dob, report),
                new DateFloorRule("DIDS009", ERROR, dob, EARLIEST_BIRTH_DATE),
                new MonthsAfterBirthRule("DIDS010", ERROR, dob, request, 6),
                new CodeListRule("DIDS012", ERROR, ethnic, DidV1Items.ETHNIC),
                new CodeListRule("DIDS014", ERROR, gender, DidV1Items.GENDER),
                DidV1ValueRules.POSTCODE_FORMAT.rule("DIDS017", ERROR, postcode),
                new AtLeastOneRule("DIDS073", ERROR, demographics),
                new AtLeastOneRule("DIDS074", ERROR, demographics, postcode, Postcode.PSEUDO_PREFIX),

                // Referral
                new NotBlankRule("DIDS020", ERROR, setting),
                new CodeListRule("DIDS021", ERROR, setting, DidV1Items.SOURCE_SETTING),
                DidV1ValueRules.REFERRER_FORMAT.rule("DIDS023", WARNING, referrer),
                new DateFormatRule("DIDS026", ERROR, request),
                new DateOrderRule("DIDS027", ERROR, request, received),
                new DateGapRule("DIDS028", WARNING, request, test, Period.ofDays(365)),
                new DateFloorRule("DIDS031", ERROR, request, EARLIEST_REQUEST_DATE),
                new DateOrderRule("DIDS034", ERROR, request, test),
                new DateOrderRule("DIDS035", ERROR, request, report),
                new DateFormatRule("DIDS036", ERROR, received),
                new DateGapRule("DIDS038", WARNING, received, test, Period.ofDays(365)),
                new MonthsAfterBirthRule("DIDS040", ERROR, dob, received, 6),
                new DateFloorRule("DIDS041", ERROR, received, EARLIEST_REQUEST_DATE),
                new DateOrderRule("DIDS043", ERROR, received, test),
                new DateOrderRule("DIDS044", ERROR, received, report),

                // Imaging activity
                new DateFormatRule("DIDS045", ERROR, test),
                new DateOrderRule("DIDS048", ERROR, test, report),
                new SubmissionCutOffRule("DIDS049", WARNING, test, 4, 7),
                new NotBlankRule("DIDS050", ERROR, test),
                new NotAfterSubmissionRule("DIDS051", ERROR, test),
                new SubmissionCutOffRule("DIDS055", ERROR, test, 7, SubmissionCutOffRule.UNBOUNDED),
                new AtLeastOneRule("DIDS056", ERROR, List.of(nicip, snomed)),
                new DateFormatRule("DIDS061", ERROR, report),
                new DateGapRule("DIDS062", WARNING, test, report, Period.ofMonths(1)),
                new NotAfterSubmissionRule("DIDS066", ERROR, report),
                new NotBlankRule("DIDS067", ERROR, site),
                DidV1ValueRules.SITE_CODE_FORMAT.rule("DIDS069", ERROR, site),
                new NotBlankRule("DIDS070", ERROR, accession),
                new ValueRule("DIDS072", ERROR, RuleKind.VALIDITY, accession, DidV1ValueChecks::accessionLength,
                        "RADIOLOGICAL ACCESSION NUMBER, when supplied, must be at most 20 characters."),

                // Workbench plausibility checks: warnings that never change the national verdict
                DidV1ValueRules.NHS_NUMBER_PALINDROME.rule("DQW-NHS-PALINDROME", WARNING, nhs),
                DidV1ValueRules.NHS_NUMBER_BLOCKED.rule("DQW-NHS-BLOCKED", WARNING, nhs),
                new ValueRule("DQW-SNOMED-CHECK", WARNING, RuleKind.PLAUSIBILITY, snomed,
                        DidV1ValueChecks::snomedStructure,
                        "IMAGING CODE (SNOMED-CT) should be a SNOMED CT concept identifier: 6 to 18 digits, no"
                                + " leading zero, partition 00 or 10, valid Verhoeff check digit."),
                DidV1ValueRules.NICIP_SHAPE.rule("DQW-NICIP-SHAPE", WARNING, nicip),
                DidV1ValueRules.PRACTICE_SHAPE.rule("DQW-PRACTICE-SHAPE", WARNING, practice),
                DidV1ValueRules.POSTCODE_SHAPE.rule("DQW-POSTCODE-SHAPE", WARNING, postcode),
                DidV1ValueRules.REFERRING_ORG_SHAPE.rule("DQW-REFORG-SHAPE", WARNING, referringOrg));
    }
}
