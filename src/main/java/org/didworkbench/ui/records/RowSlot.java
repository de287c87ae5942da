package org.didworkbench.ui.records;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.didworkbench.service.RecordRow;

/**
 * One row of the records table: its position in the current view and the record there, which is
 * null until its page has been fetched. Cells observe {@link #rowProperty()}, so a page arriving (or
 * an edit refreshing a record) repaints exactly the cells that show it.
 */
public final class RowSlot {
    private final long generation;
    private final int position;
    private final ReadOnlyObjectWrapper<RecordRow> row = new ReadOnlyObjectWrapper<>(this, "row");

    RowSlot(long generation, int position) {
        this.generation = generation;
        this.position = position;
    }

    /** 0-based position in the view it belongs to. */
    public int position() {
        return position;
    }

    long generation() {
        return generation;
    }

    public ReadOnlyObjectProperty<RecordRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    /** The record, or null while it is being fetched. */
    public RecordRow row() {
        return row.get();
    }

    void set(RecordRow r) {
        row.set(r);
    }

    @Override
    public String toString() {
        return "RowSlot[" + position + "]";
    }
}
