package org.didworkbench.ui.history;

import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.didworkbench.domain.history.Comparison;
import org.didworkbench.domain.history.ComparisonTable;
import org.didworkbench.domain.history.LibraryEntry;
import org.didworkbench.domain.history.MonthComparison;
import org.didworkbench.domain.history.Shift;
import org.didworkbench.domain.history.SubmissionFigures;
import org.didworkbench.service.MonthOverMonth;

/**
 * "Compare with earlier months": what the dialog shows, filled in when the comparison arrives from
 * the background. Holds words and rows only; the dialog binds to them.
 *
 * <p>Threading: UI thread.
 */
public final class CompareViewModel {
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "Comparing\u2026");
    private final ReadOnlyStringWrapper against = new ReadOnlyStringWrapper(this, "against", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper beforeMonth = new ReadOnlyStringWrapper(this, "beforeMonth", "");
    private final ReadOnlyStringWrapper nowMonth = new ReadOnlyStringWrapper(this, "nowMonth", "");
    private final ReadOnlyStringWrapper thresholds = new ReadOnlyStringWrapper(this, "thresholds", "");
    private final ObservableList<String> shifts = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<ComparisonTable> tables = FXCollections.observableArrayList();
    private final Function<LibraryEntry, String> when;

    /**
     * @param when how to say when an entry was remembered (the service's local time)
     */
    public CompareViewModel(Function<LibraryEntry, String> when) {
        this.when = when;
    }

    /** Shows a comparison (or why there is none). */
    public void show(MonthOverMonth result, String thresholdWords) {
        loading.set(false);
        thresholds.set(thresholdWords);
        SubmissionFigures f = result.current();
        heading.set(f == null ? "Nothing to compare yet" : f.fileName() + " \u2014 "
                + MonthComparison.monthWords(f.dataMonth()) + " (" + result.origin() + ")");
        if (result.comparison().isEmpty()) {
            message.set(result.explanation());
            return;
        }
        Comparison c = result.comparison().get();
        SubmissionFigures before = c.baseline().figures();
        beforeMonth.set(MonthComparison.monthWords(before.dataMonth()));
        nowMonth.set(MonthComparison.monthWords(f.dataMonth()));
        against.set("Compared with " + beforeMonth.get() + ": " + before.fileName() + " ("
                + (c.baseline().kind() == LibraryEntry.Kind.CORRECTED ? "corrected file, " : "") + "remembered "
                + when.apply(c.baseline()) + ")" + (c.earlier().size() > 1 ? String.format(Locale.UK,
                "; %d earlier months remembered", c.earlier().size()) : ""));
        message.set(c.shifts().isEmpty() ? "No big shifts: every figure is within the thresholds." : "");
        shifts.setAll(c.shifts().stream().map(Shift::sentence).map(s -> s.replace(" -> ", " \u2192 ")).toList());
        notes.setAll(c.notes());
        tables.setAll(c.tables());
    }

    /** Shows a failure in words. */
    public void failed(String why) {
        loading.set(false);
        heading.set("The comparison could not be made");
        message.set(why);
    }

    /** True until the comparison (or its failure) arrives. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The submission compared: file, month, where its figures come from. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The month it is compared with, or empty. */
    public ReadOnlyStringProperty againstProperty() {
        return against.getReadOnlyProperty();
    }

    /** Why there is nothing to compare, that there are no shifts, or a failure; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The earlier month's column heading, e.g. "August 2026". */
    public ReadOnlyStringProperty beforeMonthProperty() {
        return beforeMonth.getReadOnlyProperty();
    }

    /** This submission's column heading. */
    public ReadOnlyStringProperty nowMonthProperty() {
        return nowMonth.getReadOnlyProperty();
    }

    /** The thresholds in one sentence. */
    public ReadOnlyStringProperty thresholdsProperty() {
        return thresholds.getReadOnlyProperty();
    }

    /** The big shifts in plain words. */
    public ObservableList<String> shifts() {
        return shifts;
    }

    /** Things to know when reading the comparison. */
    public ObservableList<String> notes() {
        return notes;
    }

    /** One small table per dimension. */
    public ObservableList<ComparisonTable> tables() {
        return tables;
    }
}
