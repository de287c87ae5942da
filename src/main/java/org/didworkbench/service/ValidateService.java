package org.didworkbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.didworkbench.io.IssuesCsvWriter;
import org.didworkbench.io.SummaryJson;
import org.didworkbench.store.Workspace;
import org.didworkbench.store.WorkspaceException;

/**
 * The {@code validate} use case: open a submission into a workspace (a temporary one unless asked
 * to keep it), then write the issues CSV and the summary JSON.
 */
public final class ValidateService {
    private final ImportService imports;
    private final ReportService reports;

    /** A validate service that cannot write reports. */
    public ValidateService(ImportService imports) {
        this(imports, null);
    }

    /** @param reports writes the quality report when asked (null: reports are refused) */
    public ValidateService(ImportService imports, ReportService reports) {
        this.imports = imports;
        this.reports = reports;
    }

    /**
     * Validates a file.
     *
     * @param request    what to open; when {@code keepWorkspace} is false its workspace path is ignored
     *                   and a temporary workspace is used and deleted afterwards
     * @param issuesOut  where to write the issues CSV, or null
     * @param summaryOut where to write the summary JSON, or null
     */
    public ImportResult validate(ImportRequest request, boolean keepWorkspace, Path issuesOut, Path summaryOut,
                                 ProgressListener progress, CancellationToken cancel) throws ServiceException {
        return validate(request, keepWorkspace, issuesOut, summaryOut, null, ReportOptions.summaryOnly(), progress,
                cancel);
    }

    /**
     * Validates a file and also writes the quality report (PDF or HTML by its extension) from the
     * workspace before a temporary one is deleted.
     *
     * @param reportOut     where to write the report, or null
     * @param reportOptions what the report includes
     */
    public ImportResult validate(ImportRequest request, boolean keepWorkspace, Path issuesOut, Path summaryOut,
                                 Path reportOut, ReportOptions reportOptions, ProgressListener progress,
                                 CancellationToken cancel) throws ServiceException {
        if (reportOut != null && reports == null) {
            throw new ServiceException("This validate service was built without a report service.");
        }
        Path tempDir = null;
        ImportRequest actual = request;
        try {
            if (!keepWorkspace) {
                tempDir = Files.createTempDirectory("did-workbench-");
                actual = new ImportRequest(request.source(), tempDir.resolve("validate.didw"), request.header(),
                        request.submissionDate(), request.referenceFolder(), request.profileId());
            }
            ImportResult result = imports.importSubmission(actual, progress, cancel);
            long t0 = System.nanoTime();
            if (issuesOut != null || summaryOut != null) {
                writeOutputs(result, issuesOut, summaryOut);
            }
            Timing.report("outputs", System.nanoTime() - t0);
            if (reportOut != null) {
                progress.progress(1, 1, "Writing the report");
                reports.writeReport(result.workspace(), reportOut, reportOptions);
            }
            return result;
        } catch (IOException e) {
            throw new ServiceException("Could not write the output: " + e.getMessage(), e);
        } finally {
            if (tempDir != null) {
                long t1 = System.nanoTime();
                deleteQuietly(tempDir);
                Timing.report("delete-temporary", System.nanoTime() - t1);
            }
        }
    }

    private static void writeOutputs(ImportResult result, Path issuesOut, Path summaryOut) throws IOException {
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(result.workspace())) {
            long t1 = System.nanoTime();
            if (issuesOut != null) {
                IssuesCsvWriter.write(issuesOut, ws::forEachIssue);
            }
            Timing.report("outputs: open", t1 - t0, "issues", System.nanoTime() - t1);
            if (summaryOut != null) {
                Map<String, String> meta = ws.meta();
                Map<String, Object> map = WorkspaceMeta.summaryMap(result.summary(), result.choice(),
                        meta.get(WorkspaceMeta.SOURCE_NAME), java.time.LocalDate.parse(meta.get(WorkspaceMeta.SUBMISSION_DATE)),
                        result.dialect(), result.references(), result.workbenchRules(), result.waits());
                SummaryJson.write(summaryOut, map);
            }
        } catch (WorkspaceException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the OS's temp clean-up
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
