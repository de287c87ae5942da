package org.didworkbench.domain.rules.did;

import static org.assertj.core.api.Assertions.assertThat;

import org.didworkbench.domain.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DIDS017 (postcode), DIDS023 (referrer), DIDS069 (site), DIDS072 (accession) and their workbench companions. */
class FormatRulesTest {

    @ParameterizedTest(name = "''{0}'' -> [{1}]")
    @CsvSource({
            "LS1 4HR,    ",
            "M1 1AA,     ",
            "M60 1NW,    ",
            "CR2 6XH,    ",
            "DN55 1PT,   ",
            "W1A 1HQ,    ",
            "EC1A 1BB,   ",
            "SW1A 2AA,   ",
            "BX1 1LT,    ",
            "N1P 1AA,    ",
            "' LS1 4HR ', ",
            "ZZ99 3WZ,   ",
            "ZZ99 3VZ,   ",
            "ZZ99 6CZ,   ",
            // accepted nationally, not in Royal Mail form: a workbench warning only
            "ls1 4hr,    DQW-POSTCODE-SHAPE",
            "Ls1 4HR,    DQW-POSTCODE-SHAPE",
            "LS1  4HR,   DQW-POSTCODE-SHAPE",
            "zz99 3wz,   DQW-POSTCODE-SHAPE",
            "QA1 1AA,    DQW-POSTCODE-SHAPE",
            "VA1 1AA,    DQW-POSTCODE-SHAPE",
            "XM4 5HQ,    DQW-POSTCODE-SHAPE",
            "AI1 1AA,    DQW-POSTCODE-SHAPE",
            "AZ1 1AA,    DQW-POSTCODE-SHAPE",
            "W1L 1AA,    DQW-POSTCODE-SHAPE",
            "LS1 4CR,    DQW-POSTCODE-SHAPE",
            "LS1 4HV,    DQW-POSTCODE-SHAPE",
            // not a postcode shape: DIDS017 only
            "LS14HR,     DIDS017",
            "EC1A1BB,    DIDS017",
            "LS1-4HR,    DIDS017",
            "LS1 4H,     DIDS017",
            "LS1 44R,    DIDS017",
            "1LS 4HR,    DIDS017",
            "LSA1 4HR,   DIDS017",
            "LS123 4HR,  DIDS017",
            "GIR 0AA,    DIDS017",
            "ZZ993WZ,    DIDS017",
            "L 4HR,      DIDS017",
            "'',         ",
    })
    void postcodeCodes(String value, String codes) {
        assertThat(DidRecords.codesFor(DidRecords.withItem("POSTCODE", value)))
                .containsExactlyElementsOf(DidRecords.expected(codes));
    }

    @Test
    void tabBetweenThePartsPassesTheNationalRegexButNotTheRoyalMailShape() {
        assertThat(DidRecords.codesFor(DidRecords.withItem("POSTCODE", "LS1\t4HR")))
                .containsExactly("DQW-POSTCODE-SHAPE");
    }

    @Test
    void missingSpaceMessageShowsTheSpacedForm() {
        Finding f = DidRecords.check("DIDS017", DidRecords.withItem("POSTCODE", "LS14HR"));

        assertThat(f.message()).isEqualTo("POSTCODE OF USUAL ADDRESS 'LS14HR' has no space between its outward and"
                + " inward parts; expected them separated by a space, e.g. 'LS1 4HR'.");
    }

    @Test
    void postcodeShapeMessageSaysWhichLetterRuleIsBroken() {
        Finding f = DidRecords.check("DQW-POSTCODE-SHAPE", DidRecords.withItem("POSTCODE", "QA1 1AA"));

        assertThat(f.message()).startsWith("POSTCODE OF USUAL ADDRESS 'QA1 1AA' starts with 'Q'; a postcode never"
                + " starts with Q, V or X; expected the Royal Mail form");
    }

