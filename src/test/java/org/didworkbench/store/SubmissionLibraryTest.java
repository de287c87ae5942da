package org.didworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.history.ItemFigures;
import org.didworkbench.domain.history.LibraryEntry;
import org.didworkbench.domain.history.ModalitySource;
import org.didworkbench.domain.history.SubmissionFigures;
import org.didworkbench.domain.outliers.IntervalSummary;
import org.didworkbench.domain.outliers.WaitingTimeStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionLibraryTest {
    private static final Instant FIRST = Instant.parse("2026-09-16T08:30:00Z");
    private static final Instant LATER = Instant.parse("2026-09-20T14:00:00Z");
    private static final String SHA = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @TempDir
    Path dir;

    private static SubmissionFigures figures(String sha, String profile, long errors, YearMonth month) {
        return new SubmissionFigures("rzz-did-2026-08.csv", sha, profile, month, LocalDate.of(2026, 9, 15), 2000,
                errors, 12, 7, errors == 0 ? 0 : errors - 3,
                Map.of("RZZ01", 1200L, "RZZ02", 790L, "(blank)", 2L), Map.of("04", 650L, "(not a valid code)", 4L),
                List.of(new ItemFigures("NHS_NUMBER", "NHS NUMBER", 1998, 1998, 1990, 0),
                        new ItemFigures("ETHNIC_CATEGORY", "ETHNIC CATEGORY", 1998, 1922, 1920, 31)),
                List.of(new WaitingTimeStats("MRI", 160, new IntervalSummary(158, 21, 44.5),
                                new IntervalSummary(150, 4, 9), 42, 17, 28, 2),
                        new WaitingTimeStats("Unknown modality", 2, new IntervalSummary(0, Double.NaN, Double.NaN),
                                new IntervalSummary(1, 0, 0), 42, 0, 28, 0),
                        new WaitingTimeStats(WaitingTimeStats.ALL, 162, new IntervalSummary(158, 21, 44.5),
                                new IntervalSummary(151, 4, 9), 42, 17, 28, 2)),
                ModalitySource.TABLE);
    }

    @Test
    void everyFigureComesBackAsItWasRemembered() {
        Path file = dir.resolve("library.sqlite");
        SubmissionFigures f = figures(SHA, "did-v1", 90, YearMonth.of(2026, 8));
        try (SubmissionLibrary lib = SubmissionLibrary.open(file)) {
            LibraryEntry stored = lib.remember(f, LibraryEntry.Kind.ORIGINAL, null, FIRST);
            assertThat(stored.figures()).isEqualTo(f);
        }
        try (SubmissionLibrary lib = SubmissionLibrary.open(file)) {
            List<LibraryEntry> all = lib.entries();
            assertThat(all).singleElement().satisfies(e -> {
                assertThat(e.figures()).isEqualTo(f);
                assertThat(e.figures().waits().get(1).requestToTest().median()).isNaN();
                assertThat(e.kind()).isEqualTo(LibraryEntry.Kind.ORIGINAL);
                assertThat(e.correctedOf()).isNull();
                assertThat(e.rememberedAt()).isEqualTo(FIRST);
            });
        }
    }

    @Test
    void theSameFileAndProfileIsOneEntryUpdatedInPlace() {
        Path file = dir.resolve("library.sqlite");
        try (SubmissionLibrary lib = SubmissionLibrary.open(file)) {
            lib.remember(figures(SHA, "did-v1", 90, YearMonth.of(2026, 8)), LibraryEntry.Kind.ORIGINAL, null, FIRST);
            lib.remember(figures(SHA, "did-v1", 85, YearMonth.of(2026, 8)), LibraryEntry.Kind.ORIGINAL, null, LATER);
            assertThat(lib.entries()).singleElement().satisfies(e -> {
                assertThat(e.figures().errors()).isEqualTo(85);
                assertThat(e.rememberedAt()).isEqualTo(FIRST);
                assertThat(e.updatedAt()).isEqualTo(LATER);
            });
            lib.remember(figures(SHA, "dids-v2", 3, YearMonth.of(2026, 8)), LibraryEntry.Kind.ORIGINAL, null, LATER);
            assertThat(lib.entries()).as("another profile is another entry").hasSize(2);
        }
    }

    @Test
    void aCorrectedFileStaysMarkedWhenValidatedAgain() {
        String corrected = "ab".repeat(32);
        try (SubmissionLibrary lib = SubmissionLibrary.open(dir.resolve("library.sqlite"))) {
            lib.remember(figures(SHA, "did-v1", 90, YearMonth.of(2026, 8)), LibraryEntry.Kind.ORIGINAL, null, FIRST);
            lib.remember(figures(corrected, "did-v1", 0, YearMonth.of(2026, 8)), LibraryEntry.Kind.CORRECTED, SHA,
                    FIRST);
            LibraryEntry again = lib.remember(figures(corrected, "did-v1", 0, YearMonth.of(2026, 8)),
                    LibraryEntry.Kind.ORIGINAL, null, LATER);
            assertThat(again.kind()).isEqualTo(LibraryEntry.Kind.CORRECTED);
            assertThat(again.correctedOf()).isEqualTo(SHA);
            assertThat(lib.entries()).hasSize(2);
        }
    }

    @Test
    void entriesComeNewestMonthFirst() {
        try (SubmissionLibrary lib = SubmissionLibrary.open(dir.resolve("library.sqlite"))) {
            lib.remember(figures("1".repeat(64), "did-v1", 1, YearMonth.of(2026, 7)), LibraryEntry.Kind.ORIGINAL, null,
                    LATER);
            lib.remember(figures("2".repeat(64), "did-v1", 1, null), LibraryEntry.Kind.ORIGINAL, null, LATER);
            lib.remember(figures("3".repeat(64), "did-v1", 1, YearMonth.of(2026, 9)), LibraryEntry.Kind.ORIGINAL, null,
                    FIRST);
            assertThat(lib.entries()).extracting(e -> e.figures().sha256().charAt(0)).containsExactly('3', '1', '2');
        }
    }

    @Test
    void forgettingByPrefixOrAll() {
        try (SubmissionLibrary lib = SubmissionLibrary.open(dir.resolve("library.sqlite"))) {
            lib.remember(figures(SHA, "did-v1", 1, YearMonth.of(2026, 8)), LibraryEntry.Kind.ORIGINAL, null, FIRST);
            lib.remember(figures("ab".repeat(32), "did-v1", 1, YearMonth.of(2026, 9)), LibraryEntry.Kind.ORIGINAL,
                    null, FIRST);
            assertThat(lib.find("0F1E2D")).hasSize(1);
            assertThat(lib.find("0f1e2d%")).as("LIKE wildcards are taken literally").isEmpty();
            assertThat(lib.forget("0f1e2d")).isEqualTo(1);
            assertThat(lib.entries()).extracting(e -> e.figures().sha256()).containsExactly("ab".repeat(32));
            assertThat(lib.forgetAll()).isEqualTo(1);
            assertThat(lib.entries()).isEmpty();
        }
    }

    @Test
    void theFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("data").resolve("library.sqlite");
        try (SubmissionLibrary lib = SubmissionLibrary.open(file)) {
            lib.remember(figures(SHA, "did-v1", 1, YearMonth.of(2026, 8)), LibraryEntry.Kind.ORIGINAL, null, FIRST);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(file.getParent())).as("no journal left beside it").containsExactly(file);
    }

    @Test
    void aLibraryFromANewerVersionIsRefusedInWords() throws Exception {
        Path file = dir.resolve("library.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 7");
        }
        assertThatThrownBy(() -> SubmissionLibrary.open(file)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("newer DID Workbench").hasMessageContaining("format 7");
    }
}
