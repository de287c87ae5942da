package org.didworkbench.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.dataset.HeaderMode;

/** Imports test files into workspaces and opens them, with the services wired as the app wires them. */
final class Workspaces {
    static final LocalDate SUBMISSION_DATE = LocalDate.of(2026, 10, 15);
    static final Path SAMPLE = Path.of("sample-data/did-v1-sample-2026-09.csv");
    static final Path CLEAN = Path.of("sample-data/did-v1-clean-2026-09.csv");

    final ProfileCatalogue profiles = ProfileCatalogue.builtIn();
    final ReferenceService references = new ReferenceService();
    final ImportService imports = new ImportService(profiles, references,
            new WorkbenchChecks(org.didworkbench.domain.outliers.OutlierSettings.defaults()));
    final SessionService sessions;

    Workspaces(Path home) {
        this(home, WorkbenchRecordCheck.NONE);
    }

    Workspaces(Path home, WorkbenchRecordCheck checks) {
        this.sessions = new SessionService(profiles, references, imports, checks,
                new WorkspaceLocations(Map.of(), "Linux", home,
                        Clock.fixed(Instant.parse("2026-10-01T09:30:00Z"), ZoneOffset.UTC)));
    }

    ImportRequest request(Path source, Path workspace) {
        return new ImportRequest(source, workspace, HeaderMode.AUTO, SUBMISSION_DATE, null, null);
    }

    ImportResult importFile(Path source, Path workspace) throws ServiceException {
        return imports.importSubmission(request(source, workspace), ProgressListener.NONE, new CancellationToken());
    }

    Session open(Path source, Path workspace) throws ServiceException {
        importFile(source, workspace);
        return sessions.open(workspace);
    }

    static List<String> values(Session s, long record) {
        return s.record(record).values();
    }
}
