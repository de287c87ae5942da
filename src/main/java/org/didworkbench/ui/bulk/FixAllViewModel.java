package org.didworkbench.ui.bulk;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.didworkbench.domain.fixes.DateFix;
import org.didworkbench.service.EditOutcome;
import org.didworkbench.service.FixOptions;
import org.didworkbench.service.FixPreview;
import org.didworkbench.service.FixService;
import org.didworkbench.service.ProposedFix;
import org.didworkbench.ui.common.SessionCalls;

/**
 * "Fix all like this" for one rule: the preview of every change (line, accession number, before →
 * after), the counts, what is left alone and why, and for date rules the choice of how to read a date
 * that reads two ways. Applying is one transaction and one undo step.
 *
 * <p>Threading: UI thread; the preview is computed through {@link SessionCalls}.
 */
public final class FixAllViewModel {
    /** Rows listed at most; every change is counted and applied. */
    public static final int SHOWN = 1000;

    private final SessionCalls calls;
    private final List<org.didworkbench.domain.dataset.DataItem> items;
    private final FixService fixes;
    private final String rule;
    private final String description;
    private final ReadOnlyObjectWrapper<FixPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObjectProperty<FixOptions.DateOrder> dateOrder = new SimpleObjectProperty<>(this, "dateOrder",
            FixOptions.DateOrder.NONE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Looking for changes\u2026");
    private final ReadOnlyStringWrapper leftAlone = new ReadOnlyStringWrapper(this, "leftAlone", "");
    private final ReadOnlyBooleanWrapper offerDateOrder = new ReadOnlyBooleanWrapper(this, "offerDateOrder");
    private final ObservableList<ProposedFix> rows = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanBinding canApply;
    private long generation;

    /**
     * @param rule        the rule code, e.g. DIDS017
     * @param description the rule's description, for the dialog's header
     */
    public FixAllViewModel(SessionCalls calls, FixService fixes, String rule, String description) {
        this(calls, fixes, rule, description, calls.current().map(s -> s.profile().items()).orElse(List.of()));
    }

    /** @param items the profile's items, in column order (for showing values) */
    FixAllViewModel(SessionCalls calls, FixService fixes, String rule, String description,
                    List<org.didworkbench.domain.dataset.DataItem> items) {
        this.items = List.copyOf(items);
        this.calls = calls;
        this.fixes = fixes;
        this.rule = rule;
        this.description = description == null ? "" : description;
        canApply = Bindings.createBooleanBinding(() -> !loading.get() && preview.get() != null
                && preview.get().fixable() > 0, loading, preview);
        dateOrder.addListener((o, a, b) -> load());
    }

    /** The profile's items, in column order. */
    public List<org.didworkbench.domain.dataset.DataItem> items() {
        return items;
    }

    public String rule() {
        return rule;
    }

    public String title() {
        return "Fix all " + rule + " like this";
    }

    /** The rule's description. */
    public String description() {
        return description;
    }

    /** True for the date format rules, where a date such as 03/04/2026 may read two ways. */
    public boolean isDateRule() {
        return DateFix.RULES.contains(rule);
    }

    public ReadOnlyObjectProperty<FixPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** How to read dates that read two ways; changing it recomputes the preview. */
    public ObjectProperty<FixOptions.DateOrder> dateOrderProperty() {
        return dateOrder;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "6 records, 6 cells will change." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What stays as it is and why; empty when nothing does. */
    public ReadOnlyStringProperty leftAloneProperty() {
        return leftAlone.getReadOnlyProperty();
    }

    /** True when the dialog should offer the day/month choice (a date rule with dates that read two ways). */
    public ReadOnlyBooleanProperty offerDateOrderProperty() {
        return offerDateOrder.getReadOnlyProperty();
    }

    /** The changes listed (the first {@link #SHOWN}). */
    public ObservableList<ProposedFix> rows() {
        return rows;
    }

    /** The user's words, added to the change-log reason. */
    public StringProperty noteProperty() {
        return note;
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    /** The apply button's words: "Fix 6 values". */
    public javafx.beans.binding.StringBinding applyLabelProperty() {
        return Bindings.createStringBinding(() -> preview.get() == null || preview.get().fixable() == 0 ? "Fix all"
                : "Fix " + count(preview.get().fixable(), "value"), preview);
    }

    /** Computes the preview with the options chosen. */
    public void load() {
        long gen = ++generation;
        loading.set(true);
        summary.set("Looking for changes\u2026");
        FixOptions options = new FixOptions(dateOrder.get());
        // only the changes listed are kept: the apply works them all out again a chunk at a time
        calls.call(s -> fixes.preview(s, rule, options, SHOWN), p -> {
            if (gen == generation) {
                show(p);
            }
        }, e -> {
            if (gen == generation) {
                loading.set(false);
                preview.set(null);
                rows.clear();
                summary.set(e.getMessage() == null ? "The preview could not be made." : e.getMessage());
            }
        });
    }

    private void show(FixPreview p) {
        rows.setAll(p.listed().size() > SHOWN ? p.listed().subList(0, SHOWN) : p.listed());
        preview.set(p);
        loading.set(false);
        if (p.fixable() == 0) {
            summary.set("Nothing to fix automatically for " + rule + ".");
        } else {
            summary.set(String.format("%s, %s will change: %s%s.", count(p.records(), "record"),
                    count(p.fixable(), "cell"), fixesUsed(p),
                    p.fixable() > SHOWN ? String.format(" (the first %,d are listed)", SHOWN) : ""));
        }
        StringBuilder left = new StringBuilder();
        if (p.ambiguous() > 0) {
            left.append(count(p.ambiguous(), "date")).append(p.ambiguous() == 1 ? " reads" : " read")
                    .append(" two ways (such as 03/04/2026) and ").append(p.ambiguous() == 1 ? "is" : "are")
                    .append(" left unchanged unless you choose how to read ").append(p.ambiguous() == 1 ? "it" : "them")
                    .append('.');
        }
        if (p.unfixable() > 0) {
            left.append(left.length() == 0 ? "" : " ").append(count(p.unfixable(), "value"))
                    .append(p.unfixable() == 1 ? " has" : " have").append(" no safe automatic fix and ")
                    .append(p.unfixable() == 1 ? "stays" : "stay").append(" for you to correct by hand.");
        }
        leftAlone.set(left.toString());
        offerDateOrder.set(isDateRule() && (p.ambiguous() > 0 || dateOrder.get() != FixOptions.DateOrder.NONE));
    }

    /** The fixes a preview uses, in order of first use: "postcode spacing and case". */
    private static String fixesUsed(FixPreview p) {
        return String.join("; ", p.fixes());
    }

    /**
     * The change to apply: the preview as it stands (its options, every change it counted, not only those
     * listed), as one step, logged with the fix and the user's note.
     */
    BulkChanges.LongWork<EditOutcome> applyWork() {
        FixPreview p = preview.get();
        String reason = p.reason() + (note.get() == null || note.get().isBlank() ? "" : " \u2014 " + note.get().strip());
        return (s, progress, cancel) -> fixes.apply(s, p, reason, progress, cancel);
    }

    /** What the status bar says once applied. */
    String doneMessage() {
        return doneMessage("in one step");
    }

    /**
     * What the status bar says once applied, with what became of the table's filter first, since the end of a
     * long message may not fit: "Fixed 6 values for DIDS017; showing all records again (…)".
     *
     * @param how what follows the count, e.g. "in one step" or "; showing all records again, as none fails it now"
     */
    String doneMessage(String how) {
        FixPreview p = preview.get();
        return String.format("Fixed %s for %s%s%s (Edit \u203A Undo puts them back).", count(p.fixable(), "value"),
                rule, how.startsWith(";") ? "" : " ", how);
    }

    static String count(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** For tests: the changes listed. */
    List<ProposedFix> listed() {
        return List.copyOf(rows);
    }
}
