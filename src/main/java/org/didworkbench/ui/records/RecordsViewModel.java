package org.didworkbench.ui.records;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.RecordQuery;
import org.didworkbench.domain.dataset.RecordQuery.Filter;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.service.RecordRow;
import org.didworkbench.ui.common.Edits;
import org.didworkbench.ui.common.SessionCalls;

/**
 * The records table: which records it shows (quick filter, column filters, search, sort), the rows
 * themselves a page at a time, the selected record, going to an issue, and committing an edit.
 *
 * <p>Threading: UI thread. Every question to the session goes through {@link SessionCalls}.
 */
public final class RecordsViewModel {

    /** Where the table should move its selection: a position in the view and an item (-1 for the line). */
    public record CellTarget(int position, int item, long sequence) {
    }

    private final SessionCalls calls;
    private final Edits edits;
    private final Consumer<String> status;
    private final PagedRows rows;
    private final AtomicLong workerGeneration = new AtomicLong();
    private long requestedGeneration;
    private long targetSequence;

    private final ReadOnlyObjectWrapper<RecordQuery> query = new ReadOnlyObjectWrapper<>(this, "query",
            RecordQuery.all());
    private final ReadOnlyLongWrapper matching = new ReadOnlyLongWrapper(this, "matching");
    private final ReadOnlyObjectWrapper<List<DataItem>> items = new ReadOnlyObjectWrapper<>(this, "items", List.of());
    private final BooleanProperty masked = new SimpleBooleanProperty(this, "masked");
    private final ReadOnlyObjectWrapper<CellTarget> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ObjectProperty<RowSlot> selectedSlot = new SimpleObjectProperty<>(this, "selectedSlot");
    private final ReadOnlyObjectWrapper<RecordRow> selectedRow = new ReadOnlyObjectWrapper<>(this, "selectedRow");
    private final ChangeListener<RecordRow> slotRowListener = (o, a, b) -> selectedRow.set(b);
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(this, "previewing");
    /** The first records of a file still being opened, shown read-only; null otherwise. */
    private List<RecordRow> preview;

    /**
     * @param status where short messages for the status bar go
     */
    public RecordsViewModel(SessionCalls calls, Edits edits, Consumer<String> status) {
        this.calls = calls;
        this.edits = edits;
        this.status = status;
        this.rows = new PagedRows(this::fetch);
        selectedSlot.addListener((o, old, now) -> {
            if (old != null) {
                old.rowProperty().removeListener(slotRowListener);
            }
            if (now != null) {
                now.rowProperty().addListener(slotRowListener);
            }
            selectedRow.set(now == null ? null : now.row());
        });
    }

    // ------------------------------------------------------------ state

    /** The table's items. */
    public PagedRows rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<RecordQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** How many records the current view holds. */
    public ReadOnlyLongProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    /** The profile's items, in column order (empty when nothing is open). */
    public ReadOnlyObjectProperty<List<DataItem>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    /** Whether identifiers are masked. */
    public BooleanProperty maskedProperty() {
        return masked;
    }

    /** Cells the table should go to; a new value each time. */
    public ReadOnlyObjectProperty<CellTarget> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** The selected row's slot; the view sets it. */
    public ObjectProperty<RowSlot> selectedSlotProperty() {
        return selectedSlot;
    }

    /** The selected record, once fetched; null when none. */
    public ReadOnlyObjectProperty<RecordRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** True while the table shows the first records of a file still being opened (read-only). */
    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    // ------------------------------------------------------------ lifecycle

    /**
     * A file being opened has stored its first records: shows them, read-only, until {@link #opened}
     * (or {@link #closed}). Filters, sorting and editing wait for the whole file.
     */
    public void preview(List<DataItem> profileItems, List<RecordRow> first) {
        preview = List.copyOf(first);
        previewing.set(true);
        items.set(List.copyOf(profileItems));
        query.set(RecordQuery.all());
        matching.set(preview.size());
        selectedSlot.set(null);
        rows.reset(++requestedGeneration, preview.size());
    }

    /** A file was opened: show all its records in file order. */
    public void opened(List<DataItem> profileItems) {
        endPreview();
        items.set(List.copyOf(profileItems));
        apply(RecordQuery.all());
    }

    private void endPreview() {
        preview = null;
        previewing.set(false);
    }

