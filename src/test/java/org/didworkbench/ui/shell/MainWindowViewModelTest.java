package org.didworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.didworkbench.App;
import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.service.RecordRow;
import org.didworkbench.service.RuleCount;
import org.didworkbench.ui.InlineTaskRunner;
import org.didworkbench.ui.Samples;
import org.didworkbench.ui.ScriptedDialogs;
import org.didworkbench.ui.common.InMemorySettingsStore;
import org.didworkbench.ui.common.OpenOptions;
import org.didworkbench.ui.common.WorkbenchSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's behaviour without a display: opening, failing, cancelling, editing, exporting. */
class MainWindowViewModelTest {
    @TempDir
    Path temp;
    private Path workspaces;
    private final InlineTaskRunner runner = new InlineTaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final WorkbenchSettings settings = new WorkbenchSettings(new InMemorySettingsStore());
    private MainWindowViewModel vm;

    @BeforeEach
    void setUp() {
        workspaces = temp.resolve("workspaces");
        vm = new MainWindowViewModel(new App().sessionService(), runner, dialogs, settings,
                new TempWorkspaceLocator(workspaces), Samples.CLOCK);
    }

    @AfterEach
    void tearDown() {
        vm.shutdown();
    }

    private void openSample() {
        dialogs.submission = Samples.SAMPLE;
        dialogs.options = Samples.OPTIONS;
        vm.chooseAndOpen();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void openingTheSampleShowsItsVerdictRulesAndRecords() {
        openSample();

        assertThat(vm.openProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).isEqualTo("DID Workbench \u2014 did-v1-sample-2026-09.csv");
        assertThat(vm.countsProperty().get().errors()).isEqualTo(Samples.ERRORS);
        assertThat(vm.countsProperty().get().errorRecords()).isEqualTo(Samples.ERROR_RECORDS);
        assertThat(vm.countsProperty().get().verdict()).isEqualTo("Would be rejected: 90 errors in 82 records");
        assertThat(vm.records().matchingProperty().get()).isEqualTo(2000);
        assertThat(vm.issues().rules()).extracting(RuleCount::code).contains("DIDS001", "DIDS057");
        assertThat(vm.recentFiles()).containsExactly(Samples.SAMPLE);
        assertThat(settings.referenceFolder()).contains(Samples.REFERENCE);
        assertThat(vm.statusProperty().get()).contains("Would be rejected");
    }

    @Test
    void theOpenDialogStartsFromTodayAndTheRememberedReferenceFolder() {
        assertThat(vm.defaultOptions()).isEqualTo(new OpenOptions(Samples.SUBMISSION_DATE, null, HeaderMode.AUTO));
        settings.setReferenceFolder(Samples.REFERENCE);
        assertThat(vm.defaultOptions().referenceFolder()).isEqualTo(Samples.REFERENCE);
    }

    @Test
    void aFileThatCannotBeOpenedIsExplainedInWordsAndLeavesNothingBehind() throws IOException {
        Path binary = temp.resolve("scan.csv");
        Files.write(binary, new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0});

        vm.open(binary, Samples.OPTIONS);

        assertThat(dialogs.errors()).hasSize(1);
        ScriptedDialogs.Shown shown = dialogs.errors().get(0);
        assertThat(shown.title()).isEqualTo("Could not open scan.csv");
        assertThat(shown.message()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
        assertThat(vm.openProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).isEqualTo("DID Workbench");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aMissingFileIsExplained() {
        vm.open(temp.resolve("gone.csv"), Samples.OPTIONS);

        assertThat(dialogs.errors()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Could not open gone.csv");
            assertThat(s.message()).contains("gone.csv");
        });
    }

    @Test
    void cancellingTheOpenKeepsNothing() throws IOException {
        runner.cancelNext();

        vm.open(Samples.SAMPLE, Samples.OPTIONS);

        assertThat(dialogs.errors()).isEmpty();
        assertThat(vm.statusProperty().get()).contains("cancelled");
        assertThat(vm.openProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void exportSuggestsACorrectedNameAndRefusesToOverwriteTheSource() {
        openSample();
        dialogs.exportTarget = Samples.SAMPLE;

        vm.exportCorrected();

        assertThat(dialogs.lastSuggestedName).isEqualTo("did-v1-sample-2026-09-corrected.csv");
        assertThat(dialogs.errors()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Choose another file name");
            assertThat(s.message()).contains("never overwrites");
        });
        assertThat(MainWindowViewModel.correctedName(Path.of("march.txt"))).isEqualTo("march-corrected.txt");
        assertThat(MainWindowViewModel.correctedName(Path.of("march"))).isEqualTo("march-corrected.csv");
    }

    @Test
    void anEditRevalidatesAtOnceAndUndoRedoAndExportFollow() throws IOException {
        openSample();
        RecordRow before = recordAt(Samples.BAD_NHS_RECORD);
        assertThat(before.value(0)).isEqualTo(Samples.BAD_NHS);
        assertThat(before.issues()).extracting(i -> i.rule()).contains("DIDS001");

        vm.records().commit(before, 0, Samples.GOOD_NHS);

        assertThat(dialogs.errors()).isEmpty();
        RecordRow after = recordAt(Samples.BAD_NHS_RECORD);
        assertThat(after.value(0)).isEqualTo(Samples.GOOD_NHS);
        assertThat(after.issues()).extracting(i -> i.rule()).doesNotContain("DIDS001");
        assertThat(after.editedItems()).containsExactly(0);
        assertThat(vm.countsProperty().get().errors()).isEqualTo(Samples.ERRORS - 1);
        assertThat(vm.countsProperty().get().edits()).isEqualTo(1);
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(vm.titleProperty().get()).startsWith("DID Workbench").endsWith("(changed)");
        assertThat(ruleCount("DIDS001")).isEqualTo(5);

        vm.undo();
        assertThat(recordAt(Samples.BAD_NHS_RECORD).value(0)).isEqualTo(Samples.BAD_NHS);
        assertThat(vm.countsProperty().get().errors()).isEqualTo(Samples.ERRORS);
        assertThat(vm.canRedoProperty().get()).isTrue();
        assertThat(ruleCount("DIDS001")).isEqualTo(6);

        vm.redo();
        assertThat(recordAt(Samples.BAD_NHS_RECORD).value(0)).isEqualTo(Samples.GOOD_NHS);
        assertThat(vm.countsProperty().get().errors()).isEqualTo(Samples.ERRORS - 1);

        Path out = temp.resolve("corrected.csv");
        dialogs.exportTarget = out;
        vm.exportCorrected();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(vm.statusProperty().get()).contains("Corrected file written");
        Samples.assertOnlyLineDiffers(out, (int) Samples.BAD_NHS_LINE, Samples.BAD_NHS, Samples.GOOD_NHS);
    }

    @Test
    void theQualityReportIsSavedFromTheWindowWithoutPatientIdentifiers() throws Exception {
        App app = new App();
        MainWindowViewModel own = new MainWindowViewModel(app.sessionService(), runner, dialogs, settings,
                new TempWorkspaceLocator(temp.resolve("ws2")), Samples.CLOCK);
        try {
            assertThat(own.reportsAvailableProperty().get()).isFalse();
            own.useReports(app.reportService());
            assertThat(own.reportsAvailableProperty().get()).isTrue();
            dialogs.submission = Samples.SAMPLE;
            dialogs.options = Samples.OPTIONS;
            own.chooseAndOpen();
            Path out = temp.resolve("report.html");
            dialogs.reportTarget = out;
            java.util.List<Object> opened = new java.util.ArrayList<>();
            own.onReportPreview(opened::add);
            var preview = own.showReport().orElseThrow();
            assertThat(opened).containsExactly(preview);
            assertThat(preview.pageCountProperty().get()).isGreaterThan(2);
            preview.saveHtml();
            assertThat(dialogs.errors()).isEmpty();
            assertThat(dialogs.lastSuggestedName).isEqualTo("did-v1-sample-2026-09-quality-report.html");
            assertThat(own.statusProperty().get()).contains("Quality report written");
            preview.dispose();
            String html = java.nio.file.Files.readString(out);
            assertThat(html).contains("WOULD BE REJECTED").contains("did-v1-sample-2026-09.csv").doesNotContain(Samples.BAD_NHS);
        } finally {
            own.shutdown();
        }
    }

    @Test
    void openingAnotherFileAsksBeforeDroppingUnexportedEdits() {
        openSample();
        vm.records().commit(recordAt(Samples.BAD_NHS_RECORD), 0, Samples.GOOD_NHS);
        dialogs.confirmAnswer = false;

        vm.open(Samples.SAMPLE, Samples.OPTIONS);

        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s.kind()).isEqualTo("confirm"));
        assertThat(vm.countsProperty().get().edits()).as("still the edited session").isEqualTo(1);
    }

