package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.domain.history.Comparison;
import org.didworkbench.domain.history.LibraryEntry;
import org.didworkbench.domain.history.ModalitySource;
import org.didworkbench.domain.history.Shift;
import org.didworkbench.domain.history.SubmissionFigures;
import org.didworkbench.domain.outliers.OutlierSettings;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.sample.TwoMonths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Month over month on two synthetic months: what is remembered, what is compared, what is flagged. */
class HistoryServiceTest {
    @TempDir
    Path dir;

    private final ProfileCatalogue profiles = ProfileCatalogue.builtIn();
    private final ReferenceService references = new ReferenceService();
    private final WorkbenchChecks workbench = new WorkbenchChecks(OutlierSettings.defaults());
    private final ImportService imports = new ImportService(profiles, references, workbench);
    private final ValidateService validate = new ValidateService(imports);
    private final SessionService sessions = new SessionService(profiles, references, imports);
    private HistoryService history;
    private TwoMonths months;

    @BeforeEach
    void setUp() throws Exception {
        history = new HistoryService(dir.resolve("data").resolve("library.sqlite"), profiles, references, workbench,
                validate, Clock.fixed(Instant.parse("2026-10-15T13:02:00Z"), ZoneOffset.UTC));
        months = TwoMonths.write(dir);
    }

    private static ImportRequest request(Path file, LocalDate submitted) {
        return new ImportRequest(file, Path.of("unused.didw"), HeaderMode.AUTO, submitted, TwoMonths.REFERENCE, null);
    }

    private LibraryEntry validateAndRemember(Path file, LocalDate submitted) throws ServiceException {
        ImportRequest r = request(file, submitted);
        return history.remember(r, validate.validate(r, false, null, null, ProgressListener.NONE,
                new CancellationToken()));
    }

    @Test
    void aValidatedFileIsRememberedByItsFigures() throws Exception {
        LibraryEntry august = validateAndRemember(months.august, TwoMonths.AUGUST_SUBMITTED);
        SubmissionFigures f = august.figures();
        assertThat(f.fileName()).isEqualTo("rzz-did-2026-08.csv");
        assertThat(f.sha256()).hasSize(64).isEqualTo(SubmissionFiguresReader.sha256(months.august));
        assertThat(f.profile()).isEqualTo("did-v1");
        assertThat(f.dataMonth()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(f.submissionDate()).isEqualTo(TwoMonths.AUGUST_SUBMITTED);
        assertThat(f.records()).isEqualTo(2000);
        assertThat(f.errors()).isPositive();
        assertThat(f.modalitySource()).isEqualTo(ModalitySource.TABLE);
        assertThat(f.mainSites()).containsExactly("RZZ01", "RZZ02", "RZZ03");
        assertThat(f.bySource()).containsKeys("01", "02", "03", "04", "05", "06", "07");
        assertThat(f.byModality()).containsKeys("Plain radiography", "CT", "MRI", "Ultrasound");
        assertThat(f.items()).hasSize(18).first().satisfies(i -> assertThat(i.title()).isEqualTo("NHS NUMBER"));
        assertThat(history.entries()).containsExactly(august);
    }

    @Test
    void validatingTheSameFileTwiceKeepsOneEntry() throws Exception {
        validateAndRemember(months.august, TwoMonths.AUGUST_SUBMITTED);
        validateAndRemember(months.august, TwoMonths.AUGUST_SUBMITTED.plusDays(1));
        assertThat(history.entries()).singleElement().satisfies(e ->
                assertThat(e.figures().submissionDate()).isEqualTo(TwoMonths.AUGUST_SUBMITTED.plusDays(1)));
    }

    @Test
    void twoSyntheticMonthsShowTheShiftsMadeOnPurposeAndNoOthers() throws Exception {
        validateAndRemember(months.august, TwoMonths.AUGUST_SUBMITTED);
        MonthOverMonth result = history.compare(request(months.september, TwoMonths.SEPTEMBER_SUBMITTED), true,
                ProgressListener.NONE, new CancellationToken());

        assertThat(result.origin()).isEqualTo("checked now");
        Comparison c = result.comparison().orElseThrow();
        assertThat(c.baseline().figures().fileName()).isEqualTo("rzz-did-2026-08.csv");
        assertThat(c.shifts()).extracting(Shift::dimension, Shift::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Shift.Dimension.MODALITY, "MRI"),
                org.assertj.core.groups.Tuple.tuple(Shift.Dimension.COMPLETENESS, "ETHNIC_CATEGORY"),
                org.assertj.core.groups.Tuple.tuple(Shift.Dimension.REQUEST_TO_TEST, "CT"));
        assertThat(c.shifts().get(0).sentence()).matches("MRI volume fell \\d+% \\(\\d+ -> \\d+\\) compared with"
                + " August 2026");
        assertThat(c.shifts().get(1).sentence()).matches("Completeness of ETHNIC CATEGORY fell from 100\\.0% to"
                + " 6\\d\\.\\d%");
        assertThat(c.shifts().get(2).sentence()).matches("CT median request-to-test wait rose from \\d+ to \\d+ days");
        assertThat(history.entries()).as("September was remembered too").hasSize(2);

        MonthOverMonth again = history.compare(request(months.september, TwoMonths.SEPTEMBER_SUBMITTED), true,
                ProgressListener.NONE, new CancellationToken());
        assertThat(again.origin()).as("a remembered file is not checked again").isEqualTo(
                "remembered on 2026-10-15 13:02");
        assertThat(again.comparison().orElseThrow().shifts()).isEqualTo(c.shifts());
    }

