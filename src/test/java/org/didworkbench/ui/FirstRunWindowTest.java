package org.didworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.didworkbench.App;
import org.didworkbench.service.BundledSample;
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

/** The first run, as a user meets it (headless Monocle): the welcome screen, Open the sample, the text size setting. */
@ExtendWith(ApplicationExtension.class)
class FirstRunWindowTest {
    @TempDir
    Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindowViewModel vm;
    private MainWindowView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new MainWindowViewModel(new App().sessionService(), new InlineTaskRunner(), dialogs,
                new WorkbenchSettings(new InMemorySettingsStore()), new TempWorkspaceLocator(temp.resolve("ws")),
                Samples.CLOCK);
        vm.welcome().findSample(() -> BundledSample.in(List.of(Samples.SAMPLE.getParent())));
        view = new MainWindowView(vm, stage, dialogs);
        stage.show();
    }

    @AfterEach
    void shutdown() throws Exception {
        WaitForAsyncUtils.asyncFx(vm::shutdown).get();
    }

    @Test
    void withNoFileTheWelcomeScreenOffersTheSampleAndOpensIt(FxRobot robot) {
        Node welcome = robot.lookup("#welcome").query();
        assertThat(welcome.isVisible()).isTrue();
        assertThat(robot.lookup("#welcome-open").queryAs(Button.class).isFocused()).as("Enter opens a file").isTrue();
        Button sample = robot.lookup("#welcome-sample").queryAs(Button.class);
        assertThat(sample.isDisabled()).isFalse();
        assertThat(robot.lookup("#welcome-recent").lookup(".label").queryAs(Label.class).getText())
                .isEqualTo("Files you open are listed here.");

        robot.clickOn(sample);

        assertThat(dialogs.errors()).isEmpty();
        assertThat(welcome.isVisible()).isFalse();
        assertThat(stage.getTitle()).contains("did-v1-sample-2026-09.csv");
        assertThat(robot.lookup("#errors-count").queryAs(Label.class).getText()).isEqualTo("Errors " + Samples.ERRORS);
        assertThat(robot.lookup("#profile-name").queryAs(Label.class).getText()).isEqualTo("DID v1 (DIDS v1.0)");
        assertThat(robot.lookup("#provisional-badge").queryAs(Label.class).getParent().isVisible()).isFalse();
    }

    @Test
    void aLargerTextSizeChosenInTheSettingsAppliesAtOnce(FxRobot robot) {
        Node root = stage.getScene().getRoot();
        double before = robot.lookup("#welcome-open").queryAs(Button.class).getFont().getSize();

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> size = robot.lookup("#settings-font-size").queryAs(ComboBox.class);
        robot.interact(() -> size.setValue(18));
        robot.clickOn("#settings-ok");

        assertThat(robot.lookup("#settings-dialog").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(root.getStyle()).contains("-fx-font-size: 18px");
        assertThat(vm.settings().fontSize()).hasValue(18);
        double after = robot.lookup("#welcome-open").queryAs(Button.class).getFont().getSize();
        assertThat(after).isGreaterThan(before);
        assertThat(view.records().node().lookup("#records-table")).isInstanceOfSatisfying(TableView.class,
                t -> assertThat(t.getFixedCellSize()).isEqualTo(36));
    }
}