    @Test
    void aWorkspaceWithChangesIsKeptAndOpensAgainWithThem() throws Exception {
        KeepingLocator locator = new KeepingLocator(temp.resolve("kept"));
        MainWindowViewModel own = new MainWindowViewModel(new App().sessionService(), runner, dialogs, settings,
                locator, Samples.CLOCK);
        own.open(Samples.SAMPLE, Samples.OPTIONS);
        Path untouched = locator.last;
        own.open(Samples.SAMPLE, Samples.OPTIONS);
        assertThat(untouched).as("nothing changed: made again from the file next time").doesNotExist();

        Path edited = locator.last;
        own.records().sortBy(-1, true);
        own.records().commit(own.records().rows().get((int) Samples.BAD_NHS_RECORD - 1).row(), 0, Samples.GOOD_NHS);
        own.open(Samples.SAMPLE, Samples.OPTIONS);
        assertThat(edited).as("its change log is the record of the edit").exists();

        own.open(edited);
        assertThat(dialogs.errors()).isEmpty();
        assertThat(own.countsProperty().get().edits()).isEqualTo(1);
        assertThat(own.titleProperty().get()).isEqualTo("DID Workbench \u2014 did-v1-sample-2026-09.csv");
        assertThat(own.canUndoProperty().get()).isTrue();
        own.shutdown();
        assertThat(edited).as("a workspace the user opened is theirs").exists();
    }

