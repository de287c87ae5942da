package org.didworkbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.reference.ReferenceSource;
import org.didworkbench.io.AtomicFiles;
import org.didworkbench.report.HtmlReport;
import org.didworkbench.report.PdfPages;
import org.didworkbench.report.PdfReport;
import org.didworkbench.report.ReportModel;
import org.didworkbench.store.Workspace;
import org.didworkbench.store.WorkspaceException;

/**
 * The quality summary report of a workspace: builds its {@link ReportModel} and renders it as HTML
 * or PDF from the one template.
 *
 * <p>The window calls {@link #preview} off the FX thread with its open session: one
 * {@link ReportDocument} that it shows, prints and saves ({@link #save(ReportDocument, Path)}); the
 * command line calls {@link #writeReport}. The report's model stays inside the service (the layers
 * above never see the report package). Not thread-safe per session (a {@link Session} is not); the
 * renderers are.
 */
public final class ReportService {
    private final SessionService sessions;
    private final ReportFigures figures;
    private final Clock clock;
    private final HtmlReport html = new HtmlReport();
    private final PdfReport pdf = new PdfReport();

    /**
     * @param sessions   opens workspaces for {@link #writeReport}
     * @param references reloads reference data when edited records' waiting times must be recomputed
     * @param workbench  the outlier checks (their list and their waiting-time analysis)
     * @param clock      the report's generation time and time zone
     */
    public ReportService(SessionService sessions, ReferenceService references, WorkbenchChecks workbench,
                         Clock clock) {
        this.sessions = sessions;
        this.figures = new ReportFigures(references, workbench);
        this.clock = clock;
    }

    /** The format a report file is written in, from its name. */
    public enum Format {
        PDF, HTML;

