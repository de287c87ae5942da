package org.didworkbench.ui.bulk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.RecordQuery;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.service.BulkEditService;
import org.didworkbench.service.FixService;
import org.didworkbench.service.RecordRow;
import org.didworkbench.service.Session;
import org.didworkbench.ui.common.DialogService;
import org.didworkbench.ui.common.SessionCalls;
import org.didworkbench.ui.records.RecordsViewModel;

/**
 * The window's bulk editing: "fix all like this" for a rule, find and replace, one value set on the
 * selected records, clusters of similar values, and the change log. Each opens its dialog through
 * {@link BulkDialogs} and applies through {@link BulkChanges}, so the window refreshes once per step.
 *
 * <p>Threading: UI thread. Without dialogs ({@link #useDialogs}) the actions do nothing.
 */
public final class BulkEditsViewModel {
    private final SessionCalls calls;
    private final BulkChanges changes;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final Supplier<Path> changeLogFolder;
    private final RecordsViewModel records;
    private final FixService fixes = new FixService();
    private final BulkEditService bulk = new BulkEditService();
    private BulkDialogs bulkDialogs;

    /**
     * @param dialogs         for errors
     * @param status          where short messages for the status bar go
     * @param changeLogFolder the folder the change-log export starts in: that of the last corrected export, or
     *                        of the file opened (may give null)
     */
    public BulkEditsViewModel(SessionCalls calls, BulkChanges changes, DialogService dialogs, Consumer<String> status,
                              Supplier<Path> changeLogFolder) {
        this(calls, changes, dialogs, status, changeLogFolder, null);
    }

    /**
     * @param records the window's table, which a fix of every issue of the rule it is filtered to leaves empty:
     *                it then shows the records again without that filter (null: left as it is)
     */
    public BulkEditsViewModel(SessionCalls calls, BulkChanges changes, DialogService dialogs, Consumer<String> status,
                              Supplier<Path> changeLogFolder, RecordsViewModel records) {
        this.calls = calls;
        this.changes = changes;
        this.dialogs = dialogs;
        this.status = status;
        this.changeLogFolder = changeLogFolder;
        this.records = records;
    }

    /** Gives the actions their dialogs. */
    public void useDialogs(BulkDialogs d) {
        this.bulkDialogs = d;
    }

    private List<DataItem> items() {
        return calls.current().map(s -> s.profile().items()).orElse(List.of());
    }

    /** True when a file is open and dialogs are set. */
    private boolean ready() {
        return bulkDialogs != null && calls.current().isPresent();
    }

    // ------------------------------------------------------------ fix all like this

    /** True when the catalogue has a safe fix for this rule. */
    public boolean hasFix(String rule) {
        return rule != null && fixes.hasFix(rule);
    }

    /** The first rule with a fix among the issues on one cell of a record, or empty. */
    public Optional<Issue> fixableIssue(RecordRow row, int item) {
        List<DataItem> list = items();
        if (row == null || item < 0 || item >= list.size()) {
            return Optional.empty();
        }
        String name = list.get(item).name();
        return row.issues().stream().filter(i -> !i.fields().isEmpty() && i.fields().get(0).equals(name))
                .filter(i -> hasFix(i.rule())).findFirst();
    }

    /** Previews the fix of every issue of a rule and applies it when the user agrees. */
    public void fixAll(String rule, String description) {
        if (!ready() || !hasFix(rule)) {
            return;
        }
        FixAllViewModel vm = new FixAllViewModel(calls, fixes, rule, description);
        vm.load();
        if (bulkDialogs.review(vm) && vm.canApplyProperty().get()) {
            changes.applyWithProgress(applying(vm.previewProperty().get().fixable()), vm.applyWork(), o -> o,
                    o -> afterFixAll(vm, rule, o.counts().verdict()), () -> { });
        }
    }

    /** The busy card's words while a bulk change is made: "Applying 50,335 changes…". */
    static String applying(long changes) {
        return String.format("Applying %s\u2026", FixAllViewModel.count(changes, "change"));
    }

