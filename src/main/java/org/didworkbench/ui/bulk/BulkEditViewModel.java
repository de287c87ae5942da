package org.didworkbench.ui.bulk;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.service.BulkChange;
import org.didworkbench.service.BulkEditService;
import org.didworkbench.service.BulkPreview;
import org.didworkbench.service.EditOutcome;
import org.didworkbench.ui.common.SessionCalls;

/**
 * What find and replace and "set a value" share: the inputs are previewed (every change counted, the
 * first {@link BulkEditService#PREVIEW_ROWS} listed as before → after), and only a preview that still
 * matches the inputs can be applied, as one step.
 *
 * <p>Threading: UI thread; previews are computed through {@link SessionCalls}.
 */
public abstract class BulkEditViewModel {
    protected final SessionCalls calls;
    protected final BulkEditService bulk;
    private final List<DataItem> items;
    private final ReadOnlyObjectWrapper<BulkPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<BulkChange> rows = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanBinding canApply;
    private long generation;

    protected BulkEditViewModel(SessionCalls calls, BulkEditService bulk, List<DataItem> items) {
        this.calls = calls;
        this.bulk = bulk;
        this.items = List.copyOf(items);
        canApply = Bindings.createBooleanBinding(() -> !loading.get() && preview.get() != null
                && preview.get().count() > 0, loading, preview);
    }

    /** The profile's items, in column order. */
    public List<DataItem> items() {
        return items;
    }

    /** The preview of the inputs as they stand, or null when they changed since (or none was made). */
    public ReadOnlyObjectProperty<BulkPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What the preview found, or what to do next. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The changes listed. */
    public ObservableList<BulkChange> rows() {
        return rows;
    }

    /** The user's words, added to the change-log reason. */
    public StringProperty noteProperty() {
        return note;
    }

    /** True when a preview with something to change matches the inputs. */
    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    /** The dialog's title. */
    public abstract String title();

    /** The label of the button that applies, e.g. "Replace". */
    public abstract String applyLabel();

    /** The apply button's words with the count once previewed: "Replace 12 values". */
    public javafx.beans.binding.StringBinding applyLabelProperty() {
        return Bindings.createStringBinding(() -> preview.get() == null || preview.get().count() == 0 ? applyLabel()
                : applyLabel() + " (" + FixAllViewModel.count(preview.get().count(), "value") + ")", preview);
    }

    /**
     * The work computing the preview of the inputs, or null when they are not complete (then
     * {@link #incomplete()} says what is missing).
     */
    protected abstract SessionCalls.SessionWork<BulkPreview> previewWork();

    /** What is missing from the inputs, in words. */
    protected abstract String incomplete();

    /** Subclasses call this whenever an input changes: the old preview no longer applies. */
    protected final void inputsChanged() {
        generation++;
        loading.set(false);
        preview.set(null);
        rows.clear();
        summary.set(previewWork() == null ? incomplete() : "Choose Preview to see what would change.");
    }

    /** Computes the preview of the inputs as they stand. */
    public void preview() {
        SessionCalls.SessionWork<BulkPreview> work = previewWork();
        if (work == null) {
            inputsChanged();
            return;
        }
        long gen = ++generation;
        loading.set(true);
        summary.set("Looking for changes\u2026");
        calls.call(work, p -> {
            if (gen == generation) {
                rows.setAll(p.shown());
                preview.set(p);
                loading.set(false);
                summary.set(describe(p));
            }
        }, e -> {
            if (gen == generation) {
                loading.set(false);
                summary.set(e.getMessage() == null ? "The preview could not be made." : e.getMessage());
            }
        });
    }

    /** The summary of a preview: "12 records will change" and what is left out. */
    protected String describe(BulkPreview p) {
        if (p.count() == 0) {
            return "Nothing would change.";
        }
        String s = FixAllViewModel.count(p.count(), "record") + " will change (one value each)";
        if (p.truncated()) {
            s += String.format("; the first %,d are listed", p.shown().size());
        }
        if (p.skipped() > 0) {
            s += "; " + FixAllViewModel.count(p.skipped(), "record") + " without this item (too few fields) "
                    + (p.skipped() == 1 ? "is" : "are") + " left";
        }
        return s + ".";
    }

    /** The change to apply: the preview, as one step. */
    BulkChanges.LongWork<EditOutcome> applyWork() {
        BulkPreview p = preview.get();
        String n = note.get();
        return (s, progress, cancel) -> bulk.apply(s, p, n, progress, cancel);
    }

    /** What the status bar says once applied. */
    String doneMessage() {
        BulkPreview p = preview.get();
        return String.format("Changed %s of %s in one step (Edit \u203A Undo puts them back).",
                FixAllViewModel.count(p.count(), "value"), p.itemName());
    }
}