        /** PDF for {@code .pdf}, HTML for {@code .html} or {@code .htm}; empty otherwise. */
        public static Optional<Format> of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".pdf")) {
                return Optional.of(PDF);
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return Optional.of(HTML);
            }
            return Optional.empty();
        }
    }

    /**
     * The report of an open session as an XHTML page: for the window's preview, and the one source of
     * the PDF ({@link #pdf}) and of a saved file ({@link #save}). Reads the whole workspace (and, when
     * cells were edited, every record), so call it off the FX thread.
     *
     * @throws ServiceException the workspace could not be read
     */
    public String html(Session session, ReportOptions options) throws ServiceException {
        return html.render(build(session, options));
    }

    /** The PDF of a page made by {@link #html(Session, ReportOptions)}, as bytes (for printing or saving). */
    public byte[] pdf(String page) throws ServiceException {
        try {
            return pdf.render(page);
        } catch (IOException | RuntimeException e) {
            throw new ServiceException("The PDF could not be made (" + e.getClass().getSimpleName() + ").", e);
        }
    }

    /**
     * Saves a page made by {@link #html(Session, ReportOptions)} as PDF or HTML, by the file's
     * extension; atomically (the file is whole or untouched).
     */
    public void save(String page, Path out) throws ServiceException {
        Format format = Format.of(out).orElseThrow(() -> new ServiceException(
                "The report file name must end in .pdf or .html, not " + out.getFileName() + "."));
        try {
            AtomicFiles.write(out, stream -> {
                if (format == Format.PDF) {
                    pdf.write(page, stream);
                } else {
                    stream.write(page.getBytes(StandardCharsets.UTF_8));
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new ServiceException("Could not write the report " + out.getFileName() + ": "
                    + IoText.reason(e), e);
        }
    }

    /**
     * Makes the report of an open session once for the window's preview: the page, its PDF and the
     * PDF's pages, ready to show, print and save. Reads the whole workspace, so call it off the FX
     * thread; stops between its three steps when cancelled.
     *
     * @param progress hears "Gathering the figures", "Laying out the pages" and "Preparing the preview"
     * @throws CancelledException the user cancelled
     * @throws ServiceException   the workspace could not be read or the PDF could not be made
     */
    public ReportDocument preview(Session session, ReportOptions options, ProgressListener progress,
                                  CancellationToken cancel) throws ServiceException {
        progress.progress(0, 3, "Gathering the figures");
        String page = html(session, options);
        cancel.check();
        progress.progress(1, 3, "Laying out the pages");
        byte[] bytes = pdf(page);
        cancel.check();
        progress.progress(2, 3, "Preparing the preview");
        PdfPages pages;
        try {
            pages = PdfPages.open(bytes);
        } catch (IOException | RuntimeException e) {
            throw new ServiceException("The PDF could not be read back for the preview ("
                    + e.getClass().getSimpleName() + ").", e);
        }
        progress.progress(3, 3, "Preparing the preview");
        return new ReportDocument(page, bytes, pages, options.appendix());
    }

    /**
     * Saves a previewed report as PDF or HTML, by the file's extension, atomically. The PDF written is
     * the one previewed (not made again), so the file matches what was seen and printed.
     */
    public void save(ReportDocument document, Path out) throws ServiceException {
        Format format = Format.of(out).orElseThrow(() -> new ServiceException(
                "The report file name must end in .pdf or .html, not " + out.getFileName() + "."));
        try {
            AtomicFiles.write(out, stream -> stream.write(format == Format.PDF ? document.pdf()
                    : document.html().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            throw new ServiceException("Could not write the report " + out.getFileName() + ": "
                    + IoText.reason(e), e);
        }
    }

    /**
     * What the command line says after writing a report.
     *
     * @param fileName the submission file's name
     * @param verdict  the verdict sentence now
     */
    public record Written(String fileName, String verdict) {
    }

    /** Opens a workspace, builds its report and writes it (the command line's use). */
    public Written writeReport(Path workspace, Path out, ReportOptions options) throws ServiceException {
        if (Format.of(out).isEmpty()) {
            throw new ServiceException("The report file name must end in .pdf or .html, not " + out.getFileName() + ".");
        }
        try (Session session = sessions.open(workspace)) {
            ReportModel model = build(session, options);
            save(html.render(model), out);
            return new Written(model.header().fileName(), model.now().sentence());
        }
    }

    /** The report's figures for an open session (the model the renderers lay out). */
    ReportModel build(Session session, ReportOptions options) throws ServiceException {
        try (Workspace ws = Workspace.open(session.workspace())) {
            Map<String, String> meta = ws.meta();
            ZonedDateTime now = ZonedDateTime.now(clock);
            return figures.model(session, ws, meta, header(session, meta, now), options);
        } catch (WorkspaceException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /** The page for a model (tests compare the page with the model behind it). */
    String render(ReportModel model) {
        return html.render(model);
    }

    // ------------------------------------------------------------------ header

    private ReportModel.Header header(Session session, Map<String, String> meta, ZonedDateTime now) {
        Profile profile = session.profile();
        ImportedSummary imported = figures.imported(meta);
        String[] hash = sha256(meta);
        String checkedWith = meta.getOrDefault(WorkspaceMeta.VERSION, "");
        ZonedDateTime checkedAt = null;
        try {
            String created = meta.get(WorkspaceMeta.CREATED);
            checkedAt = created == null ? null : Instant.parse(created).atZone(clock.getZone());
        } catch (DateTimeParseException e) {
            checkedAt = null; // an unreadable stamp is left out rather than failing the report
        }
        List<ReportModel.Reference> refs = imported == null ? List.of()
                : imported.references().stream().map(ReportService::reference).toList();
        return new ReportModel.Header(session.sourceName(), hash[0], hash[1], session.counts().records(),
                profile.title(), profile.provisional(), java.time.LocalDate.parse(meta.get(WorkspaceMeta.SUBMISSION_DATE)),
                now, Version.current(), checkedWith.equals(Version.current()) ? "" : checkedWith, checkedAt,
                imported == null ? "not known" : imported.dialect(), refs,
                imported == null ? List.of() : imported.summary().notChecked());
    }

    private static ReportModel.Reference reference(ReferenceSource r) {
        String kind = switch (r.kind()) {
            case ODS -> "ODS organisations";
            case POSTCODES -> "Postcode directory";
            case IMAGING_CODES -> "NICIP and SNOMED CT imaging codes";
        };
        return new ReportModel.Reference(kind, r.file(), r.asOf(), r.rows());
    }

    /**
     * The source file's SHA-256 and, when there is none, why. The file is hashed only when it is still
     * where it was opened from and still the same size, so the checksum belongs to the file checked.
     */
    static String[] sha256(Map<String, String> meta) {
        String where = meta.get(WorkspaceMeta.SOURCE_PATH);
        if (where == null) {
            return new String[] {"", "source file not available (the workspace does not say where it was)"};
        }
        Path source = Path.of(where);
        try {
            if (!Files.isRegularFile(source)) {
                return new String[] {"", "source file not available (it is no longer where it was opened from)"};
            }
            String size = meta.get(WorkspaceMeta.SOURCE_SIZE);
            if (size != null && Files.size(source) != Long.parseLong(size)) {
                return new String[] {"", "source file not available (the file where it was opened from has "
                        + "changed since it was checked)"};
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(source)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return new String[] {HexFormat.of().formatHex(digest.digest()), ""};
        } catch (IOException | NumberFormatException e) {
            return new String[] {"", "source file not available (it could not be read)"};
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Plain reasons for I/O failures, with no stack trace or patient data. */
    private static final class IoText {
        static String reason(Exception e) {
            if (e instanceof java.nio.file.AccessDeniedException) {
                return "permission denied.";
            }
            if (e instanceof java.nio.file.NoSuchFileException) {
                return "the folder does not exist.";
            }
            String m = e.getMessage();
            return (m == null ? e.getClass().getSimpleName() : m) + ".";
        }
    }
}
