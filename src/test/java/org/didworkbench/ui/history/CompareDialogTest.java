package org.didworkbench.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.didworkbench.App;
import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.sample.TwoMonths;
import org.didworkbench.service.CancellationToken;
import org.didworkbench.service.ImportRequest;
import org.didworkbench.service.ProgressListener;
import org.didworkbench.service.WorkspaceLocations;
import org.didworkbench.ui.InlineTaskRunner;
import org.didworkbench.ui.Samples;
import org.didworkbench.ui.ScriptedDialogs;
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

/** View › Compare with earlier months in the real window (headless): two months remembered, the shifts shown. */
@ExtendWith(ApplicationExtension.class)
class CompareDialogTest {
    @TempDir
    Path temp;
    private MainWindowViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        App app = new App(new WorkspaceLocations(Map.of("DIDW_LIBRARY", temp.resolve("library.sqlite").toString()),
                "Linux", temp.resolve("home"), Samples.CLOCK));
        TwoMonths months = TwoMonths.write(temp);
        remember(app, months.august, TwoMonths.AUGUST_SUBMITTED);
        remember(app, months.september, TwoMonths.SEPTEMBER_SUBMITTED);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        vm = new MainWindowViewModel(app.sessionService(), new InlineTaskRunner(), dialogs,
                new WorkbenchSettings(new InMemorySettingsStore()), new TempWorkspaceLocator(temp.resolve("ws")),
                Samples.CLOCK);
        vm.useHistory(app.historyService());
        new MainWindowView(vm, stage, dialogs);
        stage.show();
    }

    private static void remember(App app, Path file, java.time.LocalDate submitted) throws Exception {
        ImportRequest r = new ImportRequest(file, Path.of("unused.didw"), HeaderMode.AUTO, submitted,
                TwoMonths.REFERENCE, null);
        app.historyService().remember(r, app.validateService().validate(r, false, null, null, ProgressListener.NONE,
                new CancellationToken()));
    }

    @AfterEach
    void shutdown() throws Exception {
        WaitForAsyncUtils.asyncFx(vm::shutdown).get();
    }

    @Test
    void withNoFileOpenTheLatestMonthIsComparedWithTheOneBefore(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        MenuItem compare = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-compare-months".equals(i.getId())).findFirst().orElseThrow();
        assertThat(compare.isDisable()).isFalse();
        robot.interact(compare::fire);

        assertThat(robot.lookup("#compare-heading").queryAs(Label.class).getText())
                .startsWith("rzz-did-2026-09.csv \u2014 September 2026 (remembered on ");
        assertThat(robot.lookup("#compare-against").queryAs(Label.class).getText())
                .startsWith("Compared with August 2026: rzz-did-2026-08.csv");
        VBox shifts = robot.lookup("#compare-shifts").queryAs(VBox.class);
        assertThat(robot.from(shifts).lookup(".compare-shift").queryAllAs(Label.class))
                .extracting(Label::getText).hasSize(3).first().asString().startsWith("MRI volume fell ");
        TabPane tabs = robot.lookup("#compare-tables").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).as("opens on the first table with a shift")
                .isEqualTo("Modality (1)");
        TableView<?> table = robot.from(tabs).lookup(".compare-table").queryAs(TableView.class);
        assertThat(table.getColumns().get(1).getText()).isEqualTo("August 2026");
        assertThat(robot.lookup(".table-row-cell:shift").queryAll()).isNotEmpty();

        robot.clickOn("#compare-close");
        assertThat(robot.lookup("#compare-heading").tryQuery()).isEmpty();
    }
}