    @Test
    void theLibraryHoldsNoNhsNumberBirthDateOrPostcode() throws Exception {
        validateAndRemember(months.august, TwoMonths.AUGUST_SUBMITTED);
        history.compare(request(months.september, TwoMonths.SEPTEMBER_SUBMITTED), true, ProgressListener.NONE,
                new CancellationToken());
        Path ws = dir.resolve("sept.didw");
        imports.importSubmission(new ImportRequest(months.september, ws, HeaderMode.AUTO,
                TwoMonths.SEPTEMBER_SUBMITTED, TwoMonths.REFERENCE, null), ProgressListener.NONE,
                new CancellationToken());
        try (Session s = sessions.open(ws)) {
            s.setValue(1, s.profile().indexOf("ETHNIC_CATEGORY"), "A", "");
            Path out = dir.resolve("rzz-did-2026-09-corrected.csv");
            s.exportCorrected(out, false, ProgressListener.NONE, new CancellationToken());
            history.rememberCorrected(s, out);
        }
        assertThat(history.entries()).hasSize(3);

        String bytes = new String(Files.readAllBytes(history.library()), StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("RZZ01", "ETHNIC CATEGORY");
        List<String> found = months.identifiers().stream().filter(bytes::contains).toList();
        assertThat(months.identifiers()).hasSizeGreaterThan(3000);
        assertThat(found).as("identifiers in the library file").isEmpty();
    }

    @Test
    void anExportedCorrectedFileIsANewEntryMarkedAsCorrectionOfTheOriginal() throws Exception {
        Path ws = dir.resolve("aug.didw");
        imports.importSubmission(new ImportRequest(months.august, ws, HeaderMode.AUTO, TwoMonths.AUGUST_SUBMITTED,
                TwoMonths.REFERENCE, null), ProgressListener.NONE, new CancellationToken());
        try (Session s = sessions.open(ws)) {
            LibraryEntry original = history.rememberOpened(s).orElseThrow();
            assertThat(original.kind()).isEqualTo(LibraryEntry.Kind.ORIGINAL);

            Issue lower = s.issuesOfRule("DIDS003", 1).get(0);
            s.setValue(lower.record(), s.profile().indexOf("NHS_NUMBER_STATUS_IND"), "01", "Fix DIDS003");
            Path out = dir.resolve("rzz-did-2026-08-corrected.csv");
            s.exportCorrected(out, false, ProgressListener.NONE, new CancellationToken());
            LibraryEntry corrected = history.rememberCorrected(s, out);

            assertThat(corrected.kind()).isEqualTo(LibraryEntry.Kind.CORRECTED);
            assertThat(corrected.correctedOf()).isEqualTo(original.figures().sha256());
            assertThat(corrected.figures().fileName()).isEqualTo("rzz-did-2026-08-corrected.csv");
            assertThat(corrected.figures().sha256()).isEqualTo(SubmissionFiguresReader.sha256(out));
            assertThat(corrected.figures().errors()).isLessThan(original.figures().errors());
            assertThat(corrected.figures().dataMonth()).isEqualTo(YearMonth.of(2026, 8));
            assertThat(corrected.figures().byModality()).isEqualTo(original.figures().byModality());
            assertThat(corrected.figures().bySite()).isEqualTo(original.figures().bySite());

            MonthOverMonth self = history.compare(s);
            assertThat(self.origin()).isEqualTo("the workspace as it stands, with 1 corrected value");
            assertThat(self.comparison()).as("a month is never compared with itself").isEmpty();
        }
        assertThat(history.entries()).hasSize(2);
    }

    @Test
    void nothingToCompareIsExplained() throws Exception {
        MonthOverMonth empty = history.compareLatest();
        assertThat(empty.current()).isNull();
        assertThat(empty.explanation()).startsWith("No submissions are remembered yet.");

        validateAndRemember(months.august, TwoMonths.AUGUST_SUBMITTED);
        MonthOverMonth alone = history.compareLatest();
        assertThat(alone.current().fileName()).isEqualTo("rzz-did-2026-08.csv");
        assertThat(alone.comparison()).isEmpty();
        assertThat(alone.explanation()).startsWith("No earlier month of this provider is remembered");
    }

    @Test
    void forgettingNeedsEnoughDigitsOfOneFile() throws Exception {
        LibraryEntry august = validateAndRemember(months.august, TwoMonths.AUGUST_SUBMITTED);
        assertThatThrownBy(() -> history.forget("abc")).isInstanceOf(ServiceException.class)
                .hasMessageContaining("first 6 or more digits");
        assertThatThrownBy(() -> history.forget("000000")).hasMessageContaining("No remembered submission");
        assertThat(history.forget(august.figures().sha256().substring(0, 8).toUpperCase())).isEqualTo(1);
        assertThat(history.entries()).isEmpty();
        assertThat(history.forget("all")).isZero();
    }

    @Test
    void theLibraryIsBesideTheWorkspacesUnlessNamed() {
        Path home = Path.of("/home/someone");
        Clock clock = Clock.systemUTC();
        assertThat(new WorkspaceLocations(Map.of(), "Linux", home, clock).library())
                .isEqualTo(home.resolve(".local/share/did-workbench/library.sqlite"));
        assertThat(new WorkspaceLocations(Map.of("LOCALAPPDATA", "C:\\Users\\x\\AppData\\Local"), "Windows 11", home,
                clock).library().getFileName().toString()).isEqualTo("library.sqlite");
        assertThat(new WorkspaceLocations(Map.of("DIDW_LIBRARY", "/tmp/lib.sqlite"), "Linux", home, clock).library())
                .isEqualTo(Path.of("/tmp/lib.sqlite"));
    }
}
