package org.didworkbench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.didworkbench.domain.dataset.HeaderMode;

/** The real dialogs: native file choosers and JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final java.util.function.Supplier<java.util.List<String>> stylesheets;
    private java.util.function.Supplier<String> rootStyle = () -> "";
    private java.util.function.Supplier<java.util.List<ProfileOption>> profiles = () -> java.util.List.of(
            ProfileOption.DETECT);

    /** @param stylesheets the window's current stylesheets, so dialogs follow the theme */
    public FxDialogService(Window owner, java.util.function.Supplier<java.util.List<String>> stylesheets) {
        this.owner = owner;
        this.stylesheets = stylesheets;
    }

    /** The window's root style (its text size), so dialogs follow it. */
    public void useRootStyle(java.util.function.Supplier<String> style) {
        this.rootStyle = style;
    }

    /** The layouts the Open dialog offers (detect, the built-in profiles, the last profile file). */
    public void useProfiles(java.util.function.Supplier<java.util.List<ProfileOption>> options) {
        this.profiles = options;
    }

    @Override
    public Optional<Path> chooseSubmission(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a DID submission");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("DID submissions (*.csv, *.txt, *.xml)", "*.csv", "*.CSV", "*.txt",
                        "*.TXT", "*.xml", "*.XML"),
                new FileChooser.ExtensionFilter("Workbench workspaces, with their edits (*.didw)", "*.didw"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File f = chooser.showOpenDialog(ownerNow());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<OpenOptions> openOptions(Path file, OpenOptions defaults) {
        Dialog<OpenOptions> dialog = new Dialog<>();
        style(dialog);
        dialog.setTitle("Open " + file.getFileName());
        dialog.setHeaderText("How should " + file.getFileName() + " be checked?");
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);

        DatePicker date = new DatePicker(defaults.submissionDate());
        date.setId("open-submission-date");
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.format(DateTimeFormatter.ISO_LOCAL_DATE);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
                } catch (RuntimeException e) {
                    return date.getValue();
                }
            }
        });
        date.setPromptText("CCYY-MM-DD");
        TextField folder = new TextField(defaults.referenceFolder() == null ? "" : defaults.referenceFolder().toString());
        folder.setId("open-reference");
        folder.setPrefColumnCount(32);
        HBox refRow = ReferenceFolderRow.of(folder, () -> dialog.getDialogPane().getScene().getWindow());
        ChoiceBox<HeaderMode> header = new ChoiceBox<>();
        header.getItems().addAll(HeaderMode.AUTO, HeaderMode.NO, HeaderMode.YES);
        header.setValue(defaults.header());
        header.setConverter(new StringConverter<>() {
            @Override
            public String toString(HeaderMode m) {
                return m == null ? "" : switch (m) {
                    case AUTO -> "Detect (item names or data)";
                    case NO -> "Data (no header row, as the national format)";
                    case YES -> "Item names (a header row)";
                };
            }

            @Override
            public HeaderMode fromString(String s) {
                return HeaderMode.AUTO;
            }
        });

        ComboBox<ProfileOption> layout = profileChoice(defaults.profile(), dialog);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(12, 12, 4, 12));
        grid.add(new Label("Submission date"), 0, 0);
        grid.add(date, 1, 0);
        grid.add(hint("The day the file will reach NHS England; it decides the cut-off and future-date rules."), 1, 1);
        grid.add(new Label("Reference data"), 0, 2);
        grid.add(refRow, 1, 2);
        grid.add(hint("A folder holding ods/, postcodes/ and nicip/. Without it, the rules that need it are"
                + " listed as not checked, never as passed."), 1, 3);
        grid.add(new Label("First row"), 0, 4);
        grid.add(header, 1, 4);
        grid.add(new Label("Layout"), 0, 5);
        grid.add(layout, 1, 5);
        Label layoutHint = hint("");
        layoutHint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            ProfileOption o = layout.getValue();
            if (o == null || o.value() == null) {
                return "Detected from the header row, the number of fields and the values (XML by its root element).";
            }
            return o.provisional() ? "Provisional: its layout and some rules are the workbench's reading of the public"
                    + " guidance, not NHS England's full rule list." : o.isFile()
                    ? "Your profile file: " + o.value() : "The file is checked as this layout, whatever it looks like.";
        }, layout.valueProperty()));
        grid.add(layoutHint, 1, 6);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(bt -> {
            if (bt != open) {
                return null;
            }
            LocalDate d = date.getConverter().fromString(date.getEditor().getText());
            String f = folder.getText().strip();
            ProfileOption chosen = layout.getValue();
            return new OpenOptions(d == null ? defaults.submissionDate() : d, f.isEmpty() ? null : Path.of(f),
                    header.getValue(), chosen == null ? null : chosen.value());
        });
        return dialog.showAndWait();
    }

    /**
     * The layout choice: detect, each built-in profile, the last profile file, and "Profile file…",
     * which asks for a file and adds it.
     */
    private ComboBox<ProfileOption> profileChoice(String current, Dialog<?> dialog) {
        ProfileOption browse = new ProfileOption(null, "Profile file\u2026", false);
        ComboBox<ProfileOption> box = new ComboBox<>();
        box.setId("open-profile");
        box.getItems().setAll(profiles.get());
        box.getItems().add(browse);
        box.setValue(ProfileOption.find(box.getItems(), current));
        if (!box.getItems().contains(box.getValue())) {
            box.getItems().add(box.getItems().size() - 1, box.getValue());
        }
        StringConverter<ProfileOption> words = new StringConverter<>() {
            @Override
            public String toString(ProfileOption o) {
                return o == null ? "" : o.provisional() ? o.label().replaceFirst("(?i)\\s*\\(provisional\\)\\s*$", "")
                        + " \u2014 provisional" : o.label();
            }

            @Override
            public ProfileOption fromString(String s) {
                return null;
            }
        };
        box.setConverter(words);
        ProfileOption[] last = {box.getValue()};
        box.valueProperty().addListener((o, before, now) -> {
            if (now != browse) {
                last[0] = now;
                return;
            }
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a profile file (your layout and rules)");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Profile files (*.json)", "*.json"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File f = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            // Set the value after this change has finished, not inside its listener.
            javafx.application.Platform.runLater(() -> {
                if (f == null) {
                    box.setValue(last[0]);
                    return;
                }
                ProfileOption file = ProfileOption.file(f.toPath());
                box.getItems().remove(file);
                box.getItems().add(box.getItems().size() - 1, file);
                box.setValue(file);
            });
        });
        return box;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(460);
        l.getStyleClass().add("hint");
        return l;
    }

    @Override
    public Optional<Path> chooseExportTarget(Path folder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the corrected file");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"));
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showSaveDialog(ownerNow())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseReportTarget(Path folder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the quality report");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("PDF for printing (*.pdf)", "*.pdf"),
                new FileChooser.ExtensionFilter("Web page (*.html)", "*.html"));
        if (suggestedName.toLowerCase(java.util.Locale.ROOT).endsWith(".html")) { // Save as HTML
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(1));
        }
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showSaveDialog(ownerNow())).map(File::toPath).map(p -> {
            String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            boolean html = chooser.getSelectedExtensionFilter() != null
                    && chooser.getSelectedExtensionFilter().getDescription().startsWith("Web");
            return n.endsWith(".pdf") || n.endsWith(".html") || n.endsWith(".htm") ? p
                    : p.resolveSibling(p.getFileName() + (html ? ".html" : ".pdf"));
        });
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        return a.showAndWait().filter(b -> b == yes).isPresent();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type);
        style(a);
        a.setTitle(title);
        a.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        // A preferred width, not only a maximum: the dialog takes its content's preferred size, and a long
        // message would otherwise make it as wide as the screen on one line.
        text.setPrefWidth(Math.min(480, Math.max(280, message.length() * 3.5)));
        text.setMaxWidth(480);
        text.setPrefWidth(480); // else a long message makes the dialog as wide as its whole text
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setContent(text);
        return a;
    }

    /**
     * The window a dialog belongs to: the one the user is working in when it is one of ours (a report
     * preview, modal to the main window, must own its own save dialogs and messages), else the main window.
     */
    private Window ownerNow() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.isFocused() && (w == owner || ownedBy(w, owner)))
                .findFirst().orElse(owner);
    }

    private static boolean ownedBy(Window w, Window owner) {
        return w instanceof javafx.stage.Stage s && s.getOwner() != null
                && (s.getOwner() == owner || ownedBy(s.getOwner(), owner));
    }

    private void style(Dialog<?> d) {
        d.initOwner(ownerNow());
        d.getDialogPane().getStylesheets().setAll(stylesheets.get());
        d.getDialogPane().setStyle(rootStyle.get());
    }
}
