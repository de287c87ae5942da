package org.didworkbench.ui.settings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.didworkbench.ui.common.SubmissionDateRule;
import org.didworkbench.ui.common.WorkbenchSettings;

/** The settings dialog: three tabs over a {@link SettingsViewModel}; OK saves only when every value is valid. */
public final class SettingsView {
    private final SettingsViewModel vm;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final int systemFontSize;

    /**
     * @param systemFontSize the system's text size in pixels, named in the text size choice
     * @param stylesheets    the window's stylesheets and root style, so the dialog follows the theme and size
     */
    public SettingsView(SettingsViewModel vm, Window owner, List<String> stylesheets, String rootStyle,
                        int systemFontSize) {
        this.vm = vm;
        this.systemFontSize = systemFontSize;
        dialog.initOwner(owner);
        dialog.setTitle("Settings");
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.getStylesheets().setAll(stylesheets);
        pane.setStyle(rootStyle);
        pane.getStyleClass().add("settings-dialog");
        pane.setId("settings-dialog");
        pane.getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        TabPane tabs = new TabPane(
                tab("Opening files", opening()),
                tab("Display", display()),
                tab("Outlier thresholds", thresholds()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("settings-tabs");

        Label when = new Label(SettingsViewModel.WHEN_APPLIED);
        when.setWrapText(true);
        when.setMinHeight(Region.USE_PREF_SIZE);
        when.getStyleClass().add("hint");
        Label problems = new Label();
        problems.setId("settings-problems");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.getStyleClass().add("form-error");
        problems.textProperty().bind(vm.messageProperty());
        problems.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        VBox content = new VBox(10, tabs, problems, when);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        content.getStyleClass().add("settings-content"); // sized in em: it grows with the text size
        pane.setContent(content);

        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        ok.setId("settings-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.save()) {
                e.consume(); // stay open: the message says what to correct
            }
        });
        ButtonBar.setButtonData(ok, ButtonBar.ButtonData.OK_DONE);
    }

    /** Shows the dialog and waits; the view model has saved when OK closed it. */
    public void showAndWait() {
        vm.load();
        dialog.showAndWait();
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    // ------------------------------------------------------------ opening files

    private Node opening() {
        ToggleGroup rules = new ToggleGroup();
        VBox ruleBox = new VBox(6);
        DatePicker fixed = new DatePicker();
        fixed.setId("settings-fixed-date");
        fixed.setPromptText("CCYY-MM-DD");
        fixed.setConverter(isoDates(fixed));
        fixed.valueProperty().bindBidirectional(vm.fixedDateProperty());
        for (SubmissionDateRule r : SubmissionDateRule.values()) {
            RadioButton b = new RadioButton(r.label());
            b.setId("settings-rule-" + r.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(rules);
            b.setUserData(r);
            b.setSelected(vm.dateRuleProperty().get() == r);
            if (r == SubmissionDateRule.FIXED) {
                HBox row = new HBox(10, b, fixed);
                row.setAlignment(Pos.CENTER_LEFT);
                ruleBox.getChildren().add(row);
            } else {
                ruleBox.getChildren().add(b);
            }
        }
        vm.dateRuleProperty().addListener((o, a, r) -> rules.getToggles().stream()
                .filter(t -> t.getUserData() == r).findFirst().ifPresent(t -> t.setSelected(true)));
        rules.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.dateRuleProperty().set((SubmissionDateRule) t.getUserData());
            }
        });
        fixed.disableProperty().bind(vm.dateRuleProperty().isNotEqualTo(SubmissionDateRule.FIXED));

        TextField folder = new TextField();
        folder.setId("settings-reference");
        folder.textProperty().bindBidirectional(vm.referenceFolderProperty());
        HBox refRow = org.didworkbench.ui.common.ReferenceFolderRow.of(folder,
                () -> dialog.getDialogPane().getScene().getWindow());

