package org.didworkbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.didworkbench.domain.dataset.CodeValue;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.history.EarlierMonths;
import org.didworkbench.domain.history.LibraryEntry;
import org.didworkbench.domain.history.MonthComparison;
import org.didworkbench.domain.history.ShiftThresholds;
import org.didworkbench.domain.history.SubmissionFigures;
import org.didworkbench.store.LibraryException;
import org.didworkbench.store.SubmissionLibrary;
import org.didworkbench.store.Workspace;
import org.didworkbench.store.WorkspaceException;

/**
 * Month over month: remembers submissions in the submission library by their summary figures (never
 * a record or a patient identifier) and compares a submission with the earlier months of the same
 * provider (docs/history.md).
 *
 * <p>Remembered: a file validated ({@link #remember}), a file opened in the window
 * ({@link #rememberOpened}) and a corrected file exported ({@link #rememberCorrected}). One entry per
 * file (SHA-256) and profile. Every call opens the library file and closes it again, so the window
 * and a command line may share it. Calls read files: run them off the UI thread.
 */
public final class HistoryService {
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{6,64}");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.UK);
    private static final String PATIENT_SOURCE = "PATIENT_SOURCE_SETTING";

    private final Path library;
    private final ProfileCatalogue profiles;
    private final ValidateService validate;
    private final SubmissionFiguresReader reader;
    private final ShiftThresholds thresholds;
    private final Clock clock;

    /**
     * @param library    the library file ({@link WorkspaceLocations#library()}); created on first use
     * @param profiles   gives the meanings of patient source setting codes
     * @param references reloads a workspace's reference data when its corrected figures are computed
     * @param workbench  the waiting-time analysis
     * @param validate   checks a file named for comparison that is not remembered yet
     * @param clock      when entries are remembered, and the zone they are shown in
     */
    public HistoryService(Path library, ProfileCatalogue profiles, ReferenceService references,
                          WorkbenchChecks workbench, ValidateService validate, Clock clock) {
        this.library = library;
        this.profiles = profiles;
        this.validate = validate;
        this.reader = new SubmissionFiguresReader(references, workbench);
        this.thresholds = ShiftThresholds.defaults();
        this.clock = clock;
    }

    /** The library file. */
    public Path library() {
        return library;
    }

    /** The thresholds shifts are flagged at. */
    public ShiftThresholds thresholds() {
        return thresholds;
    }

    // ------------------------------------------------------------------ remembering

    /** Remembers a file just validated (its figures from the import). */
    public LibraryEntry remember(ImportRequest request, ImportResult result) throws ServiceException {
        String sha = hash(request.source());
        return store(SubmissionFiguresReader.fromImport(request, result, sha), LibraryEntry.Kind.ORIGINAL, null);
    }

