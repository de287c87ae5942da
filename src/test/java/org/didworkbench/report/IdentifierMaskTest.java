package org.didworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IdentifierMaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "9434765919|**********",
            "943 476 5919|*** *** ****",
            "1950-03-14|****-**-**",
            "14/03/1950|**/**/****",
            "LS1 4HR|*** ***",
            "''|''"})
    void maskHidesLettersAndDigitsButKeepsTheLayout(String value, String masked) {
        assertThat(IdentifierMask.mask(value)).isEqualTo(masked);
    }

    @Test
    void theRecordsOwnValuesAreMaskedWhereverAndHoweverTheyAreQuoted() {
        String message = "Age at test 3 (PERSON BIRTH DATE '2023-02-07', DIAGNOSTIC TEST DATE '2026-09-23') is implausible";
        assertThat(IdentifierMask.maskText(message, List.of(" 2023-02-07 ")))
                .isEqualTo("Age at test 3 (PERSON BIRTH DATE '****-**-**', DIAGNOSTIC TEST DATE '2026-09-23') is implausible");
        assertThat(IdentifierMask.maskText("POSTCODE OF USUAL ADDRESS 'b13 4ab' is lower case", List.of("b13 4ab")))
                .isEqualTo("POSTCODE OF USUAL ADDRESS '*** ***' is lower case");
        // written without its separators in the message
        assertThat(IdentifierMask.maskText("NHS NUMBER '4347659' is short", List.of("434-765-9")))
                .isEqualTo("NHS NUMBER '*******' is short");
    }

    @Test
    void anythingShapedLikeAnNhsNumberOrPostcodeIsMaskedEvenFromAnotherRecord() {
        assertThat(IdentifierMask.maskText("same as 9732552476 at line 5", List.of()))
                .isEqualTo("same as ********** at line 5");
        assertThat(IdentifierMask.maskText("expected 'B13 4AB' or 'M46 0WW'", List.of()))
                .isEqualTo("expected '*** ***' or '*** ***'");
        assertThat(IdentifierMask.maskText("no space: 'B134AB'", List.of())).isEqualTo("no space: '******'");
    }

    @Test
    void leavesCodesDatesAndPseudoPostcodesThatIdentifyNoOneAlone() {
        String text = "IMAGING CODE (SNOMED-CT) '169069000', SITE CODE 'RR801', ACC 'RZZ02-0000199', "
                + "DIAGNOSTIC TEST DATE '2026-09-24', a ZZ99 3WZ pseudo-postcode, 11-digit 12345678901";
        assertThat(IdentifierMask.maskText(text, List.of())).isEqualTo(text);
    }

    @Test
    void valuesTooShortToIdentifyAnyoneAreNotHunted() {
        assertThat(IdentifierMask.maskText("NHS NUMBER '12' is 2 characters long", List.of("12")))
                .isEqualTo("NHS NUMBER '12' is 2 characters long");
    }
}
