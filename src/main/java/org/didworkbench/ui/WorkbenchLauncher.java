package org.didworkbench.ui;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.didworkbench.App;
import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.service.BundledSample;
import org.didworkbench.service.OutlierSettingsFile;
import org.didworkbench.service.Version;
import org.didworkbench.service.WorkspaceLocations;
import org.didworkbench.ui.common.AppFacts;
import org.didworkbench.ui.common.FxDialogService;
import org.didworkbench.ui.common.FxTaskRunner;
import org.didworkbench.ui.common.OpenOptions;
import org.didworkbench.ui.common.ProfileOption;
import org.didworkbench.ui.common.SettingsStore;
import org.didworkbench.ui.common.WorkbenchSettings;
import org.didworkbench.ui.report.FxReportPrinter;
import org.didworkbench.ui.shell.MainWindowView;
import org.didworkbench.ui.shell.MainWindowViewModel;

/**
 * Starts the window. Kept apart from {@code Main} so the command line never loads JavaFX; uses
 * {@link Platform#startup} rather than an {@code Application} subclass so every object is built
 * here with {@code new} and nothing is static.
 */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    /**
     * Opens the window and waits until it is closed.
     *
     * @return the exit status: 0 after a normal close, 2 when the window could not open
     */
    public static int launch(App app, String[] args, PrintStream err) {
        WindowArguments parsed;
        try {
            parsed = WindowArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("did-workbench: " + e.getMessage() + ".");
            err.println("Try 'java -jar did-workbench.jar help'.");
            return 2;
        }
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> {
                try {
                    open(app, parsed, closed);
                } catch (RuntimeException e) {
                    err.println("did-workbench: the window could not be built (" + e.getClass().getSimpleName() + ").");
                    closed.countDown();
                    throw e;
                }
            });
        } catch (RuntimeException e) {
            err.println("did-workbench: the window cannot open here (" + e.getMessage() + ").");
            err.println("To check a file without a display: java -jar did-workbench.jar validate FILE");
            return 2;
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return 0;
    }

    private static void open(App app, WindowArguments args, CountDownLatch closed) {
        Stage stage = new Stage();
        FxTaskRunner runner = new FxTaskRunner();
        SettingsStore store = app.windowSettings();
        WorkbenchSettings settings = new WorkbenchSettings(store);
        List<String> problems = new ArrayList<>();
        store.problem().ifPresent(problems::add);
        problems.addAll(settings.repair());
        app.outlierSettings().problem().ifPresent(problems::add);
        MainWindowView[] view = new MainWindowView[1];
        FxDialogService dialogs = new FxDialogService(stage, () -> view[0] == null ? java.util.List.of()
                : view[0].stylesheets());
        MainWindowViewModel vm = new MainWindowViewModel(app.sessionService(), runner, dialogs, settings,
                app.windowWorkspaces(), Clock.systemDefaultZone());
        vm.useReports(app.reportService(), new FxReportPrinter());
        vm.useHistory(app.historyService());
        vm.useProfiles(ProfileOption.builtIns(app.profiles()));
        vm.useFacts(new AppFacts(Version.current(), WorkspaceLocations.system().folder(),
                OutlierSettingsFile.userLocation()));
        vm.welcome().findSample(BundledSample::locate);
        view[0] = new MainWindowView(vm, stage, dialogs);
        dialogs.useRootStyle(view[0]::rootStyle);
        dialogs.useProfiles(vm::profileOptions);
        stage.setOnHidden(e -> {
            vm.shutdown();
            closed.countDown();
        });
        stage.show();
        // Reported once, after the window is up; the defaults are already in force.
        Platform.runLater(() -> vm.reportSettingsProblems(problems));
        if (args.file() != null) {
            OpenOptions defaults = vm.defaultOptions();
            vm.open(args.file(), new OpenOptions(
                    args.submissionDate() != null ? args.submissionDate() : defaults.submissionDate(),
                    args.reference() != null ? args.reference() : defaults.referenceFolder(),
                    args.header() != null ? args.header() : HeaderMode.AUTO, args.profile()));
        }
    }
}