    /** True (with a word in the status bar) while the first records of an opening file are shown. */
    private boolean waitForOpen() {
        if (preview != null) {
            status.accept("The file is still being read: filters, sorting, going to issues and editing work once "
                    + "it has opened.");
            return true;
        }
        return false;
    }

    /** The file was closed. */
    public void closed() {
        endPreview();
        selectedSlot.set(null);
        items.set(List.of());
        query.set(RecordQuery.all());
        matching.set(0);
        rows.reset(++requestedGeneration, 0);
    }

    // ------------------------------------------------------------ which records

    /** Applies a query: the table then shows what it matches. */
    public void apply(RecordQuery q) {
        apply(q, null);
    }

    private void apply(RecordQuery q, Runnable then) {
        if (waitForOpen()) {
            return;
        }
        long gen = ++requestedGeneration;
        calls.call(s -> {
            workerGeneration.set(gen);
            return s.query(q);
        }, size -> {
            if (gen != requestedGeneration) {
                return; // a later query is on its way
            }
            show(gen, q, size);
            if (then != null) {
                then.run();
            }
        });
    }

    /** A query as applied and how many records it matches. */
    private record Applied(RecordQuery query, long size) {
    }

    /**
     * After a change that may have cleared every issue of a rule (a fix of all of them): a view filtered to
     * that rule is applied again, so it shows what is left; when nothing is, the rule filter is dropped and
     * the other filters and the sort are kept, rather than leaving a table that looks as if the data had
     * gone. A view not filtered to the rule is left as it is.
     *
     * @param then hears, on the UI thread, whether the rule filter was dropped
     */
    public void reapplyRule(String code, Consumer<Boolean> then) {
        RecordQuery q = query.get();
        if (preview != null || q.filter() != Filter.RULE || !q.rule().equals(code)) {
            then.accept(false);
            return;
        }
        long gen = ++requestedGeneration;
        calls.call(s -> {
            workerGeneration.set(gen);
            long size = s.query(q);
            if (size > 0) {
                return new Applied(q, size);
            }
            RecordQuery without = q.withFilter(Filter.ALL);
            return new Applied(without, s.query(without));
        }, applied -> {
            if (gen != requestedGeneration) {
                return; // a later query is on its way
            }
            show(gen, applied.query(), applied.size());
            then.accept(applied.query() != q);
        });
    }

    private void show(long gen, RecordQuery q, long size) {
        query.set(q);
        matching.set(size);
        selectedSlot.set(null);
        rows.reset(gen, size);
    }

    /** One of the quick filters that need no argument (all, with issues, errors, warnings, edited). */
    public void showQuick(Filter filter) {
        if (filter == Filter.RULE || filter == Filter.ITEM) {
            throw new IllegalArgumentException(filter + " needs an argument");
        }
        apply(query.get().withFilter(filter));
    }

    /** Records failing one rule. */
    public void showRule(String code) {
        apply(query.get().withRule(code));
    }

    /** Records with an issue on one item. */
    public void showItem(int item) {
        apply(query.get().withItem(item));
    }

    /** Records with {@code text} in any item (blank for no search). */
    public void search(String text) {
        apply(query.get().withText(text));
    }

    /** Records whose item contains {@code text} (blank to remove the filter). */
    public void filterColumn(int item, String text) {
        String current = query.get().columnFilters().get(item);
        String wanted = text == null || text.isBlank() ? null : text;
        if (java.util.Objects.equals(current, wanted)) {
            return;
        }
        apply(query.get().withColumnFilter(item, text));
    }

    /** Sorts by an item (-1 for file order). */
    public void sortBy(int item, boolean ascending) {
        RecordQuery q = query.get();
        if (q.sortItem() == item && q.ascending() == ascending) {
            return;
        }
        apply(q.sortedBy(item, ascending));
    }

    /** Every record, keeping the sort. */
    public void clearFilters() {
        RecordQuery q = query.get();
        apply(RecordQuery.all().sortedBy(q.sortItem(), q.ascending()));
    }

    // ------------------------------------------------------------ going places

    /** Moves to the next (or previous) record with an issue, to the cell of its first issue. */
    public void nextIssue(boolean forward) {
        if (waitForOpen()) {
            return;
        }
        RowSlot sel = selectedSlot.get();
        long from = sel == null ? (forward ? -1 : rows.size()) : sel.position();
        calls.call(s -> {
            long pos = s.nextIssue(from, forward);
            if (pos < 0) {
                return null;
            }
            List<RecordRow> page = s.page(pos, 1);
            return new Found(pos, page.isEmpty() ? null : page.get(0));
        }, found -> {
            if (found == null) {
                status.accept(forward ? "No more issues below this record." : "No more issues above this record.");
            } else {
                go((int) found.position, found.row == null ? -1 : firstIssueItem(found.row.issues()));
            }
        });
    }

