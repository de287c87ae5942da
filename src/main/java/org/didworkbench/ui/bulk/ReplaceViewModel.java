package org.didworkbench.ui.bulk;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.didworkbench.domain.bulk.FindReplace;
import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.service.BulkEditService;
import org.didworkbench.service.BulkPreview;
import org.didworkbench.ui.common.SessionCalls;

/** Find and replace within one item: plain text, optionally the whole value only and matching case. */
public final class ReplaceViewModel extends BulkEditViewModel {
    private final IntegerProperty item = new SimpleIntegerProperty(this, "item");
    private final StringProperty find = new SimpleStringProperty(this, "find", "");
    private final StringProperty replacement = new SimpleStringProperty(this, "replacement", "");
    private final BooleanProperty wholeValue = new SimpleBooleanProperty(this, "wholeValue");
    private final BooleanProperty caseSensitive = new SimpleBooleanProperty(this, "caseSensitive");

    /** @param item the item to start with (the column the user was in) */
    public ReplaceViewModel(SessionCalls calls, BulkEditService bulk, List<DataItem> items, int item) {
        super(calls, bulk, items);
        this.item.set(Math.max(0, Math.min(item, items.size() - 1)));
        this.item.addListener((o, a, b) -> inputsChanged());
        find.addListener((o, a, b) -> inputsChanged());
        replacement.addListener((o, a, b) -> inputsChanged());
        wholeValue.addListener((o, a, b) -> inputsChanged());
        caseSensitive.addListener((o, a, b) -> inputsChanged());
        inputsChanged();
    }

    /** The item searched (index). */
    public IntegerProperty itemProperty() {
        return item;
    }

    public StringProperty findProperty() {
        return find;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public BooleanProperty wholeValueProperty() {
        return wholeValue;
    }

    public BooleanProperty caseSensitiveProperty() {
        return caseSensitive;
    }

    @Override
    public String title() {
        return "Find and replace";
    }

    @Override
    public String applyLabel() {
        return "Replace";
    }

    @Override
    protected SessionCalls.SessionWork<BulkPreview> previewWork() {
        String f = find.get();
        if (f == null || f.isEmpty()) {
            return null;
        }
        FindReplace spec = new FindReplace(f, replacement.get() == null ? "" : replacement.get(), wholeValue.get(),
                caseSensitive.get());
        int i = item.get();
        return s -> bulk.previewReplace(s, i, spec);
    }

    @Override
    protected String incomplete() {
        return "Type the text to find.";
    }
}
