package org.didworkbench.ui.settings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.didworkbench.service.OutlierSettingsFile;
import org.didworkbench.service.OutlierSettingsTemplate;
import org.didworkbench.ui.common.DialogService;
import org.didworkbench.ui.common.SubmissionDateRule;
import org.didworkbench.ui.common.TaskRunner;
import org.didworkbench.ui.common.WorkbenchSettings;

/**
 * Edit › Settings: how files are opened (submission date rule, reference data folder), how the
 * window looks (theme, text size, masking) and the outlier thresholds (the user's
 * {@code outlier-settings.properties}, each key shown with its reason). Theme, text size and
 * masking apply at once; the others at the next open, and the thresholds at the next start (the
 * checks of a file already open must stay the same from its import to its report).
 *
 * <p>Threading: UI thread; the thresholds file is read and written through the {@link TaskRunner}.
 */
public final class SettingsViewModel {
    /** What the dialog says about when changes take effect. */
    public static final String WHEN_APPLIED = "Theme, text size and masking change at once. The submission date rule"
            + " and the reference data folder apply to the next file you open. Outlier thresholds apply from the next"
            + " start of DID Workbench, so a file already open keeps the thresholds it was checked with.";

    /** One outlier threshold as edited. */
    public static final class ThresholdRow {
        private final OutlierSettingsTemplate.Entry entry;
        private final StringProperty value = new SimpleStringProperty(this, "value", "");
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

        ThresholdRow(OutlierSettingsTemplate.Entry entry) {
            this.entry = entry;
            value.set(entry.defaultValue());
            value.addListener((o, a, b) -> problem.set(""));
        }

        public String key() {
            return entry.key();
        }

        public String defaultValue() {
            return entry.defaultValue();
        }

        public String reason() {
            return entry.reason();
        }

        /** The value as typed. */
        public StringProperty valueProperty() {
            return value;
        }

        /** What is wrong with the value, or "" (set by {@link SettingsViewModel#validate()}). */
        public ReadOnlyStringProperty problemProperty() {
            return problem.getReadOnlyProperty();
        }

        /** The kind of value the key takes, for the checks and the hint. */
        Kind kind() {
            if (entry.key().equals("rules.disabled")) {
                return Kind.CODES;
            }
            return entry.defaultValue().contains(".") ? Kind.NUMBER : Kind.WHOLE;
        }
    }

    enum Kind { WHOLE, NUMBER, CODES }

    private final WorkbenchSettings settings;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final BooleanProperty liveDark;
    private final BooleanProperty liveMasked;
    private final IntegerProperty liveFontSize;
    private final Path thresholdsFile;
    private final java.util.function.Consumer<String> status;
    private final OutlierSettingsTemplate template;

