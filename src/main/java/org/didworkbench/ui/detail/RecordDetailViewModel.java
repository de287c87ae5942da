package org.didworkbench.ui.detail;

import java.util.List;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.didworkbench.service.ChangeEntry;
import org.didworkbench.service.RecordRow;
import org.didworkbench.ui.common.Edits;
import org.didworkbench.ui.common.SessionCalls;

/**
 * The record detail pane: one record shown item by item with its issues, its change history, and
 * reverting a cell or the whole record to the value in the file.
 */
public final class RecordDetailViewModel {
    private final SessionCalls calls;
    private final Edits edits;
    private final ReadOnlyObjectWrapper<RecordRow> record = new ReadOnlyObjectWrapper<>(this, "record");
    private final ObservableList<ChangeEntry> history = FXCollections.observableArrayList();

    public RecordDetailViewModel(SessionCalls calls, Edits edits) {
        this.calls = calls;
        this.edits = edits;
    }

    /** The record shown, or null. */
    public ReadOnlyObjectProperty<RecordRow> recordProperty() {
        return record.getReadOnlyProperty();
    }

    /** Its changes, oldest first. */
    public ObservableList<ChangeEntry> history() {
        return history;
    }

    /** Shows a record (already fetched by the table) and loads its history. */
    public void show(RecordRow row) {
        RecordRow current = record.get();
        record.set(row);
        if (row == null) {
            history.clear();
            return;
        }
        boolean same = current != null && current.record() == row.record();
        if (!same) {
            history.clear();
        }
        if (!same || !current.editedItems().equals(row.editedItems())) {
            loadHistory(row.record());
        }
    }

    /** Re-reads the record when a change touched it. */
    public void changed(Set<Long> records) {
        RecordRow row = record.get();
        if (row != null && records.contains(row.record())) {
            long n = row.record();
            calls.call(s -> new Loaded(s.record(n), s.history(n)), loaded -> {
                RecordRow now = record.get();
                if (now != null && now.record() == n) {
                    record.set(loaded.row);
                    history.setAll(loaded.history);
                }
            });
        }
    }

    private record Loaded(RecordRow row, List<ChangeEntry> history) {
    }

    private void loadHistory(long n) {
        calls.call(s -> s.history(n), list -> {
            RecordRow now = record.get();
            if (now != null && now.record() == n) {
                history.setAll(list);
            }
        });
    }

    /** Puts one item of the shown record back to its value in the file. */
    public void revertCell(int item) {
        RecordRow row = record.get();
        if (row != null && row.editedItems().contains(item)) {
            long n = row.record();
            edits.apply(s -> s.revertCell(n, item, "Reverted in the record detail"));
        }
    }

    /** Puts every item of the shown record back to its value in the file. */
    public void revertRecord() {
        RecordRow row = record.get();
        if (row != null && !row.editedItems().isEmpty()) {
            long n = row.record();
            edits.apply(s -> s.revertRecord(n, "Reverted in the record detail"));
        }
    }

    /** The file was closed. */
    public void clear() {
        record.set(null);
        history.clear();
    }
}
