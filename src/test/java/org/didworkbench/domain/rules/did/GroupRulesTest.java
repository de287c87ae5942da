package org.didworkbench.domain.rules.did;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.didworkbench.domain.rules.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DIDS056 (an imaging code) and DIDS073 / DIDS074 (the demographic group). */
class GroupRulesTest {
    private static final String[] NO_DEMOGRAPHICS = {"NHS_NUMBER=", "PERSON_BIRTH_DATE=", "ETHNIC_CATEGORY=",
        "PERSON_GENDER_CODE=", "POSTCODE=", "PRACTICE_CODE="};

    private static String[] demographicsOnly(String item, String value) {
        String[] row = DidRecords.with(NO_DEMOGRAPHICS);
        if (item != null) {
            row[DidRecords.PROFILE.indexOf(item)] = value;
        }
        return row;
    }

    @ParameterizedTest(name = "only {0}=''{1}'' -> [{2}]")
    @CsvSource({
            "NHS_NUMBER,         9434765919, ",
            "PERSON_BIRTH_DATE,  1950-03-14, ",
            "ETHNIC_CATEGORY,    99,         ",
            "PERSON_GENDER_CODE, 0,          ",
            "POSTCODE,           LS1 4HR,    ",
            "PRACTICE_CODE,      V81999,     ",
            // a ZZ99 pseudo-postcode satisfies DIDS073 but not DIDS074
            "POSTCODE,           ZZ99 3WZ,   DIDS074",
            "POSTCODE,           ZZ99 3VZ,   DIDS074",
            "POSTCODE,           zz99 3wz,   DIDS074|DQW-POSTCODE-SHAPE",
            // an invalid value still counts as supplied (its own rule reports it)
            "NHS_NUMBER,         123,        DIDS002",
            "POSTCODE,           ZZ993WZ,    DIDS017|DIDS074",
            // nothing at all: both rules, each saying what it means
            ",                   ,           DIDS073|DIDS074",
    })
    void demographicGroup(String item, String value, String codes) {
        assertThat(DidRecords.codesFor(demographicsOnly(item, value)))
                .containsExactlyElementsOf(DidRecords.expected(codes));
    }

    @Test
    void bothGroupMessagesSayWhatEachMeansWhenNothingIsSupplied() {
        List<Issue> issues = DidRecords.validate(demographicsOnly(null, null));

        assertThat(issues).extracting(Issue::message).containsExactly(
                "None of NHS NUMBER, PERSON BIRTH DATE, ETHNIC CATEGORY, PERSON GENDER CODE CURRENT, POSTCODE OF"
                        + " USUAL ADDRESS or GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) is supplied;"
                        + " expected at least one of them.",
                "None of NHS NUMBER, PERSON BIRTH DATE, ETHNIC CATEGORY, PERSON GENDER CODE CURRENT, POSTCODE OF"
                        + " USUAL ADDRESS or GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) is supplied;"
                        + " expected at least one of them (for this check a POSTCODE OF USUAL ADDRESS starting ZZ99"
                        + " would not count either).");
    }

    @Test
    void pseudoPostcodeMessageQuotesThePostcode() {
        List<Issue> issues = DidRecords.validate(demographicsOnly("POSTCODE", "ZZ99 3WZ"));

        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.rule()).isEqualTo("DIDS074");
            assertThat(i.value()).isEqualTo("ZZ99 3WZ");
            assertThat(i.message()).startsWith("The only item of NHS NUMBER, PERSON BIRTH DATE,")
                    .contains("supplied is POSTCODE OF USUAL ADDRESS 'ZZ99 3WZ', and a value starting ZZ99 is a"
                            + " pseudo-value that does not count");
        });
    }

    @ParameterizedTest(name = "NICIP ''{0}'', SNOMED ''{1}'' -> [{2}]")
    @CsvSource({
            "XCHES, ,          ",
            ",      169069000, ",
            "CCHES, 169069000, ",
            "' ',   '  ',      DIDS056",
            ",      ,          DIDS056",
    })
    void imagingCode(String nicip, String snomed, String codes) {
        String[] row = DidRecords.with("IMAGING_CODE_NICIP=" + (nicip == null ? "" : nicip),
                "IMAGING_CODE_SNOMED=" + (snomed == null ? "" : snomed));

        assertThat(DidRecords.codesFor(row)).containsExactlyElementsOf(DidRecords.expected(codes));
    }

    @Test
    void imagingCodeMessageNamesBothItems() {
        List<Issue> issues = DidRecords.validate(DidRecords.with("IMAGING_CODE_NICIP="));

        assertThat(issues).singleElement().satisfies(i -> assertThat(i.message()).isEqualTo(
                "Neither IMAGING CODE (NICIP) nor IMAGING CODE (SNOMED-CT) is supplied; expected at least one of"
                        + " them."));
    }
}