    private final ObjectProperty<SubmissionDateRule> dateRule = new SimpleObjectProperty<>(this, "dateRule",
            SubmissionDateRule.TODAY);
    private final ObjectProperty<LocalDate> fixedDate = new SimpleObjectProperty<>(this, "fixedDate");
    private final StringProperty referenceFolder = new SimpleStringProperty(this, "referenceFolder", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty masked = new SimpleBooleanProperty(this, "masked");
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize");
    private final ObservableList<ThresholdRow> thresholds = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper thresholdsProblem = new ReadOnlyStringWrapper(this, "thresholdsProblem", "");
    private final ReadOnlyBooleanWrapper thresholdsReady = new ReadOnlyBooleanWrapper(this, "thresholdsReady");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Map<String, String> loadedThresholds = Map.of();

    /**
     * @param liveDark       the window's theme, set at once on save
     * @param liveMasked     the window's masking, set at once on save
     * @param liveFontSize   the window's text size (0 = the system's), set at once on save
     * @param thresholdsFile the user's outlier settings file, or null when there is none to edit
     * @param status         where to say what was saved
     */
    public SettingsViewModel(WorkbenchSettings settings, TaskRunner runner, DialogService dialogs,
                             BooleanProperty liveDark, BooleanProperty liveMasked, IntegerProperty liveFontSize,
                             Path thresholdsFile, java.util.function.Consumer<String> status) {
        this.settings = settings;
        this.runner = runner;
        this.dialogs = dialogs;
        this.liveDark = liveDark;
        this.liveMasked = liveMasked;
        this.liveFontSize = liveFontSize;
        this.thresholdsFile = thresholdsFile;
        this.status = status;
        this.template = OutlierSettingsTemplate.builtIn();
        for (OutlierSettingsTemplate.Entry e : template.entries()) {
            thresholds.add(new ThresholdRow(e));
        }
    }

    // ------------------------------------------------------------ fields

    public ObjectProperty<SubmissionDateRule> dateRuleProperty() {
        return dateRule;
    }

    /** The date of the fixed-date rule (null until chosen). */
    public ObjectProperty<LocalDate> fixedDateProperty() {
        return fixedDate;
    }

    /** The reference data folder as typed ("" for none). */
    public StringProperty referenceFolderProperty() {
        return referenceFolder;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public BooleanProperty maskedProperty() {
        return masked;
    }

    /** Text size in CSS pixels, 11…18, or 0 for the system's size. */
    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    /** The outlier thresholds in file order, each with its reason. */
    public ObservableList<ThresholdRow> thresholds() {
        return thresholds;
    }

    /** The user's thresholds file, or null when there is none to edit. */
    public Path thresholdsFile() {
        return thresholdsFile;
    }

    /** Why the user's thresholds file is not in use (the defaults are shown), or "". */
    public ReadOnlyStringProperty thresholdsProblemProperty() {
        return thresholdsProblem.getReadOnlyProperty();
    }

    /** True once the thresholds have been read (the tab shows the defaults until then). */
    public ReadOnlyBooleanProperty thresholdsReadyProperty() {
        return thresholdsReady.getReadOnlyProperty();
    }

    /** What is wrong with the values, one problem a line, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ------------------------------------------------------------ actions

    /** Fills the fields from the settings and the window, and reads the thresholds file (off the UI thread). */
    public void load() {
        dateRule.set(settings.submissionDateRule());
        fixedDate.set(settings.fixedSubmissionDate().orElse(null));
        referenceFolder.set(settings.referenceFolder().map(Path::toString).orElse(""));
        dark.set(liveDark.get());
        masked.set(liveMasked.get());
        fontSize.set(liveFontSize.get());
        message.set("");
        if (thresholdsFile == null) {
            thresholdsReady.set(true);
            return;
        }
        runner.run(cancel -> OutlierSettingsFile.load(thresholdsFile), loaded -> {
            Properties p = loaded.settings().toProperties();
            Map<String, String> values = new LinkedHashMap<>();
            for (ThresholdRow row : thresholds) {
                String v = p.getProperty(row.key(), row.defaultValue());
                row.value.set(v);
                values.put(row.key(), v);
            }
            loadedThresholds = values;
            thresholdsProblem.set(loaded.problem().orElse(""));
            thresholdsReady.set(true);
        }, e -> {
            thresholdsProblem.set("The outlier settings in " + thresholdsFile + " could not be read; the built-in"
                    + " thresholds are shown.");
            thresholdsReady.set(true);
        });
    }

    /** Puts every threshold back to its built-in value (saved only with the rest). */
    public void restoreDefaultThresholds() {
        for (ThresholdRow row : thresholds) {
            row.value.set(row.defaultValue());
        }
    }

    /** Checks every value; marks each bad threshold and returns the problems in words (empty when all is well). */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (dateRule.get() == SubmissionDateRule.FIXED && fixedDate.get() == null) {
            problems.add("Choose the fixed submission date, or another submission date rule.");
        }
        int size = fontSize.get();
        if (size != 0 && (size < WorkbenchSettings.MIN_FONT_SIZE || size > WorkbenchSettings.MAX_FONT_SIZE)) {
            problems.add("Text size " + size + " is outside " + WorkbenchSettings.MIN_FONT_SIZE + " to "
                    + WorkbenchSettings.MAX_FONT_SIZE + ".");
        }
        boolean rowsOk = true;
        for (ThresholdRow row : thresholds) {
            String p = checkOne(row);
            row.problem.set(p);
            if (!p.isEmpty()) {
                problems.add(p);
                rowsOk = false;
            }
        }
        if (rowsOk) {
            OutlierSettingsTemplate.Result r = OutlierSettingsTemplate.check(thresholdValues());
            if (!r.ok()) {
                String text = r.problem() + ".";
                problems.add(text);
                for (ThresholdRow row : thresholds) {
                    if (r.problem().contains(row.key())) {
                        row.problem.set(text);
                    }
                }
            }
        }
        message.set(String.join("\n", problems));
        return problems;
    }

    private static String checkOne(ThresholdRow row) {
        String v = row.value.get() == null ? "" : row.value.get().strip();
        if (v.isEmpty()) {
            return row.kind() == Kind.CODES ? "" : row.key() + " is empty; enter a value (the default is "
                    + row.defaultValue() + ").";
        }
        switch (row.kind()) {
            case WHOLE -> {
                try {
                    if (Integer.parseInt(v) < 0) {
                        return row.key() + " '" + v + "' is negative; expected a whole number of 0 or more.";
                    }
                } catch (NumberFormatException e) {
                    return row.key() + " '" + v + "' is not a whole number; expected digits only, e.g. "
                            + row.defaultValue() + ".";
                }
            }
            case NUMBER -> {
                try {
                    double d = Double.parseDouble(v);
                    if (!Double.isFinite(d) || d < 0) {
                        return row.key() + " '" + v + "' is not a number of 0 or more.";
                    }
                } catch (NumberFormatException e) {
                    return row.key() + " '" + v + "' is not a number; expected e.g. " + row.defaultValue()
                            + " (a point, not a comma, before the decimals).";
                }
            }
            default -> {
                // codes: OutlierSettings names any code that is not a DQW code
            }
        }
        return "";
    }

    private Map<String, String> thresholdValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (ThresholdRow row : thresholds) {
            values.put(row.key(), row.value.get() == null ? "" : row.value.get().strip());
        }
        return values;
    }

