package org.didworkbench.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.outliers.OutlierAnalyser;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.store.Workspace;
import org.didworkbench.store.WorkspaceException;

/** Opens workspaces as {@link Session}s, importing a submission first when asked. */
public final class SessionService {
    private final ProfileCatalogue profiles;
    private final ReferenceService references;
    private final ImportService imports;
    private final WorkbenchRecordCheck workbench;
    private final WorkspaceLocations locations;

    public SessionService(ProfileCatalogue profiles, ReferenceService references, ImportService imports) {
        this(profiles, references, imports, WorkbenchRecordCheck.NONE, WorkspaceLocations.system());
    }

    /**
     * @param workbench makes the per-record workbench check re-run on edited records
     * @param locations where workspaces go by default
     */
    public SessionService(ProfileCatalogue profiles, ReferenceService references, ImportService imports,
                          WorkbenchRecordCheck workbench, WorkspaceLocations locations) {
        this.profiles = profiles;
        this.references = references;
        this.imports = imports;
        this.workbench = workbench;
        this.locations = locations;
    }

    /**
     * A new workspace file for a submission in the user's data folder (see {@link WorkspaceLocations}),
     * named after the file; the folder is created (owner-only) when missing.
     */
    public Path defaultWorkspaceFor(Path source) throws ServiceException {
        return locations.defaultFor(source);
    }

    /** Opens an existing workspace. */
    public Session open(Path workspaceFile) throws ServiceException {
        return open(workspaceFile, null);
    }

    /**
     * Opens a workspace; {@code checked}, when not null, is the workbench analyser of the import that
     * just made it, which the session's edits are then judged with (it is closed here when it cannot be).
     */
    private Session open(Path workspaceFile, OutlierAnalyser checked) throws ServiceException {
        Workspace ws;
        try {
            ws = Workspace.open(workspaceFile);
        } catch (WorkspaceException e) {
            throw new ServiceException(e.getMessage(), e);
        }
        try {
            Map<String, String> meta = ws.meta();
            String json = meta.get(WorkspaceMeta.PROFILE_JSON);
            Profile profile = json == null ? profiles.resolve(meta.get(WorkspaceMeta.PROFILE))
                    : profiles.bindText(fileName(meta.get(WorkspaceMeta.PROFILE_FILE)), json);
            String folder = meta.get(WorkspaceMeta.REFERENCE_FOLDER);
            ReferenceData refs = ReferenceData.none();
            List<String> notices = new ArrayList<>();
            if (folder != null) {
                try {
                    refs = references.load(Path.of(folder));
                } catch (ServiceException e) {
                    // The folder moved or changed since the import. The workspace still opens; the findings of
                    // the reference rules made at the import are kept (see Revalidator) but edited records are
                    // not rechecked against the reference data, and the user is told so.
                    refs = ReferenceData.none();
                    notices.add("The reference data used when this file was opened (" + folder + ") cannot be read "
                            + "now: " + e.getMessage() + " The reference-data findings made when the file was opened "
                            + "are kept, but edited records are not rechecked against the reference data. Put the "
                            + "folder back, or open the submission file again with the reference data, to recheck.");
                }
            }
            Validator validator = new Validator(profile,
                    new RuleContext(LocalDate.parse(meta.get(WorkspaceMeta.SUBMISSION_DATE)), refs));
            Function<RecordView, List<Issue>> check = workbench.forWorkspace(ws, validator);
            if (checked != null) {
                if (check instanceof OutlierRecordCheck outliers) {
                    outliers.adopt(checked);
                } else {
                    checked.close();
                }
            }
            return new WorkspaceSession(ws, profile, validator, check, notices);
        } catch (ServiceException e) {
            closeQuietly(ws);
            throw e;
        } catch (WorkspaceException e) {
            closeQuietly(ws);
            throw new ServiceException(e.getMessage(), e);
        } catch (RuntimeException e) {
            // Missing or unreadable facts (a damaged file, or an SQLite file that is not a workspace).
            closeQuietly(ws);
            throw new ServiceException("The workspace " + workspaceFile.getFileName() + " is damaged or was not made"
                    + " by DID Workbench; open the submission file again to make a new workspace.", e);
        }
    }

    private static void closeQuietly(Workspace ws) {
        try {
            ws.close();
        } catch (WorkspaceException ignored) {
            // already failing; the first problem is the one reported
        }
    }

    private static String fileName(String path) {
        if (path == null) {
            return "the workspace's profile";
        }
        Path p = Path.of(path).getFileName();
        return p == null ? path : p.toString();
    }

    /** Imports a submission into a new workspace and opens it. */
    public Session importAndOpen(ImportRequest request, ProgressListener progress, CancellationToken cancel)
            throws ServiceException {
        // the import's own workbench analyser judges the session's edits: no second read of every record
        ImportService.Imported imported = imports.importAndKeep(request, progress, cancel, true);
        try {
            return open(imported.result().workspace(), imported.analyser());
        } catch (ServiceException | RuntimeException e) {
            if (imported.analyser() != null) {
                imported.analyser().close();
            }
            throw e;
        }
    }
}