    /** Keeps workspaces when asked, like the real one, but in a test folder. */
    private static final class KeepingLocator implements WorkspaceLocator {
        private final TempWorkspaceLocator temp;
        Path last;

        KeepingLocator(Path folder) {
            this.temp = new TempWorkspaceLocator(folder);
        }

        @Override
        public Path workspaceFor(Path source) throws org.didworkbench.service.ServiceException {
            last = temp.workspaceFor(source);
            return last;
        }

        @Override
        public void closed(Path workspace, boolean keep) {
            if (!keep) {
                WorkspaceLocator.delete(workspace);
            }
        }
    }

    /** The row of a record, read through the table's own paging (file order: position = record - 1). */
    private RecordRow recordAt(long record) {
        vm.records().sortBy(-1, true);
        RecordRow row = vm.records().rows().get((int) record - 1).row();
        assertThat(row).isNotNull();
        assertThat(row.record()).isEqualTo(record);
        return row;
    }

    private long ruleCount(String code) {
        return vm.issues().rules().stream().filter(r -> r.code().equals(code)).mapToLong(RuleCount::count)
                .findFirst().orElse(0);
    }

    private List<Path> leftovers() throws IOException {
        if (!Files.isDirectory(workspaces)) {
            return List.of();
        }
        try (var s = Files.list(workspaces)) {
            return s.toList();
        }
    }
}
