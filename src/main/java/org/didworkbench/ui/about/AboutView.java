package org.didworkbench.ui.about;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help › About: the version, the Java and JavaFX it runs on, its folders, and the bundled libraries' licences. */
public final class AboutView {
    private final Dialog<Void> dialog = new Dialog<>();

    public AboutView(Window owner, AboutInfo info, List<Licences.Library> libraries, List<String> stylesheets,
                     String rootStyle) {
        dialog.initOwner(owner);
        dialog.setTitle("About DID Workbench");
        var pane = dialog.getDialogPane();
        pane.getStylesheets().setAll(stylesheets);
        pane.setStyle(rootStyle);
        pane.setId("about-dialog");
        pane.getButtonTypes().add(ButtonType.CLOSE);

        ImageView icon = new ImageView();
        var url = AboutView.class.getResource("/org/didworkbench/ui/icons/did-workbench-64.png");
        if (url != null) {
            icon.setImage(new Image(url.toExternalForm()));
        }
        Label name = new Label("DID Workbench");
        name.getStyleClass().add("about-title");
        Label version = new Label("Version " + info.version());
        version.setId("about-version");
        Label what = new Label("Checks NHS Diagnostic Imaging Data Set submissions against the national rules before"
                + " you send them. It never changes the file you open: corrections go to a new file.");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        what.getStyleClass().add("hint");
        VBox words = new VBox(2, name, version, what);
        HBox head = new HBox(14, icon, words);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        int r = 0;
        r = fact(facts, r, "Java", info.java());
        r = fact(facts, r, "JavaFX", info.javafx());
        r = fact(facts, r, "System", info.os());
        r = fact(facts, r, "Workspaces", info.workspaceFolder() == null ? "unknown" : info.workspaceFolder().toString());
        r = fact(facts, r, "Outlier settings", info.thresholdsFile() == null ? "none"
                : info.thresholdsFile().toString());
        fact(facts, r, "Sample", info.sample() == null ? "not found" : info.sample().toString());
        var grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), grow);

        Button copy = new Button("Copy these details");
        copy.setId("about-copy");
        copy.setTooltip(new Tooltip("For a support request: versions and folders, no patient data"));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(info.asText());
            Clipboard.getSystemClipboard().setContent(c);
            copy.setText("Copied");
        });

        Label libsTitle = new Label("Bundled libraries and their licences");
        libsTitle.getStyleClass().add("pane-subtitle");
        TableView<Licences.Library> table = new TableView<>();
        table.setId("about-licences");
        table.getItems().setAll(libraries);
        table.getColumns().add(column("Library", Licences.Library::name, 250));
        table.getColumns().add(column("Version", Licences.Library::version, 80));
        table.getColumns().add(column("Licence", Licences.Library::licence, 230));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(250);
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<Licences.Library>();
            row.itemProperty().addListener((o, a, lib) -> row.setTooltip(lib == null ? null
                    : new Tooltip(lib.coordinates() + " " + lib.version() + "\n" + lib.licence() + ": " + lib.url())));
            return row;
        });
        Label note = new Label("Each library keeps its own licence; hover over a row for the address of its full"
                + " text. JavaFX is used under the Classpath Exception, and Open HTML to PDF under the LGPL as a"
                + " separate library inside the jar, which may be replaced. SQLite itself, inside SQLite JDBC, is in"
                + " the public domain.");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("hint");

        VBox content = new VBox(12, head, facts, copy, libsTitle, table, note);
        content.setPadding(new Insets(8, 12, 0, 12));
        content.getStyleClass().add("about-content"); // its width in em, so it grows with the text size
        content.setMinHeight(Region.USE_PREF_SIZE);
        pane.setContent(content);
    }

    public void showAndWait() {
        dialog.showAndWait();
    }

    private static int fact(GridPane grid, int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add("form-label");
        n.setMinWidth(Region.USE_PREF_SIZE);
        // Selectable, so a path can be copied; looks like text.
        TextField v = new TextField(value);
        v.setEditable(false);
        v.getStyleClass().add("selectable-text");
        v.setFocusTraversable(false);
        grid.add(n, 0, row);
        grid.add(v, 1, row);
        return row + 1;
    }

    private static TableColumn<Licences.Library, String> column(String title,
                                                                java.util.function.Function<Licences.Library, String> f,
                                                                double width) {
        TableColumn<Licences.Library, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())).getReadOnlyProperty());
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
