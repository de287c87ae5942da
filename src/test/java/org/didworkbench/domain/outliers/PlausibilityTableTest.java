package org.didworkbench.domain.outliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PlausibilityTableTest {

    @Test
    void theDefaultTableReadsIntoItsRows() {
        List<PlausibilityRow> rows = PlausibilityTable.defaults().rows();

        assertThat(rows).extracting(PlausibilityRow::examination).containsExactly("any examination",
                "bone densitometry", "obstetric imaging", "neonatal examination", "infant examination",
                "paediatric-only examination");
        PlausibilityRow obstetric = rows.get(2);
        assertThat(obstetric.allowedGender()).isEqualTo("2");
        assertThat(obstetric.minAge()).isEqualTo(10);
        assertThat(obstetric.maxAge()).isEqualTo(60);
        assertThat(rows.get(1).nicipPatterns()).containsExactly("XDEXA", "CDEXA");
        assertThat(rows).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    }

    @ParameterizedTest
    @CsvSource({
        "XDEXA, XDEXA, true",
        "X*,    XCHES, true",
        "*,     MBRAI, true",
        "U*B,   UWRILB, true",
        "U*B,   UWRILN, false",
        "XDEXA, XDEXAB, false",
        "C*X*,  CABDOX, true"})
    void nicipPatternsMatchWithStars(String pattern, String code, boolean matches) {
        assertThat(PlausibilityRow.glob(pattern, code)).isEqualTo(matches);
    }

    @Test
    void aRowCoversByCodeOrByAWordOfThePreferredTerm() {
        PlausibilityRow row = new PlausibilityRow(List.of("xdexa"), List.of("Densitometr"), "bone densitometry",
                null, 16, null, "why");

        assertThat(row.covers("XDEXA", null)).isTrue();
        assertThat(row.covers("NBONE", "DXA bone densitometry of hip")).isTrue();
        assertThat(row.covers("NBONE", "NM bone scan")).isFalse();
        assertThat(row.covers(null, null)).isFalse();
    }

    @Test
    void aUsersTableWithQuotedCommasReads() {
        PlausibilityTable t = PlausibilityTable.parse("# my table\n"
                + "nicip_codes,description_words,examination,allowed_gender,min_age,max_age,reason\n"
                + "XMAM*,mammogra,\"mammography, symptomatic\",,20,,\"Rarely done under 20, \"\"ultrasound first\"\"\"\n");

        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.examination()).isEqualTo("mammography, symptomatic");
            assertThat(r.reason()).isEqualTo("Rarely done under 20, \"ultrasound first\"");
            assertThat(r.minAge()).isEqualTo(20);
            assertThat(r.maxAge()).isNull();
            assertThat(r.allowedGender()).isNull();
        });
    }

    @Test
    void aTableWithoutTheHeaderIsRefused() {
        assertThatThrownBy(() -> PlausibilityTable.parse("codes,min\nXDEXA,16\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Line 1: the header must be nicip_codes,description_words,");
    }

    @Test
    void aRowWithABadAgeIsRefusedWithItsLine() {
        String csv = "nicip_codes,description_words,examination,allowed_gender,min_age,max_age,reason\n"
                + "XDEXA,,bone densitometry,,sixteen,,why\n";

        assertThatThrownBy(() -> PlausibilityTable.parse(csv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Line 2: an age must be a whole number of years from 0 to 150");
    }

    @Test
    void aRowThatChecksNothingIsRefused() {
        String csv = "nicip_codes,description_words,examination,allowed_gender,min_age,max_age,reason\n"
                + "XDEXA,,bone densitometry,,,,why\n";

        assertThatThrownBy(() -> PlausibilityTable.parse(csv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Line 2: A plausibility row needs a gender or an age limit");
    }
}
