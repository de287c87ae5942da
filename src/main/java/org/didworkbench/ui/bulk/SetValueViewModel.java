package org.didworkbench.ui.bulk;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.service.BulkEditService;
import org.didworkbench.service.BulkPreview;
import org.didworkbench.ui.common.SessionCalls;
import org.didworkbench.ui.records.DateEntry;

/** One value set on an item of every selected record. */
public final class SetValueViewModel extends BulkEditViewModel {
    /** Up to this many selected records the preview follows the value as it is typed. */
    static final int AUTO_PREVIEW = 500;
    private final int item;
    /** The selected records' numbers, sorted: 8 bytes a record, the very set the preview and apply use. */
    private final long[] records;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    /**
     * @param item    the item (column) to set
     * @param records the selected records
     */
    public SetValueViewModel(SessionCalls calls, BulkEditService bulk, List<DataItem> items, int item,
                             List<Long> records) {
        this(calls, bulk, items, item, records.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * @param item    the item (column) to set
     * @param records the selected records' numbers (any order)
     */
    public SetValueViewModel(SessionCalls calls, BulkEditService bulk, List<DataItem> items, int item,
                             long[] records) {
        super(calls, bulk, items);
        this.item = item;
        this.records = java.util.Arrays.stream(records).sorted().distinct().toArray();
        value.addListener((o, a, b) -> {
            inputsChanged();
            if (this.records.length <= AUTO_PREVIEW) {
                preview(); // a small selection is previewed as the value is typed or chosen
            }
        });
        inputsChanged();
    }

    /** The item set. */
    public DataItem item() {
        return items().get(item);
    }

    /** How many records are selected. */
    public int selected() {
        return records.length;
    }

    /** The value to set (may be empty, to blank the item). */
    public StringProperty valueProperty() {
        return value;
    }

    @Override
    public String title() {
        return "Set " + item().dataDictionaryName() + " on " + FixAllViewModel.count(records.length, "record");
    }

    @Override
    public String applyLabel() {
        return "Set value";
    }

    @Override
    protected SessionCalls.SessionWork<BulkPreview> previewWork() {
        if (records.length == 0) {
            return null;
        }
        String typed = value.get() == null ? "" : value.get();
        // As in the table: a date typed DD/MM/CCYY is written CCYY-MM-DD.
        String v = DateEntry.isDateFormat(item().format()) ? DateEntry.normalise(typed) : typed;
        return s -> bulk.previewSetValue(s, records, item, v);
    }

    @Override
    protected String incomplete() {
        return "Select the records to change in the table first.";
    }
}