    /**
     * After a fix of every issue of a rule: a table filtered to that rule shows what is left, or, when nothing
     * is, every record again (its other filters and sort kept), rather than an empty table that looks as if
     * the data had gone; the status bar says which.
     */
    private void afterFixAll(FixAllViewModel vm, String rule, String verdict) {
        if (records == null) {
            status.accept(vm.doneMessage() + " " + verdict + ".");
            return;
        }
        records.reapplyRule(rule, dropped -> {
            RecordQuery q = records.queryProperty().get();
            String how;
            if (!dropped) {
                how = "in one step";
            } else if (q.text() == null && q.columnFilters().isEmpty()) {
                how = "; showing all records again, as none fails it now";
            } else {
                how = "; the table no longer filters by it, as none fails it now, and keeps your other filters";
            }
            status.accept(vm.doneMessage(how) + " " + verdict + ".");
        });
    }

    // ------------------------------------------------------------ bulk edits

    /** Find and replace, starting in an item (the column the user is in; 0 when none). */
    public void findReplace(int item) {
        if (!ready()) {
            return;
        }
        ReplaceViewModel vm = new ReplaceViewModel(calls, bulk, items(), Math.max(0, item));
        if (bulkDialogs.review(vm) && vm.canApplyProperty().get()) {
            apply(vm);
        }
    }

    /**
     * One value set on an item of the records at these positions of the table's view (the selected rows).
     */
    public void setValue(int item, List<Integer> positions) {
        if (!ready() || item < 0 || positions.isEmpty()) {
            return;
        }
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(positions));
        calls.call(s -> recordsAt(s, sorted), records -> {
            SetValueViewModel vm = new SetValueViewModel(calls, bulk, items(), item, records);
            if (bulkDialogs.review(vm) && vm.canApplyProperty().get()) {
                apply(vm);
            }
        });
    }

    /** Applies a previewed bulk edit behind the busy card (a large one takes a while, and can be cancelled). */
    private void apply(BulkEditViewModel vm) {
        String done = vm.doneMessage();
        changes.applyWithProgress(applying(vm.previewProperty().get().count()), vm.applyWork(), o -> o,
                o -> status.accept(done), () -> { });
    }

    /**
     * The record numbers at sorted positions of the current view, read a run of positions at a time, as
     * numbers (8 bytes a record: a selection of the whole of a million-record file stays small).
     */
    static long[] recordsAt(Session s, List<Integer> sorted) {
        long[] out = new long[sorted.size()];
        int n = 0;
        int i = 0;
        while (i < sorted.size()) {
            int start = sorted.get(i);
            int end = i;
            while (end + 1 < sorted.size() && sorted.get(end + 1) == sorted.get(end) + 1 && end - i < 999) {
                end++;
            }
            for (RecordRow r : s.page(start, end - i + 1)) {
                out[n++] = r.record();
            }
            i = end + 1;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Clusters of similar values, starting with an item. */
    public void cluster(int item) {
        if (!ready()) {
            return;
        }
        ClusterViewModel vm = new ClusterViewModel(calls, bulk, changes, items(), Math.max(0, item));
        vm.load();
        bulkDialogs.show(vm);
    }

    // ------------------------------------------------------------ change log

    /** Shows the change log. */
    public void showChangeLog() {
        if (!ready()) {
            return;
        }
        ChangeLogViewModel vm = new ChangeLogViewModel(calls, changes, items(), this::exportChangeLog);
        vm.reload();
        bulkDialogs.show(vm);
    }

    /** The name the change-log export suggests: the source's name with "-changes.csv". */
    public static String changeLogName(String sourceName) {
        int dot = sourceName.lastIndexOf('.');
        return (dot > 0 ? sourceName.substring(0, dot) : sourceName) + "-changes.csv";
    }

    /** Saves the change log as CSV, next to the last corrected export (or the file opened) by default. */
    public void exportChangeLog() {
        if (!ready()) {
            return;
        }
        String name = changeLogName(calls.current().map(Session::sourceName).orElse("submission.csv"));
        Optional<Path> chosen = bulkDialogs.chooseChangeLogTarget(changeLogFolder.get(), name);
        if (chosen.isEmpty()) {
            return;
        }
        Path out = chosen.get().toAbsolutePath().normalize();
        calls.call(s -> {
            s.exportChangeLog(out);
            return out;
        }, written -> status.accept("Change log written: " + written),
                e -> dialogs.showError("Could not export the change log", e.getMessage() == null
                        ? "An unexpected problem stopped the export; nothing was written." : e.getMessage()));
    }
}
