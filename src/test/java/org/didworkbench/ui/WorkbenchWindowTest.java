package org.didworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.didworkbench.App;
import org.didworkbench.service.RuleCount;
import org.didworkbench.ui.common.InMemorySettingsStore;
import org.didworkbench.ui.common.WorkbenchSettings;
import org.didworkbench.ui.records.RowSlot;
import org.didworkbench.ui.shell.MainWindowView;
import org.didworkbench.ui.shell.MainWindowViewModel;
import org.didworkbench.ui.shell.TempWorkspaceLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, driven as a user would (headless Monocle): open the sample, see the bad cell, filter,
 * fix it, undo, redo, export. Work runs inline, so every click has finished when the robot returns.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass EDITED = PseudoClass.getPseudoClass("edited");

    @TempDir
    Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindowViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new MainWindowViewModel(new App().sessionService(), new InlineTaskRunner(), dialogs,
                new WorkbenchSettings(new InMemorySettingsStore()), new TempWorkspaceLocator(temp.resolve("ws")),
                Samples.CLOCK);
        new MainWindowView(vm, stage, dialogs);
        stage.show();
    }

    @AfterEach
    void shutdown() throws Exception {
        WaitForAsyncUtils.asyncFx(vm::shutdown).get();
    }

    private void openSample(FxRobot robot) {
        dialogs.submission = Samples.SAMPLE;
        dialogs.options = Samples.OPTIONS;
        robot.clickOn("#open-button");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void openSeeTheBadCellFilterFixUndoRedoAndExport(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).isEqualTo("DID Workbench");
        openSample(robot);

        assertThat(stage.getTitle()).startsWith("DID Workbench").contains("did-v1-sample-2026-09.csv");
        assertThat(text(robot, "#errors-count")).isEqualTo("Errors 90");
        assertThat(text(robot, "#verdict")).isEqualTo("Would be rejected: 90 errors in 82 records");

        // The known invalid cell is highlighted, with a marker, and says why on hover.
        robot.interact(() -> table(robot).scrollTo((int) Samples.BAD_NHS_RECORD - 3));
        TableCell<?, ?> bad = cell(robot, Samples.BAD_NHS_LINE, "NHS_NUMBER");
        assertThat(bad.getText()).isEqualTo(Samples.BAD_NHS);
        assertThat(bad.getPseudoClassStates()).contains(ERROR);
        assertThat(bad.getGraphic()).as("a marker as well as colour").isNotNull();
        assertThat(bad.getTooltip().getText()).contains("DIDS001", "modulus 11", "Value: '" + Samples.BAD_NHS + "'");

        // Errors only: 82 records, the bad one among them.
        robot.clickOn("#show-errors");
        assertThat(text(robot, "#showing")).isEqualTo("Showing 82 records");

        // Fix it: select, F2, type, Enter. The record revalidates at once.
        robot.clickOn(cell(robot, Samples.BAD_NHS_LINE, "NHS_NUMBER"));
        robot.type(KeyCode.F2);
        TextField editor = robot.lookup("#cell-editor").queryAs(TextField.class);
        assertThat(editor.getText()).isEqualTo(Samples.BAD_NHS);
        robot.write(Samples.GOOD_NHS).type(KeyCode.ENTER);

        TableCell<?, ?> fixed = cell(robot, Samples.BAD_NHS_LINE, "NHS_NUMBER");
        assertThat(fixed.getText()).isEqualTo(Samples.GOOD_NHS);
        assertThat(fixed.getPseudoClassStates()).doesNotContain(ERROR).contains(EDITED);
        assertThat(fixed.getTooltip().getText()).doesNotContain("DIDS001").contains("Edited");
        assertThat(text(robot, "#errors-count")).isEqualTo("Errors 89");
        assertThat(text(robot, "#edits-count")).isEqualTo("Edits 1");
        assertThat(ruleCount(robot, "DIDS001")).isEqualTo(5);

        // Undo and redo from the keyboard.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        TableCell<?, ?> undone = cell(robot, Samples.BAD_NHS_LINE, "NHS_NUMBER");
        assertThat(undone.getText()).isEqualTo(Samples.BAD_NHS);
        assertThat(undone.getPseudoClassStates()).contains(ERROR).doesNotContain(EDITED);
        assertThat(text(robot, "#errors-count")).isEqualTo("Errors 90");
        assertThat(ruleCount(robot, "DIDS001")).isEqualTo(6);

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(cell(robot, Samples.BAD_NHS_LINE, "NHS_NUMBER").getText()).isEqualTo(Samples.GOOD_NHS);
        assertThat(text(robot, "#errors-count")).isEqualTo("Errors 89");

        // Export: the corrected file differs from the input only in the edited record.
        Path out = temp.resolve("corrected.csv");
        dialogs.exportTarget = out;
        robot.clickOn("#export-button");
        assertThat(dialogs.errors()).isEmpty();
        Samples.assertOnlyLineDiffers(out, (int) Samples.BAD_NHS_LINE, Samples.BAD_NHS,
                Samples.GOOD_NHS);
        assertThat(text(robot, "#status-message")).contains("Corrected file written");
    }

    @Test
    void theIssuesPanelFiltersAndGoesToTheCellAndTheDetailPaneShowsTheRecord(FxRobot robot) {
        openSample(robot);

        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#rules-tree").queryAs(TreeView.class);
        robot.interact(() -> {
            for (TreeItem<Object> group : tree.getRoot().getChildren()) {
                for (TreeItem<Object> leaf : group.getChildren()) {
                    if (leaf.getValue() instanceof RuleCount r && r.code().equals("DIDS001")) {
                        tree.getSelectionModel().select(tree.getRow(leaf));
                    }
                }
            }
        });
        assertThat(text(robot, "#showing")).isEqualTo("Showing 6 records");

        robot.interact(() -> robot.lookup("#issue-list").queryListView().getSelectionModel().select(0));
        TableView<RowSlot> table = table(robot);
        RowSlot selected = table.getSelectionModel().getSelectedItem();
        assertThat(selected.row().issues()).extracting(i -> i.rule()).contains("DIDS001");
        assertThat(table.getSelectionModel().getSelectedCells().get(0).getTableColumn().getId())
                .isEqualTo("col-NHS_NUMBER");
        assertThat(text(robot, "#detail-title")).isEqualTo("Line " + selected.row().line() + " \u00B7 record "
                + selected.row().record());

        robot.clickOn("#mask-toggle");
        TableCell<?, ?> masked = cell(robot, selected.row().line(), "NHS_NUMBER");
        assertThat(masked.getText()).startsWith("\u2022").doesNotContain(selected.row().value(0).substring(0, 7));
    }

    // ------------------------------------------------------------ helpers

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<RowSlot> table(FxRobot robot) {
        return robot.lookup("#records-table").queryAs(TableView.class);
    }

    /** The visible cell of an item on a line. */
    private static TableCell<?, ?> cell(FxRobot robot, long line, String item) {
        Set<TableCell> cells = robot.lookup(".record-cell").queryAllAs(TableCell.class);
        return cells.stream().filter(c -> item.equals(c.getProperties().get("item")) && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof RowSlot s && s.row() != null && s.row().line() == line
                        && c.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no visible cell for line " + line + " " + item));
    }

    private static long ruleCount(FxRobot robot, String code) {
        TreeView<?> tree = robot.lookup("#rules-tree").queryAs(TreeView.class);
        for (TreeItem<?> group : tree.getRoot().getChildren()) {
            for (TreeItem<?> leaf : group.getChildren()) {
                if (leaf.getValue() instanceof RuleCount r && r.code().equals(code)) {
                    return r.count();
                }
            }
        }
        return 0;
    }
}
