package org.didworkbench.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EarlierMonthsTest {
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    private static LibraryEntry entry(long id, Figures f, LibraryEntry.Kind kind, String at) {
        return f.sha(Long.toHexString(id).repeat(64).substring(0, 64)).entry(id, kind, at);
    }

    @Test
    void earlierMonthsOfTheSameProviderNewestFirstOneEach() {
        SubmissionFigures current = new Figures().month(SEPTEMBER).build();
        LibraryEntry july = entry(1, new Figures().month(YearMonth.of(2026, 7)), LibraryEntry.Kind.ORIGINAL,
                "2026-08-15T09:00:00Z");
        LibraryEntry augustOriginal = entry(2, new Figures().month(YearMonth.of(2026, 8)), LibraryEntry.Kind.ORIGINAL,
                "2026-09-15T09:00:00Z");
        LibraryEntry augustCorrected = entry(3, new Figures().month(YearMonth.of(2026, 8)),
                LibraryEntry.Kind.CORRECTED, "2026-09-15T10:00:00Z");
        LibraryEntry augustAgain = entry(4, new Figures().month(YearMonth.of(2026, 8)), LibraryEntry.Kind.ORIGINAL,
                "2026-09-20T09:00:00Z");
        LibraryEntry sameMonth = entry(5, new Figures().month(SEPTEMBER), LibraryEntry.Kind.CORRECTED,
                "2026-10-15T09:00:00Z");
        LibraryEntry later = entry(6, new Figures().month(YearMonth.of(2026, 10)), LibraryEntry.Kind.ORIGINAL,
                "2026-11-15T09:00:00Z");
        LibraryEntry otherProvider = entry(7, new Figures().month(YearMonth.of(2026, 8)).noSites().site("RAA01", 900),
                LibraryEntry.Kind.ORIGINAL, "2026-09-21T09:00:00Z");
        LibraryEntry otherLayout = entry(8, new Figures().month(YearMonth.of(2026, 8)).profile("dids-v2"),
                LibraryEntry.Kind.ORIGINAL, "2026-09-22T09:00:00Z");

        assertThat(EarlierMonths.of(current, List.of(july, augustOriginal, augustCorrected, augustAgain, sameMonth,
                later, otherProvider, otherLayout)))
                .as("the corrected August file is the one sent; July after it; nothing of September or later")
                .containsExactly(augustCorrected, july);
    }

    @Test
    void theSameFileIsNeverItsOwnBaselineAndAnUnknownMonthHasNone() {
        SubmissionFigures current = new Figures().sha("d".repeat(64)).build();
        LibraryEntry sameFileOtherMonth = new Figures().sha("d".repeat(64)).month(YearMonth.of(2026, 8))
                .entry(1, LibraryEntry.Kind.ORIGINAL, "2026-09-15T09:00:00Z");
        assertThat(EarlierMonths.of(current, List.of(sameFileOtherMonth))).isEmpty();
        assertThat(EarlierMonths.of(new Figures().month(null).build(), List.of(sameFileOtherMonth))).isEmpty();
    }

    @Test
    void providersAreRecognisedByAMainSiteShared() {
        SubmissionFigures a = new Figures().noSites().site("RZZ01", 900).site("RZZ02", 100).site("RYY01", 20).build();
        assertThat(EarlierMonths.sameProvider(a, new Figures().noSites().site("RZZ02", 500).build())).isTrue();
        assertThat(EarlierMonths.sameProvider(a, new Figures().noSites().site("RYY01", 500).build()))
                .as("RYY01 holds under 5% of the first file: not one of its main sites").isFalse();
        assertThat(EarlierMonths.sameProvider(a, new Figures().noSites().site("(blank)", 500).name("rzz-did.csv")
                .build())).as("no sites on one side: the file names decide").isTrue();
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource({
            "RZZ_DID_Sept2026-corrected.csv, rzz-did",
            "rzz-did-oct-2026.csv, rzz-did",
            "did-v1-sample-2026-09.csv, did-v-sample",
            "2026-09.csv, ''",
    })
    void fileNameStems(String name, String stem) {
        assertThat(EarlierMonths.stem(name)).isEqualTo(stem);
    }
}
