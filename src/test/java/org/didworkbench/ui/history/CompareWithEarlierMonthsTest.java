package org.didworkbench.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.didworkbench.App;
import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.domain.history.ComparisonTable;
import org.didworkbench.domain.history.LibraryEntry;
import org.didworkbench.sample.TwoMonths;
import org.didworkbench.service.CancellationToken;
import org.didworkbench.service.ImportRequest;
import org.didworkbench.service.ProgressListener;
import org.didworkbench.service.WorkspaceLocations;
import org.didworkbench.ui.InlineTaskRunner;
import org.didworkbench.ui.Samples;
import org.didworkbench.ui.ScriptedDialogs;
import org.didworkbench.ui.common.InMemorySettingsStore;
import org.didworkbench.ui.common.OpenOptions;
import org.didworkbench.ui.common.WorkbenchSettings;
import org.didworkbench.ui.shell.MainWindowViewModel;
import org.didworkbench.ui.shell.TempWorkspaceLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window remembers what it opens and exports, and compares with earlier months (no display needed). */
class CompareWithEarlierMonthsTest {
    @TempDir
    Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private App app;
    private MainWindowViewModel vm;
    private TwoMonths months;

    @BeforeEach
    void setUp() throws Exception {
        app = new App(new WorkspaceLocations(Map.of("DIDW_LIBRARY", temp.resolve("library.sqlite").toString()),
                "Linux", temp.resolve("home"), Samples.CLOCK));
        vm = new MainWindowViewModel(app.sessionService(), new InlineTaskRunner(), dialogs,
                new WorkbenchSettings(new InMemorySettingsStore()), new TempWorkspaceLocator(temp.resolve("ws")),
                Samples.CLOCK);
        vm.useHistory(app.historyService());
        months = TwoMonths.write(temp);
    }

    @AfterEach
    void tearDown() {
        vm.shutdown();
    }

    private void open(Path file) {
        vm.open(file, new OpenOptions(TwoMonths.SEPTEMBER_SUBMITTED, TwoMonths.REFERENCE, HeaderMode.AUTO));
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void anEmptyLibraryWithNoFileOpenSaysHowMonthsGetRemembered() {
        assertThat(vm.historyAvailableProperty().get()).isTrue();
        CompareViewModel c = vm.compareWithEarlierMonths();
        assertThat(c.loadingProperty().get()).isFalse();
        assertThat(c.headingProperty().get()).isEqualTo("Nothing to compare yet");
        assertThat(c.messageProperty().get()).startsWith("No submissions are remembered yet.");
        assertThat(c.tables()).isEmpty();
    }

    @Test
    void aFileOpenedAndItsCorrectedFileExportedAreRemembered() throws Exception {
        open(months.september);
        assertThat(app.historyService().entries()).singleElement().satisfies(e -> {
            assertThat(e.figures().fileName()).isEqualTo("rzz-did-2026-09.csv");
            assertThat(e.kind()).isEqualTo(LibraryEntry.Kind.ORIGINAL);
        });

        vm.records().commit(vm.records().rows().get(0).row(), 3, "A"); // ETHNIC CATEGORY of the first record
        assertThat(vm.countsProperty().get().edits()).isEqualTo(1);
        dialogs.exportTarget = temp.resolve("rzz-did-2026-09-corrected.csv");
        vm.exportCorrected();
        assertThat(Files.exists(dialogs.exportTarget)).isTrue();
        assertThat(vm.statusProperty().get()).endsWith("Remembered in the submission library.");
        assertThat(app.historyService().entries()).hasSize(2)
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo(LibraryEntry.Kind.CORRECTED));

        CompareViewModel alone = vm.compareWithEarlierMonths();
        assertThat(alone.headingProperty().get()).isEqualTo(
                "rzz-did-2026-09.csv \u2014 September 2026 (the workspace as it stands, with 1 corrected value)");
        assertThat(alone.messageProperty().get()).startsWith("No earlier month of this provider is remembered");
    }

    @Test
    void anExportWithNothingChangedIsTheSameFileAndStaysTheOriginal() throws Exception {
        open(months.september);
        dialogs.exportTarget = temp.resolve("copy.csv");
        vm.exportCorrected();
        assertThat(app.historyService().entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LibraryEntry.Kind.ORIGINAL);
            assertThat(e.figures().fileName()).isEqualTo("rzz-did-2026-09.csv");
        });
    }

    @Test
    void theOpenFileIsComparedWithTheMonthBefore() throws Exception {
        ImportRequest august = new ImportRequest(months.august, Path.of("unused.didw"), HeaderMode.AUTO,
                TwoMonths.AUGUST_SUBMITTED, TwoMonths.REFERENCE, null);
        app.historyService().remember(august, app.validateService().validate(august, false, null, null,
                ProgressListener.NONE, new CancellationToken()));
        open(months.september);

        CompareViewModel c = vm.compareWithEarlierMonths();
        assertThat(c.againstProperty().get()).startsWith("Compared with August 2026: rzz-did-2026-08.csv (remembered ");
        assertThat(c.shifts()).hasSize(3).first().asString().startsWith("MRI volume fell ").contains(" \u2192 ");
        assertThat(c.beforeMonthProperty().get()).isEqualTo("August 2026");
        assertThat(c.nowMonthProperty().get()).isEqualTo("September 2026");
        assertThat(c.tables()).extracting(ComparisonTable::name).containsExactly("Records", "Modality", "Site",
                "Patient source", "Completeness", "Request to test", "Test to report");
        assertThat(c.thresholdsProperty().get()).startsWith("Shifts are flagged when volume changes by 20%");
        assertThat(c.messageProperty().get()).isEmpty();
    }

    @Test
    void aWindowWithoutTheLibraryRemembersNothing() {
        MainWindowViewModel plain = new MainWindowViewModel(app.sessionService(), new InlineTaskRunner(), dialogs,
                new WorkbenchSettings(new InMemorySettingsStore()), new TempWorkspaceLocator(temp.resolve("ws2")),
                Samples.CLOCK);
        try {
            assertThat(plain.historyAvailableProperty().get()).isFalse();
            plain.open(months.september, new OpenOptions(TwoMonths.SEPTEMBER_SUBMITTED, null, HeaderMode.AUTO));
            assertThat(Files.exists(temp.resolve("library.sqlite"))).isFalse();
        } finally {
            plain.shutdown();
        }
    }
}
