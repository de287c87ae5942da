package org.didworkbench.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.store.Workspace;
import org.didworkbench.store.WorkspaceException;

/** Opens workspaces as {@link Session}s, importing a submission first when asked. */
public final class SessionService {
    private final ProfileCatalogue profiles;
    private final ReferenceService references;
    private final ImportService imports;

    public SessionService(ProfileCatalogue profiles, ReferenceService references, ImportService imports) {
        this.profiles = profiles;
        this.references = references;
        this.imports = imports;
    }

    /** Opens an existing workspace. */
    public Session open(Path workspaceFile) throws ServiceException {
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
            if (folder != null) {
                try {
                    refs = references.load(Path.of(folder));
                } catch (ServiceException e) {
                    // The folder moved or changed since the import: carry on, the reference rules are then not checked.
                    refs = ReferenceData.none();
                }
            }
            Validator validator = new Validator(profile,
                    new RuleContext(LocalDate.parse(meta.get(WorkspaceMeta.SUBMISSION_DATE)), refs));
            return new WorkspaceSession(ws, profile, validator);
        } catch (ServiceException | RuntimeException e) {
            ws.close();
            throw e;
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
        ImportResult result = imports.importSubmission(request, progress, cancel);
        return open(result.workspace());
    }
}
