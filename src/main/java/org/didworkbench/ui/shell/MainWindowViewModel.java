package org.didworkbench.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.didworkbench.service.ReportOptions;
import org.didworkbench.service.ReportService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.service.CancelledException;
import org.didworkbench.service.Counts;
import org.didworkbench.service.EditOutcome;
import org.didworkbench.service.HistoryService;
import org.didworkbench.service.ImportRequest;
import org.didworkbench.service.RecordRow;
import org.didworkbench.service.ServiceException;
import org.didworkbench.service.Session;
import org.didworkbench.service.SessionService;
import org.didworkbench.ui.bulk.BulkChanges;
import org.didworkbench.ui.bulk.BulkEditsViewModel;
import org.didworkbench.ui.common.AppFacts;
import org.didworkbench.ui.common.DialogService;
import org.didworkbench.ui.common.OpenOptions;
import org.didworkbench.ui.common.ProfileOption;
import org.didworkbench.ui.common.ProgressRelay;
import org.didworkbench.ui.common.SessionCalls;
import org.didworkbench.ui.common.TaskRunner;
import org.didworkbench.ui.common.WorkbenchSettings;
import org.didworkbench.ui.detail.RecordDetailViewModel;
import org.didworkbench.ui.history.CompareViewModel;
import org.didworkbench.ui.issues.IssuesViewModel;
import org.didworkbench.ui.records.RecordsViewModel;
import org.didworkbench.ui.report.ReportPreviewViewModel;
import org.didworkbench.ui.report.ReportPrinter;
import org.didworkbench.ui.settings.SettingsViewModel;
import org.didworkbench.ui.welcome.WelcomeViewModel;

/**
 * The main window: opening a file (off the UI thread, with progress and cancel), the counts and
 * verdict, undo and redo, export, recent files and the view settings. Owns the view models of the
 * table, the issues panel and the record detail, and refreshes them after every change.
 *
 * <p>Threading: UI thread. Never touches the workspace or the disk itself: all of that goes through
 * the {@link TaskRunner}.
 */
public final class MainWindowViewModel {
    /** Every window title starts with this. */
    public static final String APP_TITLE = "DID Workbench";
    /** Above this many changed records an edit refreshes every held row instead of listing them. */
    private static final int REFRESH_ONE_BY_ONE = 500;
    /** From this many cells an undo or redo shows the busy card (a bulk step takes seconds; one cell, milliseconds). */
    static final int LONG_CHANGE = BulkChanges.LONG_CHANGE;