    /**
     * Remembers the file a session was opened from, by the figures its workspace kept from the import.
     * Empty when the file is no longer where it was opened from, or has changed (it cannot be named by
     * its checksum then).
     */
    public Optional<LibraryEntry> rememberOpened(Session session) throws ServiceException {
        Map<String, String> meta = meta(session);
        String sha = ReportService.sha256(meta)[0];
        if (sha.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(store(SubmissionFiguresReader.fromMeta(meta, session.profile(), sha),
                LibraryEntry.Kind.ORIGINAL, null));
    }

    /**
     * Remembers a corrected file just exported from a session: the figures of the workspace as it
     * stands (one pass over its records when cells were changed), under the exported file's name and
     * checksum, marked as a correction of the file it was opened from. An export identical to the file
     * opened (nothing changed) is the same file and stays remembered as the original.
     */
    public LibraryEntry rememberCorrected(Session session, Path exported) throws ServiceException {
        String sha = hash(exported);
        SubmissionFigures figures;
        String original;
        try (Workspace ws = Workspace.open(session.workspace())) {
            Map<String, String> meta = ws.meta();
            original = ReportService.sha256(meta)[0];
            if (sha.equals(original)) {
                // nothing was changed: the export is the file as it came, byte for byte, and stays remembered as that
                return store(SubmissionFiguresReader.fromMeta(meta, session.profile(), sha), LibraryEntry.Kind.ORIGINAL,
                        null);
            }
            figures = session.counts().edits() == 0
                    ? SubmissionFiguresReader.fromMeta(meta, session.profile(), sha)
                    : reader.current(session, ws, meta, "", sha);
            if (original.isEmpty()) {
                original = lastOriginalNamed(meta.get(WorkspaceMeta.SOURCE_NAME), session.profile().id());
            }
        } catch (WorkspaceException e) {
            throw new ServiceException(e.getMessage(), e);
        }
        return store(figures.withFile(SubmissionFiguresReader.fileName(exported), sha), LibraryEntry.Kind.CORRECTED,
                original == null || original.isEmpty() ? null : original);
    }

    /** The SHA-256 of the latest original remembered under a file name and profile, or null. */
    private String lastOriginalNamed(String name, String profile) throws ServiceException {
        return entries().stream()
                .filter(e -> e.kind() == LibraryEntry.Kind.ORIGINAL && e.figures().fileName().equals(name)
                        && e.figures().profile().equals(profile))
                .max(Comparator.comparing(LibraryEntry::updatedAt))
                .map(e -> e.figures().sha256()).orElse(null);
    }

    private LibraryEntry store(SubmissionFigures figures, LibraryEntry.Kind kind, String correctedOf)
            throws ServiceException {
        try (SubmissionLibrary lib = SubmissionLibrary.open(library)) {
            return lib.remember(figures, kind, correctedOf, clock.instant());
        } catch (LibraryException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ reading and forgetting

    /** Every remembered submission, newest data month first; empty when nothing was ever remembered. */
    public List<LibraryEntry> entries() throws ServiceException {
        if (!Files.exists(library)) {
            return List.of();
        }
        try (SubmissionLibrary lib = SubmissionLibrary.open(library)) {
            return lib.entries();
        } catch (LibraryException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * Forgets the submissions whose SHA-256 starts with {@code which} (at least 6 hex digits, as
     * {@code history} shows them), or every submission for {@code all}.
     *
     * @return how many entries were forgotten
     * @throws ServiceException no entry matches, the digits match several files, or the library failed
     */
    public int forget(String which) throws ServiceException {
        String w = which.trim();
        if (!w.equalsIgnoreCase("all") && !HEX.matcher(w).matches()) {
            throw new ServiceException("Name the submission to forget by the first 6 or more digits of its SHA-256"
                    + " (as 'history' lists them), or 'all'; '" + which + "' is neither.");
        }
        if (!Files.exists(library)) {
            if (w.equalsIgnoreCase("all")) {
                return 0;
            }
            throw new ServiceException("No submission is remembered yet, so there is nothing to forget.");
        }
        try (SubmissionLibrary lib = SubmissionLibrary.open(library)) {
            if (w.equalsIgnoreCase("all")) {
                return lib.forgetAll();
            }
            List<LibraryEntry> matches = lib.find(w);
            long files = matches.stream().map(e -> e.figures().sha256()).distinct().count();
            if (files == 0) {
                throw new ServiceException("No remembered submission has a SHA-256 starting '" + w
                        + "'; 'history' lists them.");
            }
            if (files > 1) {
                throw new ServiceException("'" + w + "' starts the SHA-256 of " + files
                        + " remembered files; give more digits.");
            }
            return lib.forget(w);
        } catch (LibraryException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /** When an entry was remembered, in the local time of the clock's zone, e.g. "2026-10-15 14:02". */
    public String when(LibraryEntry entry) {
        ZoneId zone = clock.getZone();
        return WHEN.format(entry.updatedAt().atZone(zone));
    }

    // ------------------------------------------------------------------ comparing

    /** Compares figures with the earlier months remembered. */
    public MonthOverMonth compare(SubmissionFigures current, String origin, Profile profile) throws ServiceException {
        if (current.dataMonth() == null) {
            return new MonthOverMonth(current, origin, Optional.empty(), "The month of " + current.fileName()
                    + " is not known: none of its test or request dates is a valid date, so it cannot be set"
                    + " beside earlier months.");
        }
        List<LibraryEntry> earlier = EarlierMonths.of(current, entries());
        if (earlier.isEmpty()) {
            return new MonthOverMonth(current, origin, Optional.empty(), "No earlier month of this provider is"
                    + " remembered (the library holds submissions of the same layout sharing a main site code"
                    + " with this one; see docs/history.md). Each file validated, opened or exported is remembered,"
                    + " so next month's file can be compared with this one.");
        }
        MonthComparison comparison = new MonthComparison(thresholds, meanings(profile, current.profile()));
        return new MonthOverMonth(current, origin, Optional.of(comparison.compare(current, earlier)), "");
    }

    /**
     * Compares the open session's submission: the file as it was opened when nothing was changed, the
     * workspace as it stands (one pass over its records) when cells were.
     */
    public MonthOverMonth compare(Session session) throws ServiceException {
        try (Workspace ws = Workspace.open(session.workspace())) {
            Map<String, String> meta = ws.meta();
            long edits = session.counts().edits();
            SubmissionFigures figures;
            String origin;
            if (edits == 0) {
                figures = SubmissionFiguresReader.fromMeta(meta, session.profile(), ReportService.sha256(meta)[0]);
                origin = "the file as it was opened";
            } else {
                figures = reader.current(session, ws, meta, session.sourceName(), "");
                origin = String.format(Locale.UK, "the workspace as it stands, with %,d corrected value%s", edits,
                        edits == 1 ? "" : "s");
            }
            return compare(figures, origin, session.profile());
        } catch (WorkspaceException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * Compares a submission file: by the figures remembered for it when it is in the library (same
     * checksum, and the same profile when one is named), otherwise by checking it now, and then
     * remembering it when {@code remember} is true.
     */
    public MonthOverMonth compare(ImportRequest request, boolean remember, ProgressListener progress,
                                  CancellationToken cancel) throws ServiceException {
        String sha = hash(request.source());
        String profileId = request.profileId() == null || ProfileCatalogue.namesFile(request.profileId()) ? null
                : request.profileId();
        Optional<LibraryEntry> known = entries().stream()
                .filter(e -> e.figures().sha256().equals(sha)
                        && (profileId == null || e.figures().profile().equals(profileId)))
                .max(Comparator.comparing(LibraryEntry::updatedAt));
        if (known.isPresent()) {
            return compare(known.get().figures(), "remembered on " + when(known.get()), null);
        }
        ImportResult result = validate.validate(request, false, null, null, progress, cancel);
        SubmissionFigures figures = SubmissionFiguresReader.fromImport(request, result, sha);
        if (remember) {
            store(figures, LibraryEntry.Kind.ORIGINAL, null);
        }
        return compare(figures, "checked now", result.profile());
    }

    /** Compares the submission remembered last (the latest data month) with its earlier months. */
    public MonthOverMonth compareLatest() throws ServiceException {
        List<LibraryEntry> all = entries();
        if (all.isEmpty()) {
            return new MonthOverMonth(null, "", Optional.empty(), "No submissions are remembered yet. Each file you"
                    + " open here, check with 'validate' or export corrected is remembered by its summary figures"
                    + " (never its records); with two months of the same provider remembered, they can be compared.");
        }
        LibraryEntry latest = all.get(0);
        return compare(latest.figures(), "remembered on " + when(latest), null);
    }

    // ------------------------------------------------------------------ helpers

    /** The meanings of the patient source setting codes, from the profile given or the built-in one of that id. */
    private Function<String, String> meanings(Profile profile, String profileId) {
        Profile p = profile;
        if (p == null) {
            try {
                p = profiles.resolve(profileId);
            } catch (ServiceException | RuntimeException e) {
                return code -> null;
            }
        }
        Map<String, String> meanings = new HashMap<>();
        p.item(PATIENT_SOURCE).ifPresent(i -> {
            for (CodeValue c : i.codes()) {
                meanings.put(c.code(), c.meaning());
            }
        });
        return meanings::get;
    }

    private static Map<String, String> meta(Session session) throws ServiceException {
        try (Workspace ws = Workspace.open(session.workspace())) {
            return ws.meta();
        } catch (WorkspaceException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    private static String hash(Path file) throws ServiceException {
        try {
            return SubmissionFiguresReader.sha256(file);
        } catch (IOException e) {
            throw new ServiceException("Could not read " + SubmissionFiguresReader.fileName(file) + ": "
                    + IoReasons.of(e), e);
        }
    }
}