    private record Found(long position, RecordRow row) {
    }

    /** Moves to a record's cell, widening the view to all records when the current one hides it. */
    public void goToRecord(long record, String itemName) {
        if (waitForOpen()) {
            return;
        }
        int item = indexOf(itemName);
        calls.call(s -> s.positionOf(record), pos -> {
            if (pos >= 0) {
                go(pos.intValue(), item);
            } else {
                RecordQuery q = query.get();
                apply(RecordQuery.all().sortedBy(q.sortItem(), q.ascending()),
                        () -> calls.call(s -> s.positionOf(record), p -> {
                            if (p >= 0) {
                                go(p.intValue(), item);
                            }
                        }));
            }
        });
    }

    private void go(int position, int item) {
        target.set(new CellTarget(position, item, ++targetSequence));
    }

    private int firstIssueItem(List<Issue> issues) {
        for (Issue i : issues) {
            for (String f : i.fields()) {
                int idx = indexOf(f);
                if (idx >= 0) {
                    return idx;
                }
            }
        }
        return -1;
    }

    private int indexOf(String itemName) {
        List<DataItem> list = items.get();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(itemName)) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------ editing

    /**
     * Commits what was typed into a cell. Dates are normalised to CCYY-MM-DD; an unchanged value is
     * not an edit.
     */
    public void commit(RecordRow row, int item, String typed) {
        if (row == null || item < 0 || item >= items.get().size() || typed == null || waitForOpen()) {
            return;
        }
        DataItem di = items.get().get(item);
        String value = DateEntry.isDateFormat(di.format()) ? DateEntry.normalise(typed) : typed;
        if (value.equals(row.value(item))) {
            return;
        }
        long record = row.record();
        edits.apply(s -> s.setValue(record, item, value, ""));
    }

    /** An edit started on an item: the status bar says how to enter the value. */
    public void editing(int item) {
        List<DataItem> list = items.get();
        if (item < 0 || item >= list.size()) {
            return;
        }
        DataItem di = list.get(item);
        String how = DateEntry.isDateFormat(di.format())
                ? "Type the date as " + DateEntry.HINT + " (DD/MM/CCYY is converted)."
                : di.isCoded() ? "Choose a code from the list." : "Type the new value.";
        status.accept("Editing " + di.dataDictionaryName() + ": " + how + " Enter saves, Esc cancels.");
    }

    /** Fresh copies of records after a change: repaints the rows that show them. */
    public void refresh(Map<Long, RecordRow> fresh) {
        rows.replaceRecords(fresh);
        RowSlot sel = selectedSlot.get();
        if (sel != null && sel.row() != null) {
            selectedRow.set(sel.row());
        }
    }

    /** Re-reads every held row (after a change too big to list record by record, such as an undo of a bulk fix). */
    public void refreshHeld() {
        long[] held = rows.heldRecords().stream().mapToLong(Long::longValue).toArray();
        calls.call(s -> {
            Map<Long, RecordRow> out = new java.util.HashMap<>();
            // a few hundred a read: up to 16 pages of 200 rows are held, one query set each would be thousands
            for (int from = 0; from < held.length; from += 300) {
                for (RecordRow row : s.records(java.util.Arrays.copyOfRange(held, from,
                        Math.min(held.length, from + 300)))) {
                    out.put(row.record(), row);
                }
            }
            return out;
        }, this::refresh);
    }

    // ------------------------------------------------------------ paging

    private void fetch(long gen, int page, int from, int count) {
        if (preview != null) {
            rows.fill(gen, page, preview.subList(Math.min(from, preview.size()),
                    Math.min(from + count, preview.size())));
            return;
        }
        calls.call(s -> {
            // Skip work for a view that has been replaced or a page the user scrolled past.
            if (workerGeneration.get() != gen || !rows.wanted(gen, page)) {
                return null;
            }
            return s.page(from, count);
        }, list -> {
            if (list == null) {
                rows.skipped(gen, page);
            } else {
                rows.fill(gen, page, list);
            }
        }, e -> {
            rows.skipped(gen, page);
            status.accept("Could not read records from the workspace: " + e.getMessage());
        });
    }
}