    private final SessionService sessions;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final WorkbenchSettings settings;
    private final WorkspaceLocator workspaces;
    private final Clock clock;
    private final SessionCalls calls;
    private final RecordsViewModel records;
    private final IssuesViewModel issues;
    private final RecordDetailViewModel detail;
    private final BulkEditsViewModel bulk;
    /** The last corrected file written, or null: the change-log export goes beside it. */
    private Path lastExport;
    private final WelcomeViewModel welcome;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_TITLE);
    private final ReadOnlyObjectWrapper<Counts> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Open a DID submission file to check it (File \u203A Open, or drop it here).");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyObjectWrapper<Path> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final BooleanProperty masked = new SimpleBooleanProperty(this, "masked");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty reportsAvailable = new SimpleBooleanProperty(this, "reportsAvailable");
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize");
    private final ReadOnlyStringWrapper profileTitle = new ReadOnlyStringWrapper(this, "profileTitle", "");
    private final ReadOnlyBooleanWrapper profileProvisional = new ReadOnlyBooleanWrapper(this, "profileProvisional");
    private final ReadOnlyStringWrapper profileBasis = new ReadOnlyStringWrapper(this, "profileBasis", "");
    private List<ProfileOption> builtInProfiles = List.of();
    private AppFacts facts = AppFacts.versionOnly();
    private ReportService reports;
    private ReportPrinter printer;
    private Consumer<ReportPreviewViewModel> previews;
    private HistoryService history;
    private final BooleanProperty historyAvailable = new SimpleBooleanProperty(this, "historyAvailable");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    private TaskRunner.Handle running;
    /** True once Cancel was pressed on the running task: its progress reports no longer replace "Cancelling…". */
    private boolean cancelling;
    private boolean unexported;
    private boolean keepWorkspace;
    private String sourceName;
    private boolean openedWorkspace;

    public MainWindowViewModel(SessionService sessions, TaskRunner runner, DialogService dialogs,
                               WorkbenchSettings settings, WorkspaceLocator workspaces, Clock clock) {
        this.sessions = sessions;
        this.runner = runner;
        this.dialogs = dialogs;
        this.settings = settings;
        this.workspaces = workspaces;
        this.clock = clock;
        this.calls = new SessionCalls(runner, e -> dialogs.showError("Something went wrong", describe(e)));
        this.records = new RecordsViewModel(calls, this::applyChange, status::set);
        this.issues = new IssuesViewModel(calls, records);
        this.detail = new RecordDetailViewModel(calls, this::applyChange);
        this.bulk = new BulkEditsViewModel(calls, new BulkChanges() {
            @Override
            public <T> void apply(SessionCalls.SessionWork<T> work, java.util.function.Function<? super T,
                    EditOutcome> outcome, Consumer<? super T> done) {
                applyChange(work, outcome, done);
            }

            @Override
            public <T> void applyWithProgress(String text, LongWork<T> work, java.util.function.Function<? super T,
                    EditOutcome> outcome, Consumer<? super T> done, Runnable cancelled, Runnable ended) {
                applyLongChange(text, work, outcome, done, cancelled, ended);
            }
        }, dialogs, status::set, this::changeLogFolder, records);
        records.selectedRowProperty().addListener((o, a, row) -> detail.show(row));
        masked.set(settings.masked());
        dark.set(settings.dark());
        records.maskedProperty().bind(masked);
        masked.addListener((o, a, b) -> settings.setMasked(b));
        dark.addListener((o, a, b) -> settings.setDark(b));
        recentFiles.setAll(settings.recentFiles());
        fontSize.set(settings.fontSize().orElse(0));
        fontSize.addListener((o, a, b) -> settings.setFontSize(b.intValue()));
        this.welcome = new WelcomeViewModel(runner, settings, recentFiles, new WelcomeViewModel.Opener() {
            @Override
            public void chooseAndOpen() {
                MainWindowViewModel.this.chooseAndOpen();
            }

            @Override
            public void open(Path file) {
                MainWindowViewModel.this.open(file);
            }

            @Override
            public void open(Path file, OpenOptions options) {
                MainWindowViewModel.this.open(file, options);
            }
        });
    }

    // ------------------------------------------------------------ children and state

    public RecordsViewModel records() {
        return records;
    }

    public IssuesViewModel issues() {
        return issues;
    }

    public RecordDetailViewModel detail() {
        return detail;
    }

    /** Bulk fixes, find and replace, set value, clusters and the change log. */
    public BulkEditsViewModel bulk() {
        return bulk;
    }

    /** Where the change-log export starts: beside the last corrected export, else beside the file opened. */
    private Path changeLogFolder() {
        if (lastExport != null) {
            return lastExport.getParent();
        }
        Path src = source.get();
        return src == null || openedWorkspace ? null : src.getParent();
    }

    /** The welcome screen shown while no file is open. */
    public WelcomeViewModel welcome() {
        return welcome;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The counts of the open file, or null. */
    public ReadOnlyObjectProperty<Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The latest message for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a long task (open, export) runs; the window shows progress and a Cancel button. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Progress of the long task, 0…1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** True while a file is open. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The submission file open now, or null. */
    public ReadOnlyObjectProperty<Path> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Whether NHS number, birth date and postcode are masked (remembered). */
    public BooleanProperty maskedProperty() {
        return masked;
    }

    /** Whether the dark theme is on (remembered). */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The text size in CSS pixels (11…18), or 0 for the system's own (remembered). */
    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    /** The title of the open file's profile (its layout and rules), or "" when none is open. */
    public ReadOnlyStringProperty profileTitleProperty() {
        return profileTitle.getReadOnlyProperty();
    }

    /** Whether the open file's profile is provisional (DIDS v2.0 until its TOS and ETOS are public). */
    public ReadOnlyBooleanProperty profileProvisionalProperty() {
        return profileProvisional.getReadOnlyProperty();
    }

    /** Where the open file's profile comes from and how far it can be trusted, in words ("" when not stated). */
    public ReadOnlyStringProperty profileBasisProperty() {
        return profileBasis.getReadOnlyProperty();
    }

    /** Recent files, newest first. */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public WorkbenchSettings settings() {
        return settings;
    }

    // ------------------------------------------------------------ opening

    /**
     * The options the open dialog starts from: the submission date by the chosen rule (today unless
     * the settings say otherwise), the last reference folder, header and layout detected.
     */
    public OpenOptions defaultOptions() {
        return new OpenOptions(settings.defaultSubmissionDate(LocalDate.now(clock)),
                settings.referenceFolder().orElse(null), HeaderMode.AUTO);
    }

    /** Gives the window the built-in profiles to offer in the Open dialog (from the profile catalogue). */
    public void useProfiles(List<ProfileOption> builtIns) {
        this.builtInProfiles = List.copyOf(builtIns);
    }

    /**
     * The Open dialog's layout choices: detect, each built-in profile, and the profile file chosen
     * last (when there was one).
     */
    public List<ProfileOption> profileOptions() {
        List<ProfileOption> out = new java.util.ArrayList<>();
        out.add(ProfileOption.DETECT);
        out.addAll(builtInProfiles);
        settings.lastProfileFile().map(ProfileOption::file).ifPresent(out::add);
        return out;
    }

    /** Gives the window the facts of this installation (version, folders) for About and Settings. */
    public void useFacts(AppFacts appFacts) {
        this.facts = appFacts;
    }

    public AppFacts facts() {
        return facts;
    }

    /** A fresh view model for Edit › Settings, over the window's live theme, masking and text size. */
    public SettingsViewModel settingsDialog() {
        return new SettingsViewModel(settings, runner, dialogs, dark, masked, fontSize, facts.thresholdsFile(),
                status::set);
    }

    /** Shows, once, the settings that could not be used at start (the defaults apply in their place). */
    public void reportSettingsProblems(List<String> problems) {
        if (!problems.isEmpty()) {
            status.set("Some saved settings were not used; the defaults apply.");
            dialogs.showInformation("Some settings were not used", String.join("\n\n", problems));
        }
    }

    /** File › Open: asks for a file, then how to open it. */
    public void chooseAndOpen() {
        if (busy.get()) {
            return;
        }
        dialogs.chooseSubmission(settings.lastFolder().orElse(null)).ifPresent(this::open);
    }

    /** Opens a file after asking how (submission date, reference data); a workspace opens as it is. */
    public void open(Path file) {
        if (busy.get()) {
            return;
        }
        if (isWorkspace(file)) {
            openWorkspace(file);
            return;
        }
        dialogs.openOptions(file, defaultOptions()).ifPresent(o -> open(file, o));
    }

    /** True for a workspace file (made by an earlier open), which is opened with its edits as they were. */
    public static boolean isWorkspace(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".didw");
    }

    /** Opens an existing workspace: the records, issues and changes as they were left. */
    public void openWorkspace(Path file) {
        if (busy.get() || !confirmDiscard()) {
            return;
        }
        Path abs = file.toAbsolutePath().normalize();
        startBusy("Opening " + abs.getFileName() + "\u2026");
        running = runner.run(cancel -> {
            Session s = sessions.open(abs);
            return new Opened(s, s.counts(), s.canUndo(), s.canRedo());
        }, opened -> {
            endBusy();
            install(abs, null, opened);
        }, e -> {
            endBusy();
            status.set("Could not open " + abs.getFileName() + ".");
            dialogs.showError("Could not open " + abs.getFileName(), describe(e));
        });
    }

    /** Files dropped on the window: opens the first. */
    public void dropped(List<Path> files) {
        if (!files.isEmpty()) {
            open(files.get(0));
        }
    }

    /** Opens a file with the given options, replacing the open one when it succeeds. */
    public void open(Path file, OpenOptions options) {
        if (isWorkspace(file)) {
            openWorkspace(file);
            return;
        }
        if (busy.get() || !confirmDiscard()) {
            return;
        }
        Path abs = file.toAbsolutePath().normalize();
        startBusy("Opening " + abs.getFileName() + "\u2026");
        Counts before = counts.get();
        boolean[] previewed = {false};
        ProgressRelay relay = new ProgressRelay(runner, r -> {
            progress.set(r.fraction());
            progressText.set(r.phase() + (r.fraction() >= 0 ? String.format(Locale.ROOT, " \u2014 %.0f%%",
                    r.fraction() * 100) : ""));
        }, (profile, first) -> {
            if (busy.get()) {
                previewed[0] = true;
                showFirstRecords(abs, profile, first);
            }
        });
        running = runner.run(cancel -> {
            Path ws = workspaces.workspaceFor(abs);
            try {
                Session s = sessions.importAndOpen(new ImportRequest(abs, ws, options.header(),
                        options.submissionDate(), options.referenceFolder(), options.profile()), relay, cancel);
                return new Opened(s, s.counts(), s.canUndo(), s.canRedo());
            } catch (Exception | Error e) {
                workspaces.closed(ws, false);
                throw e;
            }
        }, opened -> {
            endBusy();
            install(abs, options, opened);
        }, e -> {
            endBusy();
            if (previewed[0]) {
                restoreAfterPreview(before);
            }
            if (e instanceof CancelledException) {
                status.set("Opening " + abs.getFileName() + " was cancelled; nothing was kept.");
            } else {
                status.set("Could not open " + abs.getFileName() + ".");
                dialogs.showError("Could not open " + abs.getFileName(), describe(e));
            }
        });
    }

    private record Opened(Session session, Counts counts, boolean canUndo, boolean canRedo) {
    }

    /**
     * The first records of a file being opened were stored: the table shows them (read-only) while the
     * rest are read and checked. The panels of a file open before are cleared until the new one is in.
     */
    private void showFirstRecords(Path file, org.didworkbench.domain.dataset.Profile profile, List<RecordRow> first) {
        detail.clear();
        issues.clear();
        counts.set(null);
        records.preview(profile.items(), first);
        title.set(APP_TITLE + " \u2014 " + file.getFileName() + " (opening\u2026)");
        status.set("Showing the first " + first.size() + " records of " + file.getFileName()
                + " while the rest are read and checked.");
    }

    /** An open that had shown its first records failed or was cancelled: back to what was open before. */
    private void restoreAfterPreview(Counts before) {
        Optional<Session> current = calls.current();
        if (open.get() && current.isPresent()) {
            counts.set(before);
            records.opened(current.get().profile().items());
            issues.reload();
        } else {
            records.closed();
        }
        updateTitle();
    }

    /** Shows a newly opened session; {@code options} is null when a workspace was opened as it is. */
    private void install(Path file, OpenOptions options, Opened opened) {
        closeSession(calls.replace(opened.session), keepWorkspace);
        // the first edit's workbench checks read every record once: start that now, while the user looks
        opened.session.prepareForEdits();
        source.set(file);
        sourceName = opened.session.sourceName();
        openedWorkspace = options == null;
        lastExport = null;
        keepWorkspace = openedWorkspace;
        unexported = false;
        counts.set(opened.counts);
        canUndo.set(opened.canUndo);
        canRedo.set(opened.canRedo);
        open.set(true);
        detail.clear();
        issues.clear();
        records.opened(opened.session.profile().items());
        showProfile(opened.session.profile());
        issues.reload();
        settings.addRecent(file);
        if (file.getParent() != null) {
            settings.setLastFolder(file.getParent());
        }
        if (options != null) {
            settings.setReferenceFolder(options.referenceFolder());
            if (options.profile() != null && org.didworkbench.service.ProfileCatalogue.namesFile(options.profile())) {
                settings.setLastProfileFile(Path.of(options.profile()));
            }
        }
        recentFiles.setAll(settings.recentFiles());
        updateTitle();
        if (!opened.session.notices().isEmpty()) {
            dialogs.showInformation("Before you edit " + file.getFileName(), String.join("\n\n",
                    opened.session.notices()));
        }
        status.set(String.format("Opened %s as %s%s: %s.", file.getFileName(), profileTitle.get(),
                profileProvisional.get() ? " (provisional)" : "", opened.counts.verdict())
                + (options != null && options.referenceFolder() == null
                ? " Reference data not used: those rules were not checked." : ""));
        if (options != null) {
            rememberOpened(); // queued after the first page, so the table fills first
        }
    }

    private void showProfile(org.didworkbench.domain.dataset.Profile profile) {
        String t = profile.title() == null || profile.title().isBlank() ? profile.id() : profile.title();
        // The badge says "provisional"; the title need not say it twice.
        profileTitle.set(profile.provisional() ? t.replaceFirst("(?i)\\s*\\(provisional\\)\\s*$", "") : t);
        profileProvisional.set(profile.provisional());
        profileBasis.set(profile.basis());
    }

    private void closeSession(Session previous, boolean keep) {
        if (previous != null) {
            Path ws = previous.workspace();
            runner.run(cancel -> {
                previous.close();
                workspaces.closed(ws, keep);
                return null;
            }, r -> { }, e -> { });
        }
    }

    /** Cancels the long task (opening or exporting). */
    public void cancel() {
        if (running != null) {
            running.cancel();
            cancelling = true;
            progressText.set("Cancelling\u2026");
        }
    }

    // ------------------------------------------------------------ editing

    /** Edit › Undo: a large step (a bulk fix) behind the busy card, with progress and Cancel. */
    public void undo() {
        if (canUndo.get() && !busy.get()) {
            calls.call(Session::cellsToUndo, n -> {
                if (n >= LONG_CHANGE) {
                    applyLongChange(String.format("Undoing %,d changes\u2026", n), Session::undo, o -> o, o -> { },
                            () -> { }, () -> { });
                } else {
                    applyChange(Session::undo);
                }
            });
        }
    }

    /** Edit › Redo: a large step behind the busy card, as for undo. */
    public void redo() {
        if (canRedo.get() && !busy.get()) {
            calls.call(Session::cellsToRedo, n -> {
                if (n >= LONG_CHANGE) {
                    applyLongChange(String.format("Redoing %,d changes\u2026", n), Session::redo, o -> o, o -> { },
                            () -> { }, () -> { });
                } else {
                    applyChange(Session::redo);
                }
            });
        }
    }

    private record AfterChange<T>(T result, EditOutcome outcome, Map<Long, RecordRow> fresh, boolean canUndo,
                                  boolean canRedo) {
    }

    /** Applies a change off the UI thread, then refreshes everything it touched. */
    private void applyChange(SessionCalls.SessionWork<EditOutcome> change) {
        applyChange(change, o -> o, o -> { });
    }

    /**
     * Applies a change whose result carries its outcome (a bulk edit, a revert from the change log) off the UI
     * thread, refreshes everything it touched, then hands the result to {@code done}.
     */
    private <T> void applyChange(SessionCalls.SessionWork<T> change,
                                 java.util.function.Function<? super T, EditOutcome> outcomeOf,
                                 java.util.function.Consumer<? super T> done) {
        Counts before = counts.get();
        calls.call(s -> afterChange(s, change.apply(s), outcomeOf), after -> refresh(before, after, done),
                e -> dialogs.showError("Could not change the value", describe(e)));
    }

    /**
     * Applies a long change (a bulk edit of many records) behind the busy card: {@code text}, its progress
     * and Cancel. A cancelled change is rolled back whole in the workspace, so the window, which changes
     * nothing until the change is in, stays as it was. {@code ended} runs last, however the change ended (also
     * when it did not start because another task was running).
     */
    private <T> void applyLongChange(String text, BulkChanges.LongWork<T> change,
                                     java.util.function.Function<? super T, EditOutcome> outcomeOf,
                                     java.util.function.Consumer<? super T> done, Runnable cancelled,
                                     Runnable ended) {
        if (busy.get()) {
            ended.run();
            return;
        }
        Counts before = counts.get();
        startBusy(text);
        ProgressRelay relay = new ProgressRelay(runner, r -> {
            if (busy.get() && !cancelling) {
                progress.set(r.fraction());
                progressText.set(text + "\n" + r.phase() + (r.fraction() >= 0
                        ? String.format(Locale.ROOT, " \u2014 %.0f%%", r.fraction() * 100) : ""));
            }
        });
        running = calls.callCancellable((s, cancel) -> afterChange(s, change.apply(s, relay, cancel), outcomeOf),
                after -> {
                    endBusy();
                    try {
                        refresh(before, after, done);
                    } finally {
                        ended.run();
                    }
                }, e -> {
                    endBusy();
                    try {
                        if (e instanceof CancelledException) {
                            status.set("Cancelled: nothing was changed; the records and issues are as they were.");
                            cancelled.run();
                        } else {
                            status.set("Nothing was changed.");
                            dialogs.showError("Could not change the values", describe(e));
                        }
                    } finally {
                        ended.run();
                    }
                });
    }

    /** On the session's thread, after a change: what the window needs to show it. */
    private <T> AfterChange<T> afterChange(Session s, T result,
                                           java.util.function.Function<? super T, EditOutcome> outcomeOf) {
        EditOutcome o = outcomeOf.apply(result);
        Map<Long, RecordRow> fresh = new HashMap<>();
        if (o.records().size() <= REFRESH_ONE_BY_ONE) {
            for (long r : o.records()) {
                fresh.put(r, s.record(r));
            }
        }
        return new AfterChange<T>(result, o, fresh, s.canUndo(), s.canRedo());
    }

    /** On the UI thread, after a change: the counts, rows, panels and title follow, then {@code done}. */
    private <T> void refresh(Counts before, AfterChange<T> after, java.util.function.Consumer<? super T> done) {
        EditOutcome o = after.outcome;
        counts.set(o.counts());
        canUndo.set(after.canUndo);
        canRedo.set(after.canRedo);
        if (o.records().size() <= REFRESH_ONE_BY_ONE) {
            records.refresh(after.fresh);
        } else {
            records.refreshHeld();
        }
        issues.reload();
        detail.changed(o.records());
        if (o.action() != 0) {
            unexported = true;
            keepWorkspace = true; // its change log now records what was changed, by whom and why
        }
        updateTitle();
        status.set(describeChange(before, o.counts()));
        done.accept(after.result);
    }

    private static String describeChange(Counts before, Counts after) {
        if (before == null) {
            return "Saved in the workspace.";
        }
        return String.format("Saved in the workspace. Errors %,d \u2192 %,d, warnings %,d \u2192 %,d, edited values %,d.",
                before.errors(), after.errors(), before.warnings(), after.warnings(), after.edits());
    }

    // ------------------------------------------------------------ export

    /** The file name the export dialog suggests: the source's name with "-corrected" before the extension. */
    public static String correctedName(Path sourceFile) {
        String name = sourceFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "-corrected" + name.substring(dot) : name + "-corrected.csv";
    }

    /** File › Export corrected file: asks where, refuses the source itself, writes off the UI thread. */
    public void exportCorrected() {
        Path src = source.get();
        if (src == null || busy.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseExportTarget(openedWorkspace ? null : src.getParent(),
                correctedName(Path.of(sourceName)));
        if (chosen.isEmpty()) {
            return;
        }
        Path out = chosen.get().toAbsolutePath().normalize();
        if (out.equals(src)) {
            dialogs.showError("Choose another file name", "DID Workbench never overwrites the file you opened ("
                    + src.getFileName() + "). Choose another name; the suggested one ends in \u201C-corrected\u201D.");
            return;
        }
        startBusy("Writing " + out.getFileName() + "\u2026");
        ProgressRelay relay = new ProgressRelay(runner, r -> progress.set(r.fraction()));
        running = calls.callCancellable((s, cancel) -> {
            s.exportCorrected(out, false, relay, cancel);
            return out;
        }, written -> {
            endBusy();
            lastExport = written;
            unexported = false;
            updateTitle();
            status.set("Corrected file written: " + written);
            rememberCorrected(written);
        }, e -> {
            endBusy();
            if (e instanceof CancelledException) {
                status.set("Export cancelled; no file was written.");
            } else {
                dialogs.showError("Could not export the corrected file", describe(e));
            }
        });
    }

    // ------------------------------------------------------------ report

    /** Gives the window a report service; without one the Report action stays unavailable. Prints nowhere. */
    public void useReports(ReportService service) {
        useReports(service, null);
    }

    /**
     * Gives the window a report service and the printer its preview prints with; without a service the
     * Report action stays unavailable, without a printer the preview says there is none.
     */
    public void useReports(ReportService service, ReportPrinter printer) {
        this.reports = service;
        this.printer = printer;
        reportsAvailable.set(service != null);
    }

    public ReadOnlyBooleanProperty reportsAvailableProperty() {
        return reportsAvailable;
    }

    /** Where a new report preview goes to be shown (the view opens its window); set once by the view. */
    public void onReportPreview(Consumer<ReportPreviewViewModel> opener) {
        this.previews = opener;
    }

    /** The report name the save dialog suggests: the source's name with "-quality-report.pdf". */
    public static String reportName(Path sourceFile) {
        return ReportPreviewViewModel.reportName(sourceFile.getFileName().toString(), ".pdf");
    }

    /**
     * File › Quality report: opens the report preview, which makes the report of the workspace as it
     * stands now (corrections included, no patient identifiers) off the UI thread, and from there prints
     * it or saves it as PDF or HTML.
     *
     * @return the preview, or empty when there is no file open, a task is running or no report service
     */
    public Optional<ReportPreviewViewModel> showReport() {
        Path src = source.get();
        ReportService service = reports;
        if (src == null || busy.get() || service == null) {
            return Optional.empty();
        }
        ReportPrinter to = printer != null ? printer : NO_PRINTER;
        ReportPreviewViewModel preview = new ReportPreviewViewModel(calls, service, dialogs, to,
                new ReportPreviewViewModel.Subject(sourceName, openedWorkspace ? null : src.getParent(), src),
                status::set);
        if (previews != null) {
            previews.accept(preview);
        }
        preview.generate();
        return Optional.of(preview);
    }

    /** A printer for a window given none: there is never one to print on. */
    private static final ReportPrinter NO_PRINTER = new ReportPrinter() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<Job> choose(String jobName, int pageCount) {
            return Optional.empty();
        }
    };
    // ------------------------------------------------------------ month over month

    /**
     * Gives the window the submission library: files opened and corrected files exported are then
     * remembered by their summary figures, and View › Compare with earlier months is available.
     */
    public void useHistory(HistoryService service) {
        this.history = service;
        historyAvailable.set(service != null);
    }

    public ReadOnlyBooleanProperty historyAvailableProperty() {
        return historyAvailable;
    }

    private void rememberOpened() {
        HistoryService h = history;
        if (h != null) {
            calls.call(h::rememberOpened, r -> { }, e -> status.set(status.get()
                    + " It was not remembered in the submission library: " + describe(e)));
        }
    }

    private void rememberCorrected(Path written) {
        HistoryService h = history;
        if (h != null) {
            calls.call(s -> h.rememberCorrected(s, written),
                    r -> status.set(status.get() + " Remembered in the submission library."),
                    e -> status.set(status.get() + " It was not remembered in the submission library: "
                            + describe(e)));
        }
    }

    /**
     * View › Compare with earlier months: the open file (as it stands, corrections included) or, with
     * no file open, the month remembered last, set beside the earlier months of the same provider.
     * Returns the dialog's view model at once; it fills in when the comparison arrives from the
     * background.
     */
    public CompareViewModel compareWithEarlierMonths() {
        HistoryService h = history;
        CompareViewModel c = new CompareViewModel(e -> h == null ? "" : h.when(e));
        if (h == null) {
            c.failed("The submission library is not available in this window.");
            return c;
        }
        String words = h.thresholds().describe();
        if (calls.current().isPresent()) {
            calls.call(h::compare, r -> c.show(r, words), e -> c.failed(describe(e)));
        } else {
            runner.run(cancel -> h.compareLatest(), r -> c.show(r, words), e -> c.failed(describe(e)));
        }
        return c;
    }

    // ------------------------------------------------------------ closing

    /** Asks before leaving changes that were never exported; true when it is fine to go on. */
    public boolean confirmDiscard() {
        Counts c = counts.get();
        if (!unexported || c == null || c.edits() == 0) {
            return true;
        }
        return dialogs.confirm("Continue without exporting?", String.format(
                "%,d value%s changed in %s and %s not yet in a corrected file. To keep them in the file you submit,"
                        + " choose Cancel and use File \u203A Export corrected file first.", c.edits(),
                c.edits() == 1 ? " was" : "s were", sourceName, c.edits() == 1 ? "is" : "are"),
                "Continue without exporting");
    }

    /** The window is closing: closes the session (off the UI thread) and stops the runner. */
    public void shutdown() {
        if (running != null) {
            running.cancel();
        }
        closeSession(calls.replace(null), keepWorkspace);
        settings.flush();
        runner.close();
    }

    // ------------------------------------------------------------ helpers

    private void startBusy(String text) {
        busy.set(true);
        cancelling = false;
        progress.set(-1);
        progressText.set(text);
        status.set(text);
    }

    private void endBusy() {
        busy.set(false);
        running = null;
        progress.set(-1);
        progressText.set("");
    }

    private void updateTitle() {
        Path src = source.get();
        title.set(src == null ? APP_TITLE : APP_TITLE + " \u2014 " + sourceName + (unexported ? " (changed)" : ""));
    }

    /** Words for a failure: the service's own message, or a plain note for the unexpected. */
    static String describe(Exception e) {
        if (e instanceof ServiceException && e.getMessage() != null) {
            return e.getMessage();
        }
        return "An unexpected problem (" + e.getClass().getSimpleName() + ") stopped this; nothing was changed."
                + " Please report it.";
    }
}