    /** True when a threshold differs from what was read. */
    public boolean thresholdsChanged() {
        Map<String, String> now = thresholdValues();
        Map<String, String> before = loadedThresholds.isEmpty() ? defaults() : loadedThresholds;
        for (Map.Entry<String, String> e : now.entrySet()) {
            if (!Objects.equals(e.getValue(), before.getOrDefault(e.getKey(), ""))) {
                return true;
            }
        }
        return false;
    }

    private Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        thresholds.forEach(r -> d.put(r.key(), r.defaultValue()));
        return d;
    }

    /**
     * Saves when every value is valid: theme, masking and text size change at once; the rest is stored
     * for the next open; changed thresholds are written to the user's file off the UI thread.
     *
     * @return false (nothing saved, {@link #messageProperty()} says why) when a value is wrong
     */
    public boolean save() {
        if (!validate().isEmpty()) {
            return false;
        }
        liveDark.set(dark.get());
        liveMasked.set(masked.get());
        liveFontSize.set(fontSize.get());
        settings.setSubmissionDateRule(dateRule.get());
        settings.setFixedSubmissionDate(fixedDate.get());
        String folder = referenceFolder.get() == null ? "" : referenceFolder.get().strip();
        settings.setReferenceFolder(folder.isEmpty() ? null : Path.of(folder));
        settings.flush();
        if (thresholdsFile != null && thresholdsReady.get() && thresholdsChanged()) {
            Map<String, String> values = thresholdValues();
            runner.run(cancel -> {
                template.save(thresholdsFile, values);
                return thresholdsFile;
            }, written -> {
                loadedThresholds = values;
                status.accept("Settings saved. The outlier thresholds were written to " + written
                        + "; they apply from the next start of DID Workbench.");
            }, e -> dialogs.showError("Could not save the outlier thresholds", e.getMessage() == null
                    ? "The file " + thresholdsFile + " could not be written." : e.getMessage()));
        } else {
            status.accept("Settings saved.");
        }
        return true;
    }
}
