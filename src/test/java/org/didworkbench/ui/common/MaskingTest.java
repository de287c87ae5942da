package org.didworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.rules.did.DidV1Items;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {
    private static final List<DataItem> ITEMS = DidV1Items.items();

    @ParameterizedTest(name = "{0} ''{1}'' shows as ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "NHS_NUMBER|9434765919|•••••••919",
        "NHS_NUMBER|12|••",
        "PERSON_BIRTH_DATE|1967-04-01|1967-••-••",
        "POSTCODE|LS12 7PA|LS12 •••",
        "POSTCODE|B302UQ|B30 •••",
        "NHS_NUMBER_STATUS_IND|01|01",
        "SITE_CODE_IMAGING|RZZ01|RZZ01",
    })
    void identifiersKeepJustEnoughToTellThemApart(String item, String value, String shown) {
        DataItem d = ITEMS.stream().filter(i -> i.name().equals(item)).findFirst().orElseThrow();
        assertThat(Masking.mask(d, value)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"NHS_NUMBER,true", "PERSON_BIRTH_DATE,true", "POSTCODE,true", "ETHNIC_CATEGORY,false"})
    void onlyPatientIdentifiersAreMasked(String item, boolean masked) {
        DataItem d = ITEMS.stream().filter(i -> i.name().equals(item)).findFirst().orElseThrow();
        assertThat(Masking.applies(d)).isEqualTo(masked);
    }

    @org.junit.jupiter.api.Test
    void aQuotedValueInAMessageIsMaskedAndBlankStaysBlank() {
        DataItem nhs = ITEMS.get(DidV1Items.NHS_NUMBER);
        assertThat(Masking.maskInMessage(nhs, "9993215292", "NHS NUMBER '9993215292' fails"))
                .isEqualTo("NHS NUMBER '•••••••292' fails");
        assertThat(Masking.mask(nhs, "")).isEmpty();
    }
}
