package org.didworkbench.domain.rules.did;

import static org.assertj.core.api.Assertions.assertThat;

import org.didworkbench.domain.rules.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DIDS003, DIDS012, DIDS014, DIDS020 and DIDS021: exact, case-sensitive code lists after trimming. */
class CodeListRulesTest {

    @ParameterizedTest(name = "{0} ''{1}'' -> [{2}]")
    @CsvSource({
            "NHS_NUMBER_STATUS_IND,  01,     ",
            "NHS_NUMBER_STATUS_IND,  05,     ",
            "NHS_NUMBER_STATUS_IND,  07,     ",
            "NHS_NUMBER_STATUS_IND,  08,     ",
            "NHS_NUMBER_STATUS_IND,  ' 07 ', ",
            "NHS_NUMBER_STATUS_IND,  '',     ",
            "NHS_NUMBER_STATUS_IND,  1,      DIDS003",
            "NHS_NUMBER_STATUS_IND,  7,      DIDS003",
            "NHS_NUMBER_STATUS_IND,  00,     DIDS003",
            "NHS_NUMBER_STATUS_IND,  09,     DIDS003",
            "NHS_NUMBER_STATUS_IND,  007,    DIDS003",
            "NHS_NUMBER_STATUS_IND,  a,      DIDS003",
            "ETHNIC_CATEGORY,        A,      ",
            "ETHNIC_CATEGORY,        H,      ",
            "ETHNIC_CATEGORY,        ' H ',  ",
            "ETHNIC_CATEGORY,        S,      ",
            "ETHNIC_CATEGORY,        Z,      ",
            "ETHNIC_CATEGORY,        99,     ",
            "ETHNIC_CATEGORY,        a,      DIDS012",
            "ETHNIC_CATEGORY,        h,      DIDS012",
            "ETHNIC_CATEGORY,        I,      DIDS012",
            "ETHNIC_CATEGORY,        O,      DIDS012",
            "ETHNIC_CATEGORY,        Q,      DIDS012",
            "ETHNIC_CATEGORY,        T,      DIDS012",
            "ETHNIC_CATEGORY,        9,      DIDS012",
            "ETHNIC_CATEGORY,        A1,     DIDS012",
            "ETHNIC_CATEGORY,        'A B',  DIDS012",
            "PERSON_GENDER_CODE,     0,      ",
            "PERSON_GENDER_CODE,     1,      ",
            "PERSON_GENDER_CODE,     2,      ",
            "PERSON_GENDER_CODE,     9,      ",
            "PERSON_GENDER_CODE,     02,     DIDS014",
            "PERSON_GENDER_CODE,     3,      DIDS014",
            "PERSON_GENDER_CODE,     M,      DIDS014",
            "PATIENT_SOURCE_SETTING, 01,     ",
            "PATIENT_SOURCE_SETTING, 04,     ",
            "PATIENT_SOURCE_SETTING, 07,     ",
            "PATIENT_SOURCE_SETTING, ' 03 ', ",
            "PATIENT_SOURCE_SETTING, 4,      DIDS021",
            "PATIENT_SOURCE_SETTING, 7,      DIDS021",
            "PATIENT_SOURCE_SETTING, 08,     DIDS021",
            "PATIENT_SOURCE_SETTING, 00,     DIDS021",
            "PATIENT_SOURCE_SETTING, '',     DIDS020",
            "PATIENT_SOURCE_SETTING, '  ',   DIDS020",
    })
    void codeListCodes(String item, String value, String codes) {
        assertThat(DidRecords.codesFor(DidRecords.withItem(item, value)))
                .containsExactlyElementsOf(DidRecords.expected(codes));
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '#', value = {
            "DIDS003# NHS_NUMBER_STATUS_IND# 7# NHS NUMBER STATUS INDICATOR CODE '7' is not a valid code; expected one"
                    + " of 01, 02, 03, 04, 05, 06, 07 or 08 (the leading zero is required: '07').",
            "DIDS012# ETHNIC_CATEGORY# a# ETHNIC CATEGORY 'a' is not a valid code; expected one of A, B, C, D, E, F,"
                    + " G, H, J, K, L, M, N, P, R, S, Z or 99 (codes are case-sensitive: 'A').",
            "DIDS012# ETHNIC_CATEGORY# T# ETHNIC CATEGORY 'T' is not a valid code; expected one of A, B, C, D, E, F,"
                    + " G, H, J, K, L, M, N, P, R, S, Z or 99.",
            "DIDS014# PERSON_GENDER_CODE# 02# PERSON GENDER CODE CURRENT '02' is not a valid code; expected one of"
                    + " 0, 1, 2 or 9 (without the leading zero: '2').",
            "DIDS021# PATIENT_SOURCE_SETTING# 4# PATIENT SOURCE SETTING TYPE (DIAGNOSTIC IMAGING) '4' is not a valid"
                    + " code; expected one of 01, 02, 03, 04, 05, 06 or 07 (the leading zero is required: '04').",
    })
    void messagesNameTheItemQuoteTheValueAndPointAtTheNearMiss(String code, String item, String value,
                                                               String message) {
        Finding f = DidRecords.check(code, DidRecords.withItem(item, value));

        assertThat(f.value()).isEqualTo(value);
        assertThat(f.message()).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource({"DIDS020, PATIENT_SOURCE_SETTING, PATIENT SOURCE SETTING TYPE (DIAGNOSTIC IMAGING)",
            "DIDS050, DIAGNOSTIC_TEST_DATE, DIAGNOSTIC TEST DATE",
            "DIDS067, SITE_CODE_IMAGING, SITE CODE (OF IMAGING)",
            "DIDS070, RADIOLOGICAL_ACCESSION_NUM, RADIOLOGICAL ACCESSION NUMBER"})
    void blankMandatoryItemMessageNamesTheItem(String code, String item, String label) {
        Finding f = DidRecords.check(code, DidRecords.withItem(item, " "));

        assertThat(f.value()).isEmpty();
        assertThat(f.message()).isEqualTo(label + " is blank; it is mandatory, so a value must be supplied.");
    }
}
