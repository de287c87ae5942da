package org.didworkbench.domain.rules.did;

import static org.assertj.core.api.Assertions.assertThat;

import org.didworkbench.domain.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DQW shape checks: silent on ordinary valid data, a warning on odd shapes. */
class PlausibilityRulesTest {

    @ParameterizedTest(name = "{0}=''{1}'' -> [{2}]")
    @CsvSource({
            "IMAGING_CODE_SNOMED, 169069000,          ",
            "IMAGING_CODE_SNOMED, 241575006,          ",
            "IMAGING_CODE_SNOMED, 22059005,           ",
            "IMAGING_CODE_SNOMED, 869331000000103,    ",
            "IMAGING_CODE_SNOMED, 1025291000000104,   ",
            "IMAGING_CODE_SNOMED, 999001111000000105, ",
            "IMAGING_CODE_SNOMED, 100005,             ",
            "IMAGING_CODE_SNOMED, 169069001,          DQW-SNOMED-CHECK",
            "IMAGING_CODE_SNOMED, 0169069000,         DQW-SNOMED-CHECK",
            "IMAGING_CODE_SNOMED, 12006,              DQW-SNOMED-CHECK",
            "IMAGING_CODE_SNOMED, 1234567890123456100, DQW-SNOMED-CHECK",
            "IMAGING_CODE_SNOMED, 123456017,          DQW-SNOMED-CHECK",
            "IMAGING_CODE_SNOMED, 123456126,          DQW-SNOMED-CHECK",
            "IMAGING_CODE_SNOMED, 16906900A,          DQW-SNOMED-CHECK",
            "IMAGING_CODE_SNOMED, CCHES,              DQW-SNOMED-CHECK",
            "IMAGING_CODE_NICIP,  XCHES,              ",
            "IMAGING_CODE_NICIP,  CCHES,              ",
            "IMAGING_CODE_NICIP,  cches,              ",
            "IMAGING_CODE_NICIP,  MT2M,               ",
            "IMAGING_CODE_NICIP,  NM123W,             ",
            "IMAGING_CODE_NICIP,  CCH,                DQW-NICIP-SHAPE",
            "IMAGING_CODE_NICIP,  CCHEST1,            DQW-NICIP-SHAPE",
            "IMAGING_CODE_NICIP,  C-CHES,             DQW-NICIP-SHAPE",
            "IMAGING_CODE_NICIP,  169069000,          DQW-NICIP-SHAPE",
            "PRACTICE_CODE,       B82005,             ",
            "PRACTICE_CODE,       b82005,             ",
            "PRACTICE_CODE,       A81001,             ",
            "PRACTICE_CODE,       V81999,             ",
            "PRACTICE_CODE,       V81997,             ",
            "PRACTICE_CODE,       K81003001,          ",
            "PRACTICE_CODE,       B8200,              DQW-PRACTICE-SHAPE",
            "PRACTICE_CODE,       B820055,            DQW-PRACTICE-SHAPE",
            "PRACTICE_CODE,       BB2005,             DQW-PRACTICE-SHAPE",
            "PRACTICE_CODE,       RR8,                DQW-PRACTICE-SHAPE",
            "PRACTICE_CODE,       G9999998,           DQW-PRACTICE-SHAPE",
            "REFERRING_ORG_CODE,  B82005,             ",
            "REFERRING_ORG_CODE,  RR8,                ",
            "REFERRING_ORG_CODE,  RR801,              ",
            "REFERRING_ORG_CODE,  K81003001,          ",
            "REFERRING_ORG_CODE,  X99998,             ",
            "REFERRING_ORG_CODE,  X99999,             ",
            "REFERRING_ORG_CODE,  XMD00,              ",
            "REFERRING_ORG_CODE,  89997,              ",
            "REFERRING_ORG_CODE,  X98,                ",
            "REFERRING_ORG_CODE,  Q99,                ",
            "REFERRING_ORG_CODE,  RR80,               DQW-REFORG-SHAPE",
            "REFERRING_ORG_CODE,  RR8-01,             DQW-REFORG-SHAPE",
            "REFERRING_ORG_CODE,  ABCDEFGHIJ,         DQW-REFORG-SHAPE",
            "REFERRING_ORG_CODE,  R,                  DQW-REFORG-SHAPE",
    })
    void shapeCodes(String item, String value, String codes) {
        assertThat(DidRecords.codesFor(DidRecords.withItem(item, value)))
                .containsExactlyElementsOf(DidRecords.expected(codes));
    }

    @ParameterizedTest(name = "{0}=''{1}'' -> {2}")
    @CsvSource(delimiter = '#', value = {
            "IMAGING_CODE_SNOMED# 169069001# IMAGING CODE (SNOMED-CT) '169069001' is not a SNOMED CT concept"
                    + " identifier: it fails the Verhoeff check digit; expected 6 to 18 digits with no leading zero,"
                    + " partition 00 or 10 and a valid Verhoeff check digit, e.g. 169069000.",
            "IMAGING_CODE_SNOMED# 123456017# IMAGING CODE (SNOMED-CT) '123456017' is not a SNOMED CT concept"
                    + " identifier: it has partition digits that do not mark a concept (00 or 10); expected 6 to 18"
                    + " digits with no leading zero, partition 00 or 10 and a valid Verhoeff check digit, e.g."
                    + " 169069000.",
            "IMAGING_CODE_NICIP# C-CHES# IMAGING CODE (NICIP) 'C-CHES' is not shaped like a NICIP code; expected 4 to"
                    + " 6 letters or digits, e.g. CCHES.",
            "REFERRING_ORG_CODE# RR80# REFERRING ORGANISATION CODE 'RR80' is not shaped like an ODS organisation"
                    + " code; expected 3 (trust), 5 (site), 6 (GP practice) or 9 (branch) letters and digits, e.g."
                    + " RR8, RR801 or B82005.",
    })
    void messages(String item, String value, String message) {
        String code = switch (item) {
            case "IMAGING_CODE_SNOMED" -> "DQW-SNOMED-CHECK";
            case "IMAGING_CODE_NICIP" -> "DQW-NICIP-SHAPE";
            default -> "DQW-REFORG-SHAPE";
        };
        Finding f = DidRecords.check(code, DidRecords.withItem(item, value));

        assertThat(f.value()).isEqualTo(value);
        assertThat(f.message()).isEqualTo(message);
    }

    @Test
    void practiceMessageNamesTheDataDictionaryItem() {
        Finding f = DidRecords.check("DQW-PRACTICE-SHAPE", DidRecords.withItem("PRACTICE_CODE", "B8200"));

        assertThat(f.message()).startsWith("GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) 'B8200' is not shaped"
                + " like a GP practice code;");
    }

    @Test
    void nhsNumberWarningsExplainThemselves() {
        assertThat(DidRecords.check("DQW-NHS-BLOCKED", DidRecords.withItem("NHS_NUMBER", "0123456789")).message())
                .startsWith("NHS NUMBER '0123456789' passes the modulus 11 check but is a known dummy number");
        assertThat(DidRecords.check("DQW-NHS-PALINDROME", DidRecords.withItem("NHS_NUMBER", "1234554321")).message())
                .startsWith("NHS NUMBER '1234554321' reads the same backwards");
    }
}
