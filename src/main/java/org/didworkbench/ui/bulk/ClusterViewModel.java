package org.didworkbench.ui.bulk;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.didworkbench.domain.bulk.ValueCluster;
import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.service.BulkEditService;
import org.didworkbench.service.BulkPreview;
import org.didworkbench.service.ClusterChoice;
import org.didworkbench.service.EditOutcome;
import org.didworkbench.service.ItemClusters;
import org.didworkbench.ui.common.SessionCalls;

/**
 * Clusters of similar values of one item (differing only in case, spacing or punctuation), largest
 * first; the chosen cluster is merged into one value (by default its most common valid value), each
 * merge one step. The list is read again after every merge.
 *
 * <p>Threading: UI thread; the clusters are found through {@link SessionCalls}.
 */
public final class ClusterViewModel {
    private final SessionCalls calls;
    private final BulkEditService bulk;
    private final BulkChanges changes;
    private final List<DataItem> items;
    private final IntegerProperty item = new SimpleIntegerProperty(this, "item");
    private final ObservableList<ClusterChoice> clusters = FXCollections.observableArrayList();
    private final ObjectProperty<ClusterChoice> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper mergeText = new ReadOnlyStringWrapper(this, "mergeText", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper steppedAside = new ReadOnlyBooleanWrapper(this, "steppedAside");
    private final BooleanBinding canMerge;
    private long generation;

    /** @param item the item to start with */
    public ClusterViewModel(SessionCalls calls, BulkEditService bulk, BulkChanges changes, List<DataItem> items,
                            int item) {
        this.calls = calls;
        this.bulk = bulk;
        this.changes = changes;
        this.items = List.copyOf(items);
        this.item.set(Math.max(0, Math.min(item, items.size() - 1)));
        this.item.addListener((o, a, b) -> load());
        chosen.addListener((o, a, c) -> target.set(c == null ? "" : c.suggested()));
        target.addListener((o, a, b) -> describeMerge());
        chosen.addListener((o, a, b) -> describeMerge());
        canMerge = Bindings.createBooleanBinding(() -> !loading.get() && chosen.get() != null && target.get() != null
                && chosen.get().cluster().recordsToChange(target.get()) > 0, loading, chosen, target);
    }

    public List<DataItem> items() {
        return items;
    }

    /** The item whose values are clustered (index); changing it finds its clusters. */
    public IntegerProperty itemProperty() {
        return item;
    }

    /** The clusters found, largest first. */
    public ObservableList<ClusterChoice> clusters() {
        return clusters;
    }

    /** The cluster chosen for merging, or null. */
    public ObjectProperty<ClusterChoice> chosenProperty() {
        return chosen;
    }

    /** The value the chosen cluster is merged into (one of its values, or typed). */
    public StringProperty targetProperty() {
        return target;
    }

    /** The user's words, added to the change-log reason. */
    public StringProperty noteProperty() {
        return note;
    }

    /** How many clusters were found. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What merging the chosen cluster would do: "3 records will change to 'LS1 4AB'." */
    public ReadOnlyStringProperty mergeTextProperty() {
        return mergeText.getReadOnlyProperty();
    }

    /** What the last merge did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public BooleanBinding canMergeProperty() {
        return canMerge;
    }

    public String title() {
        return "Cluster similar values";
    }

    /** The data dictionary name of the item clustered. */
    public String itemName() {
        return items.get(item.get()).dataDictionaryName();
    }

    /** Finds the clusters of the chosen item. */
    public void load() {
        long gen = ++generation;
        int i = item.get();
        loading.set(true);
        summary.set("Looking for similar values\u2026");
        calls.call(s -> bulk.clusters(s, i), found -> {
            if (gen == generation) {
                show(found);
            }
        }, e -> {
            if (gen == generation) {
                loading.set(false);
                clusters.clear();
                summary.set(e.getMessage() == null ? "The values could not be read." : e.getMessage());
            }
        });
    }

    private void show(ItemClusters found) {
        String key = chosen.get() == null ? null : chosen.get().cluster().key();
        clusters.setAll(found.clusters());
        loading.set(false);
        chosen.set(null);
        for (ClusterChoice c : clusters) {
            if (c.cluster().key().equals(key)) {
                chosen.set(c);
            }
        }
        if (chosen.get() == null && !clusters.isEmpty()) {
            chosen.set(clusters.get(0));
        }
        if (found.found() == 0) {
            summary.set("No values of " + found.itemName() + " differ only in case, spacing or punctuation.");
        } else {
            summary.set(String.format("%s of %s %s only in case, spacing or punctuation%s.",
                    FixAllViewModel.count(found.found(), "group"), found.itemName(),
                    found.found() == 1 ? "differs" : "differ",
                    found.found() > found.clusters().size()
                            ? String.format(" (the largest %,d are listed)", found.clusters().size()) : ""));
        }
    }

    private void describeMerge() {
        ClusterChoice c = chosen.get();
        String t = target.get();
        if (c == null || t == null) {
            mergeText.set(clusters.isEmpty() ? "" : "Choose a group to merge.");
            return;
        }
        long n = c.cluster().recordsToChange(t);
        boolean inCluster = c.cluster().values().stream().anyMatch(v -> v.value().equals(t));
        String caveat = c.valid().contains(t) ? "" : inCluster ? " (this value does not pass the checks of "
                + itemName() + ")" : " (a value you typed)";
        mergeText.set(n == 0 ? "Nothing to change: choose another value."
                : String.format("%s will change to '%s'%s.", FixAllViewModel.count(n, "record"), t, caveat));
    }

    /**
     * True while a large merge runs behind the window's busy card: the dialog steps aside (closes) so the card
     * and its Cancel can be seen, and comes back when the merge has ended.
     */
    public ReadOnlyBooleanProperty steppedAsideProperty() {
        return steppedAside.getReadOnlyProperty();
    }

    /**
     * Merges the chosen cluster into the target value as one step, then finds the clusters again. From
     * {@link BulkChanges#LONG_CHANGE} records the merge runs behind the busy card, with progress and Cancel.
     */
    public void merge() {
        ClusterChoice c = chosen.get();
        String t = target.get();
        if (c == null || t == null || c.cluster().recordsToChange(t) == 0 || steppedAside.get()) {
            return;
        }
        int i = item.get();
        ValueCluster cluster = c.cluster();
        String n = note.get();
        long records = cluster.recordsToChange(t);
        java.util.function.Consumer<EditOutcome> merged = o -> {
            status.set(String.format("Merged %s into '%s' in one step (Edit \u203A Undo puts %s back).",
                    FixAllViewModel.count(records, "record"), t, records == 1 ? "it" : "them"));
            load();
        };
        if (records < BulkChanges.LONG_CHANGE) {
            changes.apply(s -> bulk.apply(s, bulk.previewMerge(s, i, cluster, t), n), o -> o, merged);
            return;
        }
        steppedAside.set(true);
        changes.applyWithProgress(merging(records), (s, progress, cancel) -> {
            BulkPreview preview = bulk.previewMerge(s, i, cluster, t);
            cancel.check();
            return bulk.apply(s, preview, n, progress, cancel);
        }, o -> o, merged, () -> status.set("Merge cancelled: nothing was changed; the values and issues are as"
                + " they were."), () -> steppedAside.set(false));
    }

    /** The busy card's words while a merge runs: "Merging 1,234 records…". */
    static String merging(long records) {
        return String.format("Merging %s\u2026", FixAllViewModel.count(records, "record"));
    }
}