    @ParameterizedTest(name = "''{0}'' -> [{1}]")
    @CsvSource({
            "G1234567,  ",
            "g1234567,  ",
            "' G1234567 ', ",
            "C1234567,  ",
            "C1,        ",
            "D1234567,  ",
            "S1234567,  ",
            "CD123456,  ",
            "CH1,       ",
            "DT123456,  ",
            "PH123456,  ",
            "ph123456,  ",
            "SL12,      ",
            "12A3456B,  ",
            "12a3456b,  ",
            "ZE123456,  ",
            "ZN123456,  ",
            "ZS123456,  ",
            "ZW123456,  ",
            "H9999998,  ",
            "M9999998,  ",
            "R9999981,  ",
            "A9999998,  ",
            "P9999981,  ",
            "X9999998,  ",
            "N9999998,  ",
            "G9999998,  ",
            "C9999998,  ",
            "'',        ",
            "G12345678, DIDS023",
            "G,         DIDS023",
            "CD1234567, DIDS023",
            "CH,        DIDS023",
            "ZA123456,  DIDS023",
            "ZE12345,   DIDS023",
            "Z1234567,  DIDS023",
            "H1234567,  DIDS023",
            "X1234567,  DIDS023",
            "123A456B,  DIDS023",
            "12A3456,   DIDS023",
            "99,        DIDS023",
            "G123 4567, DIDS023",
            "G-1234567, DIDS023",
    })
    void referrerCodes(String value, String codes) {
        assertThat(DidRecords.codesFor(DidRecords.withItem("REFERRER", value)))
                .containsExactlyElementsOf(DidRecords.expected(codes));
    }

    @Test
    void referrerMessageSaysTheValueBecomes99() {
        Finding f = DidRecords.check("DIDS023", DidRecords.withItem("REFERRER", "99"));

        assertThat(f.message()).startsWith("REFERRER CODE '99' is not in a recognised referrer code format, so the"
                + " national service replaces it with 99 and warns; expected e.g. G1234567 (GP)");
    }

    @ParameterizedTest(name = "''{0}'' -> [{1}]")
    @CsvSource({
            "RR801,          ",
            "rr801,          ",
            "RALC7,          ",
            "F0U9Q,          ",
            "89999,          ",
            "R9998,          ",
            "ABCDEFGHIJKL,   ",
            "RR8,            DIDS069",
            "RR80,           DIDS069",
            "ABCDEFGHIJKLM,  DIDS069",
            "RR8-01,         DIDS069",
            "'RR8 01',       DIDS069",
            "'',             DIDS067",
    })
    void siteCodes(String value, String codes) {
        assertThat(DidRecords.codesFor(DidRecords.withItem("SITE_CODE_IMAGING", value)))
                .containsExactlyElementsOf(DidRecords.expected(codes));
    }

    @ParameterizedTest(name = "''{0}'' -> [{1}]")
    @CsvSource({
            "ACC0001,                 ",
            "800-04,                  ",
            "800/06,                  ",
            "800\\05,                 ",
            "0001,                    ",
            "'ACC 0001',              ",
            "12345678901234567890,    ",
            "123456789012345678901,   DIDS072",
            "'',                      DIDS070",
    })
    void accessionNumbers(String value, String codes) {
        assertThat(DidRecords.codesFor(DidRecords.withItem("RADIOLOGICAL_ACCESSION_NUM", value)))
                .containsExactlyElementsOf(DidRecords.expected(codes));
    }

    @Test
    void accessionLengthCountsCharactersNotUtf16Units() {
        String twentyEmoji = "\uD83D\uDE00".repeat(20);

        assertThat(DidRecords.check("DIDS072", DidRecords.withItem("RADIOLOGICAL_ACCESSION_NUM", twentyEmoji)))
                .isNull();
        assertThat(DidRecords.check("DIDS072", DidRecords.withItem("RADIOLOGICAL_ACCESSION_NUM", twentyEmoji + "x"))
                .message()).endsWith("is 21 characters long; expected at most 20 characters.");
    }

    @Test
    void siteMessageNamesTheItemAndQuotesTheValue() {
        Finding f = DidRecords.check("DIDS069", DidRecords.withItem("SITE_CODE_IMAGING", "RR8"));

        assertThat(f.value()).isEqualTo("RR8");
        assertThat(f.message()).isEqualTo("SITE CODE (OF IMAGING) 'RR8' is not 5 to 12 letters and digits; expected an"
                + " ODS site code such as RR801 (3-character trust codes are not accepted).");
    }
}
