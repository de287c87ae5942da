package org.didworkbench.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthComparisonTest {
    private static final YearMonth AUGUST = YearMonth.of(2026, 8);
    private static final MonthComparison COMPARE = new MonthComparison(ShiftThresholds.defaults(),
            Map.of("04", "GP Direct Access")::get);

    private static LibraryEntry august(Figures f) {
        return f.month(AUGUST).sha("b".repeat(64)).entry(1, LibraryEntry.Kind.ORIGINAL, "2026-09-16T10:00:00Z");
    }

    private static List<String> sentences(Figures before, Figures now) {
        return COMPARE.compare(now.build(), List.of(august(before))).shifts().stream().map(Shift::sentence).toList();
    }

    @Test
    void sameFiguresGiveNoShifts() {
        Comparison c = COMPARE.compare(new Figures().build(), List.of(august(new Figures())));
        assertThat(c.shifts()).isEmpty();
        assertThat(c.notes()).isEmpty();
        assertThat(c.tables()).extracting(ComparisonTable::title).containsExactly("Records", "Volume by modality",
                "Volume by site (SITE CODE (OF IMAGING))",
                "Volume by PATIENT SOURCE SETTING TYPE (DIAGNOSTIC IMAGING)", "Completeness (records with a value)",
                "Median days from request to test", "Median days from test to report");
    }

    @Test
    void theBriefsThreeShiftsInPlainWords() {
        Figures before = new Figures().wait(Figures.wait("MRI", 1210, 21, 4)).wait(Figures.wait("CT", 280, 12, 1))
                .item("ETHNIC_CATEGORY", "ETHNIC CATEGORY", 2000, 1922);
        Figures now = new Figures().wait(Figures.wait("MRI", 702, 21, 4)).wait(Figures.wait("CT", 280, 25, 1))
                .item("ETHNIC_CATEGORY", "ETHNIC CATEGORY", 2000, 1428);
        assertThat(sentences(before, now)).containsExactly(
                "MRI volume fell 42% (1,210 -> 702) compared with August 2026",
                "Completeness of ETHNIC CATEGORY fell from 96.1% to 71.4%",
                "CT median request-to-test wait rose from 12 to 25 days");
    }

    @ParameterizedTest(name = "{0} -> {1} records: flagged {2}")
    @CsvSource({
            // both the relative (20%) and the absolute (30 records) minimum must be met
            "160, 127, true",
            "160, 131, false",   // -29 records
            "12, 7, false",      // -42% of a small group
            "1200, 1000, false", // -200 records but -17%
            "1200, 950, true",
            "0, 30, true",       // a group that appears
            "0, 29, false",
            "40, 0, true",       // a group that disappears
            "25, 0, false",
    })
    void volumeThresholds(long before, long now, boolean flagged) {
        List<String> s = sentences(new Figures().wait(Figures.wait("MRI", before, 21, 4)),
                new Figures().wait(Figures.wait("MRI", now, 21, 4)));
        assertThat(s).hasSize(flagged ? 1 : 0);
    }

    @Test
    void groupsThatAppearOrDisappearAreNamed() {
        assertThat(sentences(new Figures().site("RZZ03", 300), new Figures().site("RZZ03", -1).site("RZZ04", 300)))
                .containsExactly("Site RZZ03 volume fell from 300 to none compared with August 2026",
                        "Site RZZ04 volume rose from none to 300 compared with August 2026");
    }

    @Test
    void patientSourcesAreNamedByCodeAndMeaning() {
        assertThat(sentences(new Figures().source("04", 650), new Figures().source("04", 320)))
                .containsExactly("Patient source setting 04 (GP Direct Access) volume fell 51% (650 -> 320)"
                        + " compared with August 2026");
    }

    @Test
    void allRecordsHaveTheirOwnLowerThreshold() {
        assertThat(sentences(new Figures().records(2000), new Figures().records(1780)))
                .containsExactly("Total volume fell 11% (2,000 -> 1,780) compared with August 2026");
        assertThat(sentences(new Figures().records(2000), new Figures().records(1820))).isEmpty();
    }

    @ParameterizedTest(name = "completeness {1}/{0} -> {3}/{2}: flagged {4}")
    @CsvSource({
            "2000, 1922, 2000, 1822, true",  // -5.0 points = 100 records
            "2000, 1922, 2000, 1840, false", // -4.1 points
            "200, 190, 200, 180, false",     // -5.0 points but only 10 records
            "200, 190, 200, 168, true",      // -11 points, 22 records
            "2000, 1500, 2000, 1900, true",  // rises are shifts too
    })
    void completenessThresholds(long r0, long p0, long r1, long p1, boolean flagged) {
        List<String> s = sentences(new Figures().item("ETHNIC_CATEGORY", "ETHNIC CATEGORY", r0, p0),
                new Figures().item("ETHNIC_CATEGORY", "ETHNIC CATEGORY", r1, p1));
        assertThat(s).hasSize(flagged ? 1 : 0);
    }

    @ParameterizedTest(name = "median {0} -> {1} days over {2} waits: flagged {3}")
    @CsvSource({
            "12, 25, 280, true",
            "12, 17, 280, false", // +42%
            "1, 3, 280, false",   // +200% but 2 days
            "0, 3, 280, true",
            "12, 25, 19, false",  // too few waits to trust a median
            "21, 10, 280, true",
    })
    void waitThresholds(double before, double now, long waits, boolean flagged) {
        List<String> s = sentences(new Figures().wait(Figures.wait("CT", waits, before, 1)),
                new Figures().wait(Figures.wait("CT", waits, now, 1)));
        assertThat(s).hasSize(flagged ? 1 : 0);
    }

    @Test
    void modalitiesFoundDifferentlyAreShownButNotFlagged() {
        Comparison c = COMPARE.compare(new Figures().modalities(ModalitySource.NICIP_LETTER)
                .wait(Figures.wait("Unknown modality", 200, 5, 1)).build(), List.of(august(new Figures())));
        assertThat(c.shifts()).isEmpty();
        assertThat(c.notes()).singleElement().asString().contains("the NICIP code's first letter this month")
                .contains("not flagged");
        assertThat(c.tables().get(1).rows()).anySatisfy(r -> assertThat(r.label()).isEqualTo("Unknown modality"));
    }

    @Test
    void aMissingMonthBetweenIsNoted() {
        Comparison c = COMPARE.compare(new Figures().build(),
                List.of(new Figures().month(YearMonth.of(2026, 6)).sha("c".repeat(64))
                        .entry(1, LibraryEntry.Kind.ORIGINAL, "2026-07-16T10:00:00Z")));
        assertThat(c.notes()).containsExactly(
                "August 2026 is not remembered: compared with June 2026, the latest earlier month in the library.");
    }

    @Test
    void tableRowsShowTheFiguresAndMarkTheShifts() {
        Comparison c = COMPARE.compare(new Figures().wait(Figures.wait("MRI", 100, 21, 4)).build(),
                List.of(august(new Figures().wait(Figures.wait("MRI", 160, 21, 4)))));
        ComparisonTable modality = c.tables().get(1);
        assertThat(modality.rows()).contains(new ComparisonTable.Row("MRI", "160", "100", "-38%", true),
                new ComparisonTable.Row("Plain radiography", "1,200", "1,200", "0%", false));
        ComparisonTable completeness = c.tables().get(4);
        assertThat(completeness.rows()).contains(
                new ComparisonTable.Row("ETHNIC CATEGORY", "96.1%", "96.1%", "0.0 pts", false));
        ComparisonTable waits = c.tables().get(5);
        assertThat(waits.rows()).contains(new ComparisonTable.Row("CT", "12", "12", "0 days", false));
    }

    @Test
    void dayChangesReadNaturally() {
        assertThat(MonthComparison.dayChange(1)).isEqualTo("+1 day");
        assertThat(MonthComparison.dayChange(-4)).isEqualTo("-4 days");
        assertThat(MonthComparison.dayChange(1.5)).isEqualTo("+1.5 days");
        assertThat(MonthComparison.dayChange(0)).isEqualTo("0 days");
    }
}
