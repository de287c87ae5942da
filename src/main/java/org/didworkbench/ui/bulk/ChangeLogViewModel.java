package org.didworkbench.ui.bulk;

import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.service.ChangeLogPage;
import org.didworkbench.service.ChangeLogQuery;
import org.didworkbench.service.ChangeLogRow;
import org.didworkbench.service.CancellationToken;
import org.didworkbench.service.ChangeReverts;
import org.didworkbench.service.ProgressListener;
import org.didworkbench.ui.common.SessionCalls;

/**
 * The audit trail: every change with its time, user, item, old and new value, reason and line,
 * filtered by item, by reason or rule text, and by line; reverting chosen changes (or a whole action)
 * as one logged step; exporting the log as CSV.
 *
 * <p>Threading: UI thread; the log is read through {@link SessionCalls}.
 */
public final class ChangeLogViewModel {
    /** Rows listed at most; the count says how many match. */
    public static final int SHOWN = 5000;

    private final SessionCalls calls;
    private final BulkChanges changes;
    private final List<DataItem> items;
    private final Runnable export;
    private final StringProperty item = new SimpleStringProperty(this, "item");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty line = new SimpleStringProperty(this, "line", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableList<ChangeLogRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper steppedAside = new ReadOnlyBooleanWrapper(this, "steppedAside");
    private long generation;

    /**
     * @param export saves the log as CSV (asks where)
     */
    public ChangeLogViewModel(SessionCalls calls, BulkChanges changes, List<DataItem> items, Runnable export) {
        this.calls = calls;
        this.changes = changes;
        this.items = List.copyOf(items);
        this.export = export;
    }

    public List<DataItem> items() {
        return items;
    }

    /** Only changes of this item (its name), or null for every item. */
    public StringProperty itemProperty() {
        return item;
    }

    /** Only changes whose reason (or kind) contains this text, e.g. a rule code. */
    public StringProperty textProperty() {
        return text;
    }

    /** Only changes of the record on this line (digits), or blank. */
    public StringProperty lineProperty() {
        return line;
    }

    /** The user's words, added to the reason of a revert. */
    public StringProperty noteProperty() {
        return note;
    }

    /** The changes listed, oldest first. */
    public ObservableList<ChangeLogRow> rows() {
        return rows;
    }

    /** "Showing 12 of 12 changes". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last revert did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The data dictionary name of an item named in the log (the name itself when unknown). */
    public String dictionaryName(String itemName) {
        return items.stream().filter(d -> d.name().equals(itemName)).map(DataItem::dataDictionaryName).findFirst()
                .orElse(itemName);
    }

    /** The item named in the log, or null. */
    public DataItem item(String itemName) {
        return items.stream().filter(d -> d.name().equals(itemName)).findFirst().orElse(null);
    }

    /** Reads the log again with the filters as they stand. */
    public void reload() {
        String l = line.get() == null ? "" : line.get().strip();
        if (!l.isEmpty() && !l.chars().allMatch(Character::isDigit)) {
            rows.clear();
            summary.set("The line must be a number, such as 1554.");
            return;
        }
        ChangeLogQuery q = new ChangeLogQuery(item.get(), text.get(), l.isEmpty() ? -1 : Long.parseLong(l), -1);
        long gen = ++generation;
        calls.call(s -> s.changeLog(q, SHOWN), page -> {
            if (gen == generation) {
                show(page, q);
            }
        });
    }

    private void show(ChangeLogPage page, ChangeLogQuery q) {
        rows.setAll(page.rows());
        boolean filtered = q.item() != null || q.text() != null || q.line() >= 0;
        if (page.total() == 0) {
            summary.set(filtered ? "No change matches these filters." : "No changes yet: every value is as in the file.");
        } else {
            summary.set(String.format("Showing %,d of %s%s.", page.rows().size(),
                    FixAllViewModel.count(page.total(), "change"), filtered ? " matching the filters" : ""));
        }
    }

    /**
     * True while a long revert runs behind the window's busy card: the change log steps aside (closes) so the
     * card and its Cancel can be seen, and comes back when the revert has ended.
     */
    public ReadOnlyBooleanProperty steppedAsideProperty() {
        return steppedAside.getReadOnlyProperty();
    }

    /**
     * Puts the chosen changes back as one step; changes no longer in effect are left and counted. From
     * {@link BulkChanges#LONG_CHANGE} changes the revert runs behind the busy card, with progress and Cancel.
     */
    public void revert(List<ChangeLogRow> chosen) {
        if (chosen.isEmpty() || steppedAside.get()) {
            return;
        }
        List<org.didworkbench.service.ChangeEntry> entries = chosen.stream().map(ChangeLogRow::entry).toList();
        String n = note.get();
        if (entries.size() >= BulkChanges.LONG_CHANGE) {
            revertBehindCard(entries.size(), (s, progress, cancel) -> ChangeReverts.revert(s, entries, n, progress,
                    cancel));
        } else {
            changes.apply(s -> ChangeReverts.revert(s, entries, n), ChangeReverts.Result::outcome, this::reverted);
        }
    }

    /**
     * Puts every change of the chosen row's action back as one step (the whole bulk fix, say); a large action
     * behind the busy card, as {@link #revert}.
     */
    public void revertAction(ChangeLogRow row) {
        if (row == null || steppedAside.get()) {
            return;
        }
        long action = row.entry().action();
        String n = note.get();
        calls.call(s -> ChangeReverts.changesOf(s, action), size -> {
            if (size >= BulkChanges.LONG_CHANGE) {
                revertBehindCard(size, (s, progress, cancel) -> ChangeReverts.revertAction(s, action, n, progress,
                        cancel));
            } else {
                changes.apply(s -> ChangeReverts.revertAction(s, action, n, ProgressListener.NONE,
                        new CancellationToken()), ChangeReverts.Result::outcome, this::reverted);
            }
        });
    }

    /** The busy card's words while a revert runs: "Reverting 50,335 changes…". */
    static String reverting(long changes) {
        return String.format("Reverting %s\u2026", FixAllViewModel.count(changes, "change"));
    }

    private void revertBehindCard(long size, BulkChanges.LongWork<ChangeReverts.Result> work) {
        steppedAside.set(true);
        changes.applyWithProgress(reverting(size), work, ChangeReverts.Result::outcome, this::reverted,
                () -> status.set("Revert cancelled: nothing was reverted; the values, issues and change log are as"
                        + " they were."),
                () -> steppedAside.set(false));
    }

    private void reverted(ChangeReverts.Result r) {
        if (r.reverted() == 0) {
            status.set(r.left() == 0 ? "Nothing to revert." : "Nothing reverted: " + (r.left() == 1
                    ? "the change is" : String.format("the %,d changes are", r.left()))
                    + " no longer in effect (undone, or changed again since).");
        } else {
            status.set(String.format("Reverted %s in one step (Edit \u203A Undo restores %s)%s.",
                    FixAllViewModel.count(r.reverted(), "change"), r.reverted() == 1 ? "it" : "them",
                    r.left() == 0 ? "" : String.format("; %s no longer in effect %s left",
                            FixAllViewModel.count(r.left(), "change"), r.left() == 1 ? "was" : "were")));
        }
        reload();
    }

    /** Saves the change log as CSV. */
    public void export() {
        export.run();
    }
}
