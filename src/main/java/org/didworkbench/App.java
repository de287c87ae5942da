package org.didworkbench;

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

    public App() {
        this.profiles = ProfileCatalogue.builtIn();
        ReferenceService references = new ReferenceService();
        this.outlierSettings = OutlierSettingsFile.forUser();
        WorkbenchChecks workbench = new WorkbenchChecks(outlierSettings.settings());
        this.imports = new ImportService(profiles, references, workbench);
        this.sessions = new SessionService(profiles, references, imports, workbench.recordCheck(),
                WorkspaceLocations.system());
        this.reports = new ReportService(sessions, references, workbench, java.time.Clock.systemDefaultZone());
        this.validate = new ValidateService(imports, reports);
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
