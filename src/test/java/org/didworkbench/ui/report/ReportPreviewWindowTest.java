package org.didworkbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.didworkbench.App;
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

/** The real preview window (headless Monocle): Ctrl+R on the sample shows its pages, Save as PDF, Esc. */
@ExtendWith(ApplicationExtension.class)
class ReportPreviewWindowTest {
    @TempDir
    Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FakePrinter printer = new FakePrinter();
    private MainWindowViewModel vm;

    @Start
    void start(Stage stage) {
        App app = new App();
        vm = new MainWindowViewModel(app.sessionService(), new InlineTaskRunner(), dialogs,
                new WorkbenchSettings(new InMemorySettingsStore()), new TempWorkspaceLocator(temp.resolve("ws")),
                Samples.CLOCK);
        vm.useReports(app.reportService(), printer);
        new MainWindowView(vm, stage, dialogs);
        stage.show();
    }

    @AfterEach
    void shutdown() throws Exception {
        WaitForAsyncUtils.asyncFx(vm::shutdown).get();
    }

    @Test
    void ctrlROpensThePreviewWithItsPagesAndEscClosesIt(FxRobot robot) throws Exception {
        dialogs.submission = Samples.SAMPLE;
        dialogs.options = Samples.OPTIONS;
        robot.clickOn("#open-button");
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Window preview = robot.window("Quality report \u2014 did-v1-sample-2026-09.csv");
        assertThat(preview.isShowing()).isTrue();
        assertThat(dialogs.errors()).isEmpty();

        Path pdf = temp.resolve("report.pdf");
        dialogs.reportTarget = pdf;
        robot.clickOn("#report-save-pdf");
        int pages;
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            pages = doc.getNumberOfPages();
        }
        assertThat(robot.lookup("#page-count").queryAs(Label.class).getText()).isEqualTo("Page 1 of " + pages);
        assertThat(robot.lookup(".report-page").queryAll()).hasSize(pages);
        ImageView first = robot.lookup("#report-page-1 .image-view").queryAs(ImageView.class);
        assertThat(first.getImage()).as("the first page is drawn").isNotNull();
        assertThat(robot.lookup("#report-status").queryAs(Label.class).getText()).startsWith("Saved ");

        robot.type(KeyCode.ESCAPE);
        assertThat(preview.isShowing()).isFalse();
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo("Quality report written: " + pdf);
    }
}