        GridPane grid = form();
        grid.add(label("Submission date"), 0, 0);
        grid.add(ruleBox, 1, 0);
        grid.add(hint("The date the Open dialog starts from; you can still change it there for each file. It is the"
                + " day the file reaches NHS England, and decides the cut-off rules (DIDS049, DIDS055) and the"
                + " future-date rules (DIDS051, DIDS066)."), 1, 1);
        grid.add(label("Reference data"), 0, 2);
        grid.add(refRow, 1, 2);
        grid.add(hint("A folder holding ods/, postcodes/ and nicip/ (docs/reference-data.md). The Open dialog starts"
                + " with it, and it follows the folder you open files with. Without it the rules that need reference"
                + " data are listed as not checked, never as passed."), 1, 3);
        return padded(grid);
    }

    // ------------------------------------------------------------ display

    private Node display() {
        ToggleGroup theme = new ToggleGroup();
        RadioButton light = new RadioButton("Light");
        light.setId("settings-light");
        RadioButton dark = new RadioButton("Dark");
        dark.setId("settings-dark");
        light.setToggleGroup(theme);
        dark.setToggleGroup(theme);
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        light.setSelected(!vm.darkProperty().get());
        vm.darkProperty().addListener((o, a, d) -> light.setSelected(!d));

        ComboBox<Integer> size = new ComboBox<>();
        size.setId("settings-font-size");
        size.getItems().add(0);
        for (int i = WorkbenchSettings.MIN_FONT_SIZE; i <= WorkbenchSettings.MAX_FONT_SIZE; i++) {
            size.getItems().add(i);
        }
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                if (v == null) {
                    return "";
                }
                return v == 0 ? "System (" + systemFontSize + ")" : v + (v == systemFontSize ? " (system)" : "");
            }

            @Override
            public Integer fromString(String s) {
                return 0;
            }
        });
        size.setValue(vm.fontSizeProperty().get());
        size.valueProperty().addListener((o, a, v) -> vm.fontSizeProperty().set(v == null ? 0 : v));
        vm.fontSizeProperty().addListener((o, a, v) -> size.setValue(v.intValue()));
        size.setVisibleRowCount(10);

        CheckBox mask = new CheckBox("Mask NHS number, birth date and postcode on screen (Ctrl+M)");
        mask.setId("settings-mask");
        mask.selectedProperty().bindBidirectional(vm.maskedProperty());

        GridPane grid = form();
        grid.add(label("Theme"), 0, 0);
        grid.add(new HBox(16, light, dark), 1, 0);
        grid.add(label("Text size"), 0, 1);
        grid.add(size, 1, 1);
        grid.add(hint("In pixels; every part of the window scales with it, the table's rows too."), 1, 2);
        grid.add(label("Identifiers"), 0, 3);
        grid.add(mask, 1, 3);
        grid.add(hint("Keeps the last three digits of the NHS number, the year of birth and the outward code, for"
                + " screen sharing. Exports and reports are not affected."), 1, 4);
        return padded(grid);
    }

    // ------------------------------------------------------------ thresholds

    private Node thresholds() {
        Label where = new Label();
        where.setWrapText(true);
        where.getStyleClass().add("hint");
        where.setText(vm.thresholdsFile() == null ? "No user settings file is available on this machine."
                : "Saved to " + vm.thresholdsFile() + ". Keys left at their defaults stay comments there, so a later"
                + " release's better default still reaches you. All these checks only ever add warnings (DQW codes);"
                + " none changes the national verdict.");
        Label problem = new Label();
        problem.setId("settings-thresholds-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("form-error");
        problem.textProperty().bind(javafx.beans.binding.Bindings.when(vm.thresholdsProblemProperty().isEmpty())
                .then("").otherwise(vm.thresholdsProblemProperty().concat(" The built-in values are shown; change one"
                        + " and press OK to replace the file with what is shown here.")));
        problem.visibleProperty().bind(vm.thresholdsProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button restore = new Button("Restore the defaults");
        restore.setId("settings-restore-thresholds");
        restore.setOnAction(e -> vm.restoreDefaultThresholds());
        restore.setDisable(vm.thresholdsFile() == null);
        restore.setMinWidth(Region.USE_PREF_SIZE);
        where.setMinHeight(Region.USE_PREF_SIZE);
        Label title = new Label("Outlier and plausibility thresholds, each with the reason for its value");
        title.getStyleClass().add("form-label");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox titleRow = new HBox(12, title, spring, restore);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, titleRow, where);

        VBox rows = new VBox(0);
        rows.getStyleClass().add("threshold-list");
        for (SettingsViewModel.ThresholdRow row : vm.thresholds()) {
            rows.getChildren().add(thresholdRow(row));
        }
        if (vm.thresholdsFile() == null) {
            rows.setDisable(true);
        } else {
            rows.disableProperty().bind(vm.thresholdsReadyProperty().not());
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("threshold-scroll");
        VBox box = new VBox(8, top, problem, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node thresholdRow(SettingsViewModel.ThresholdRow row) {
        Label key = new Label(row.key());
        key.getStyleClass().add("threshold-key");
        key.setMinWidth(Region.USE_PREF_SIZE);
        TextField value = new TextField();
        value.setId("threshold-" + row.key());
        value.setPrefColumnCount(row.kind() == SettingsViewModel.Kind.CODES ? 16 : 6);
        value.textProperty().bindBidirectional(row.valueProperty());
        value.setPromptText(row.kind() == SettingsViewModel.Kind.CODES ? "none (DQW codes, commas)" : row.defaultValue());
        value.setAccessibleText(row.key());
        Label def = new Label(row.kind() == SettingsViewModel.Kind.CODES ? "default: none"
                : "default " + row.defaultValue());
        def.getStyleClass().add("hint");
        def.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox line = new HBox(10, key, spring, def, value);
        line.setAlignment(Pos.CENTER_LEFT);
        Label reason = new Label(sentence(row.reason()));
        reason.setWrapText(true);
        reason.getStyleClass().add("threshold-reason");
        reason.setMinHeight(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("form-error");
        problem.textProperty().bind(row.problemProperty());
        problem.visibleProperty().bind(row.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        row.problemProperty().addListener((o, a, p) -> value.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), !p.isEmpty()));
        VBox box = new VBox(3, line, reason, problem);
        box.getStyleClass().add("threshold-row");
        Tooltip tip = new Tooltip(sentence(row.reason()));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        Tooltip.install(key, tip);
        return box;
    }

    // ------------------------------------------------------------ helpers

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        var c0 = new javafx.scene.layout.ColumnConstraints();
        c0.setMinWidth(Region.USE_PREF_SIZE);
        var c1 = new javafx.scene.layout.ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        grid.getColumnConstraints().addAll(c0, c1);
        return grid;
    }

    private static Node padded(Node n) {
        VBox box = new VBox(n);
        box.setPadding(new Insets(16, 16, 12, 16));
        return box;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-label");
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        return l;
    }

    /** The reasons are written as clauses ("below about 50 waits ..."); shown alone, they start with a capital. */
    private static String sentence(String reason) {
        return reason.isEmpty() ? reason : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("hint");
        l.setPadding(new Insets(0, 0, 10, 0));
        return l;
    }

    private static StringConverter<LocalDate> isoDates(DatePicker picker) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.format(DateTimeFormatter.ISO_LOCAL_DATE);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
                } catch (RuntimeException e) {
                    return picker.getValue();
                }
            }
        };
    }
}
