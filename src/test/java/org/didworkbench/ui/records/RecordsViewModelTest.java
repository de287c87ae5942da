package org.didworkbench.ui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.didworkbench.App;
import org.didworkbench.domain.dataset.RecordQuery;
import org.didworkbench.domain.dataset.RecordQuery.Filter;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Severity;
import org.didworkbench.domain.rules.did.DidV1Items;
import org.didworkbench.service.RecordRow;
import org.didworkbench.ui.InlineTaskRunner;
import org.didworkbench.ui.Samples;
import org.didworkbench.ui.ScriptedDialogs;
import org.didworkbench.ui.common.InMemorySettingsStore;
import org.didworkbench.ui.common.WorkbenchSettings;
import org.didworkbench.ui.issues.IssuesViewModel;
import org.didworkbench.ui.shell.MainWindowViewModel;
import org.didworkbench.ui.shell.TempWorkspaceLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the table shows for each filter, sort and jump, read through its own paging (no display). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordsViewModelTest {
    private Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindowViewModel main;
    private RecordsViewModel records;
    private IssuesViewModel issues;

    @BeforeAll
    void openSample() throws java.io.IOException {
        temp = java.nio.file.Files.createTempDirectory("records-vm");
        main = new MainWindowViewModel(new App().sessionService(), new InlineTaskRunner(), dialogs,
                new WorkbenchSettings(new InMemorySettingsStore()), new TempWorkspaceLocator(temp), Samples.CLOCK);
        main.open(Samples.SAMPLE, Samples.OPTIONS);
        records = main.records();
        issues = main.issues();
    }

    @AfterAll
    void close() throws java.io.IOException {
        main.shutdown();
        try (var files = java.nio.file.Files.list(temp)) {
            assertThat(files).as("the workspace is deleted on close").isEmpty();
        }
        java.nio.file.Files.delete(temp);
    }

    @BeforeEach
    void allRecords() {
        records.apply(RecordQuery.all());
        assertThat(dialogs.errors()).isEmpty();
    }

    private List<RecordRow> shown() {
        List<RecordRow> out = new ArrayList<>();
        for (int i = 0; i < records.rows().size(); i++) {
            out.add(records.rows().get(i).row());
        }
        return out;
    }

    @Test
    void everyRecordIsThereInFileOrder() {
        List<RecordRow> rows = shown();

        assertThat(rows).hasSize(2000);
        assertThat(rows.get(0).record()).isEqualTo(1);
        assertThat(rows.get(1999).record()).isEqualTo(2000);
        assertThat(rows.get((int) Samples.BAD_NHS_RECORD - 1).value(DidV1Items.NHS_NUMBER)).isEqualTo(Samples.BAD_NHS);
    }

    @Test
    void errorsOnlyShowsExactlyTheRecordsWithAnError() {
        records.showQuick(Filter.ERRORS);

        List<RecordRow> rows = shown();
        assertThat(records.matchingProperty().get()).isEqualTo(Samples.ERROR_RECORDS);
        assertThat(rows).hasSize((int) Samples.ERROR_RECORDS).allSatisfy(r ->
                assertThat(r.issues()).extracting(Issue::severity).contains(Severity.ERROR));
    }

    @Test
    void choosingARuleInTheIssuesPanelFiltersTheTableAndListsItsIssues() {
        issues.chooseRule("DIDS001");

        assertThat(records.queryProperty().get().filter()).isEqualTo(Filter.RULE);
        assertThat(records.matchingProperty().get()).isEqualTo(6);
        assertThat(issues.issues()).hasSize(6).allSatisfy(i -> assertThat(i.rule()).isEqualTo("DIDS001"));

        Issue line22 = issues.issues().stream().filter(i -> i.line() == Samples.BAD_NHS_LINE).findFirst().orElseThrow();
        issues.chooseIssue(line22);

        RecordsViewModel.CellTarget t = records.targetProperty().get();
        assertThat(t.item()).isEqualTo(DidV1Items.NHS_NUMBER);
        assertThat(records.rows().get(t.position()).row().line()).isEqualTo(Samples.BAD_NHS_LINE);

        records.showQuick(Filter.ALL);
        assertThat(issues.chosenRuleProperty().get()).as("another filter replaces the rule's").isNull();
    }

    @Test
    void goingToARecordTheViewHidesWidensTheView() {
        records.showQuick(Filter.ERRORS);

        records.goToRecord(1, "POSTCODE");

        assertThat(records.queryProperty().get().filter()).isEqualTo(Filter.ALL);
        RecordsViewModel.CellTarget t = records.targetProperty().get();
        assertThat(t.position()).isZero();
        assertThat(t.item()).isEqualTo(DidV1Items.POSTCODE);
    }

    @Test
    void sortingByAColumnOrdersByItsValueEitherWay() {
        records.sortBy(DidV1Items.SITE_CODE_IMAGING, true);
        List<String> up = shown().stream().map(r -> r.value(DidV1Items.SITE_CODE_IMAGING)).toList();
        records.sortBy(DidV1Items.SITE_CODE_IMAGING, false);
        List<String> down = shown().stream().map(r -> r.value(DidV1Items.SITE_CODE_IMAGING)).toList();

        Comparator<String> noCase = Comparator.comparing(s -> s.toLowerCase(Locale.ROOT));
        assertThat(up).hasSize(2000).isSortedAccordingTo(noCase);
        assertThat(down).isSortedAccordingTo(noCase.reversed());
        records.sortBy(-1, false);
        assertThat(records.rows().get(0).row().record()).as("line column descending").isEqualTo(2000);
    }

    @Test
    void searchAndColumnFiltersNarrowTheView() {
        records.search(Samples.BAD_NHS);
        assertThat(shown()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(Samples.BAD_NHS_LINE));

        records.search(null);
        records.filterColumn(DidV1Items.ETHNIC_CATEGORY, "99");
        assertThat(shown()).isNotEmpty().allSatisfy(r ->
                assertThat(r.value(DidV1Items.ETHNIC_CATEGORY)).contains("99"));
        records.filterColumn(DidV1Items.ETHNIC_CATEGORY, "");
        assertThat(records.matchingProperty().get()).isEqualTo(2000);
    }

    @Test
    void nextAndPreviousIssueJumpBetweenRecordsWithIssuesToTheirFirstIssueCell() {
        List<RecordRow> rows = shown();
        int first = indexOfFirstWithIssue(rows, 0);
        int second = indexOfFirstWithIssue(rows, first + 1);

        records.nextIssue(true);
        RecordsViewModel.CellTarget t = records.targetProperty().get();
        assertThat(t.position()).isEqualTo(first);
        assertThat(t.item()).isGreaterThanOrEqualTo(0);

        records.selectedSlotProperty().set(records.rows().get(first));
        records.nextIssue(true);
        assertThat(records.targetProperty().get().position()).isEqualTo(second);

        records.selectedSlotProperty().set(records.rows().get(second));
        records.nextIssue(false);
        assertThat(records.targetProperty().get().position()).isEqualTo(first);
        records.selectedSlotProperty().set(null);
    }

    private static int indexOfFirstWithIssue(List<RecordRow> rows, int from) {
        for (int i = from; i < rows.size(); i++) {
            if (!rows.get(i).issues().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theSelectedRowFollowsItsSlot() {
        RowSlot slot = records.rows().get(21);
        records.selectedSlotProperty().set(slot);

        assertThat(records.selectedRowProperty().get().line()).isEqualTo(Samples.BAD_NHS_LINE);
        assertThat(main.detail().recordProperty().get().line()).as("the detail pane shows it")
                .isEqualTo(Samples.BAD_NHS_LINE);
        records.selectedSlotProperty().set(null);
    }
}
