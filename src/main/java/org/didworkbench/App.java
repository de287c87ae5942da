package org.didworkbench;

import org.didworkbench.service.HistoryService;
import org.didworkbench.service.ImportService;
import org.didworkbench.service.OutlierSettingsFile;
import org.didworkbench.service.ProfileCatalogue;
import org.didworkbench.service.ReferenceService;
import org.didworkbench.service.ReportService;
import org.didworkbench.service.SessionService;
import org.didworkbench.service.ValidateService;
import org.didworkbench.service.WorkbenchChecks;
import org.didworkbench.service.WorkspaceLocations;
import org.didworkbench.ui.common.PreferencesSettingsStore;
import org.didworkbench.ui.common.SettingsStore;
import org.didworkbench.ui.shell.DefaultWorkspaceLocator;
import org.didworkbench.ui.shell.WorkspaceLocator;

/** The composition root: builds every service once, with {@code new}. */
public final class App {
    private final ProfileCatalogue profiles;
    private final ImportService imports;
    private final ValidateService validate;
    private final SessionService sessions;
    private final OutlierSettingsFile outlierSettings;
    private final ReportService reports;
    private final HistoryService history;

    /** The application as the user runs it: workspaces and the submission library in the user's data folder. */
    public App() {
        this(WorkspaceLocations.system());
    }

    /**
     * The application with its data folders given (tests use a temporary folder, so they never touch
     * the user's workspaces or submission library).
     */
    public App(WorkspaceLocations locations) {
        this.profiles = ProfileCatalogue.builtIn();
        ReferenceService references = new ReferenceService();
        this.outlierSettings = OutlierSettingsFile.forUser();
        WorkbenchChecks workbench = new WorkbenchChecks(outlierSettings.settings());
        this.imports = new ImportService(profiles, references, workbench);
        this.sessions = new SessionService(profiles, references, imports, workbench.recordCheck(), locations);
        this.reports = new ReportService(sessions, references, workbench, java.time.Clock.systemDefaultZone());
        this.validate = new ValidateService(imports, reports);
        this.history = new HistoryService(locations.library(), profiles, references, workbench,
                validate, java.time.Clock.systemDefaultZone());
    }

    /** The submission library: past months by their summary figures, and comparisons with them. */
    public HistoryService historyService() {
        return history;
    }

    public ReportService reportService() {
        return reports;
    }

    /** The outlier thresholds in force, where they came from, and why a user's file was not used. */
    public OutlierSettingsFile outlierSettings() {
        return outlierSettings;
    }

    public ProfileCatalogue profiles() {
        return profiles;
    }

    public ImportService importService() {
        return imports;
    }

    public SessionService sessionService() {
        return sessions;
    }

    public ValidateService validateService() {
        return validate;
    }

    /** Where the window remembers recent files, layout and options: the user's preferences. */
    public SettingsStore windowSettings() {
        return PreferencesSettingsStore.forUser();
    }

    /** Where the window keeps the workspace of each file it opens. */
    public WorkspaceLocator windowWorkspaces() {
        return new DefaultWorkspaceLocator(sessions);
    }
}
