package org.didworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.didworkbench.App;
import org.didworkbench.service.RuleCount;
import org.didworkbench.ui.common.InMemorySettingsStore;
import org.didworkbench.ui.common.WorkbenchSettings;
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
 * "Fix all like this" in the real window and its real preview dialog (headless Monocle): on the sample, the fix for
 * DIDS017 (postcode spacing) removes every DIDS017 issue, the counts and the verdict follow, the table filtered to
 * DIDS017 shows every record again, and one undo restores them.
 */
@ExtendWith(ApplicationExtension.class)
class FixAllWindowTest {
    @TempDir
    Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindowViewModel vm;

    @Start
    void start(Stage stage) {
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

    @Test
    void fixAllLikeThisRemovesEveryIssueOfTheRuleAndOneUndoRestoresThem(FxRobot robot) {
        dialogs.submission = Samples.SAMPLE;
        dialogs.options = Samples.OPTIONS;
        robot.clickOn("#open-button");
        assertThat(text(robot, "#errors-count")).isEqualTo("Errors 90");
        assertThat(ruleCount(robot, "DIDS017")).isEqualTo(6);

        chooseRule(robot, "DIDS017");
        assertThat(text(robot, "#showing")).isEqualTo("Showing 6 records");
        robot.clickOn("#fix-all-rule");

        // The preview lists every record with its line, accession number and before -> after.
        assertThat(text(robot, "#fix-summary")).isEqualTo("6 records, 6 cells will change: postcode spacing and case.");
        TableView<?> preview = robot.lookup("#fix-table").queryAs(TableView.class);
        assertThat(preview.getItems()).hasSize(6);
        Button apply = robot.lookup("#fix-apply").queryAs(Button.class);
        assertThat(apply.getText()).isEqualTo("Fix 6 values");
        robot.clickOn(apply);

        assertThat(robot.lookup("#fix-table").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(ruleCount(robot, "DIDS017")).isZero();
        assertThat(text(robot, "#errors-count")).isEqualTo("Errors 84");
        assertThat(text(robot, "#edits-count")).isEqualTo("Edits 6");
        assertThat(text(robot, "#verdict")).isEqualTo("Would be rejected: 84 errors in 76 records");
        // The table was filtered to DIDS017, which no record fails now: it shows every record again and says so,
        // and the rule box shows its prompt rather than a blank.
        assertThat(text(robot, "#showing")).isEqualTo("Showing 2,000 records");
        assertThat(text(robot, "#status-message")).startsWith("Fixed 6 values for DIDS017; showing all records again");
        ComboBox<?> ruleBox = robot.lookup("#rule-filter").queryAs(ComboBox.class);
        assertThat(ruleBox.getValue()).isNull();
        assertThat(ruleBox.getButtonCell().getText()).isEqualTo("By rule\u2026");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(ruleCount(robot, "DIDS017")).isEqualTo(6);
        assertThat(text(robot, "#errors-count")).isEqualTo("Errors 90");
        assertThat(text(robot, "#edits-count")).isEqualTo("Edits 0");
        assertThat(text(robot, "#verdict")).isEqualTo("Would be rejected: 90 errors in 82 records");
    }

    private static void chooseRule(FxRobot robot, String code) {
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#rules-tree").queryAs(TreeView.class);
        robot.interact(() -> {
            for (TreeItem<Object> group : tree.getRoot().getChildren()) {
                for (TreeItem<Object> leaf : group.getChildren()) {
                    if (leaf.getValue() instanceof RuleCount r && r.code().equals(code)) {
                        tree.getSelectionModel().select(tree.getRow(leaf));
                    }
                }
            }
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
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
