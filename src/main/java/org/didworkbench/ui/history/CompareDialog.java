package org.didworkbench.ui.history;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.didworkbench.domain.history.ComparisonTable;
import org.didworkbench.ui.common.Markers;
import org.didworkbench.ui.records.CellPresenter.Mark;

/**
 * The "Compare with earlier months" window: the big shifts in words, notes, then one small table per
 * dimension in tabs (a shift's row is bold and marked by a triangle as well as colour), and the
 * thresholds. Binds to a {@link CompareViewModel}; builds nodes only.
 */
public final class CompareDialog {
    private static final PseudoClass SHIFT = PseudoClass.getPseudoClass("shift");

    private final CompareViewModel vm;
    private final Stage stage = new Stage();
    private final VBox shiftsBox = new VBox(4);
    private final VBox notesBox = new VBox(2);
    private final TabPane tabs = new TabPane();
    private final VBox root;

    /**
     * @param owner       the main window
     * @param stylesheets its stylesheets, so the dialog follows the theme
     */
    public CompareDialog(CompareViewModel vm, Window owner, List<String> stylesheets) {
        this.vm = vm;
        Label heading = new Label();
        heading.setId("compare-heading");
        heading.getStyleClass().add("compare-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(vm.headingProperty());
        Label against = new Label();
        against.setId("compare-against");
        against.getStyleClass().add("hint");
        against.setWrapText(true);
        against.textProperty().bind(vm.againstProperty());
        against.managedProperty().bind(against.textProperty().isNotEmpty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        spinner.visibleProperty().bind(vm.loadingProperty());
        spinner.managedProperty().bind(vm.loadingProperty());
        Label message = new Label();
        message.setId("compare-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        shiftsBox.setId("compare-shifts");
        notesBox.setId("compare-notes");
        tabs.setId("compare-tables");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.managedProperty().bind(tabs.visibleProperty());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label thresholds = new Label();
        thresholds.getStyleClass().add("hint");
        thresholds.setWrapText(true);
        thresholds.textProperty().bind(vm.thresholdsProperty());
        Button close = new Button("Close");
        close.setId("compare-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.OK_DONE);
        buttons.getButtons().add(close);

        for (Label l : List.of(heading, against, message, thresholds)) {
            l.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines take the height they need
        }
        root = new VBox(8, heading, against, spinner, message, shiftsBox, notesBox, tabs, thresholds, buttons);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("compare-dialog");
        vm.shifts().addListener((ListChangeListener<String>) c -> fillShifts());
        vm.notes().addListener((ListChangeListener<String>) c -> fillNotes());
        vm.tables().addListener((ListChangeListener<ComparisonTable>) c -> fillTables());
        fillShifts();
        fillNotes();
        fillTables();

        root.setPrefWidth(860);
        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle("Compare with earlier months");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setMinWidth(520);
        stage.setMinHeight(360);
    }

    /** Shows the window (it stays open until closed). */
    public void show() {
        stage.show();
    }

    /** The window, for tests. */
    public Stage stage() {
        return stage;
    }

    private void fillShifts() {
        shiftsBox.getChildren().clear();
        if (!vm.shifts().isEmpty()) {
            Label title = new Label(vm.shifts().size() == 1 ? "1 big shift" : vm.shifts().size() + " big shifts");
            title.getStyleClass().add("compare-section");
            shiftsBox.getChildren().add(title);
        }
        for (String s : vm.shifts()) {
            Label text = new Label(s);
            text.setWrapText(true);
            text.getStyleClass().add("compare-shift");
            text.setMinHeight(Region.USE_PREF_SIZE);
            HBox line = new HBox(8, Markers.mark(Mark.WARNING), text);
            line.setAlignment(Pos.CENTER_LEFT);
            shiftsBox.getChildren().add(line);
        }
        shiftsBox.setManaged(!vm.shifts().isEmpty());
    }

    private void fillNotes() {
        notesBox.getChildren().clear();
        for (String n : vm.notes()) {
            Label l = new Label("Note: " + n);
            l.setWrapText(true);
            l.getStyleClass().add("hint");
            l.setMinHeight(Region.USE_PREF_SIZE);
            notesBox.getChildren().add(l);
        }
        notesBox.setManaged(!vm.notes().isEmpty());
    }

    private void fillTables() {
        tabs.getTabs().clear();
        for (ComparisonTable t : vm.tables()) {
            Tab tab = new Tab(t.name() + (t.flagged() > 0 ? " (" + t.flagged() + ")" : ""), tableOf(t));
            tab.setId("compare-tab-" + t.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            if (t.flagged() > 0) {
                tab.setGraphic(Markers.mark(Mark.WARNING));
            }
            tabs.getTabs().add(tab);
        }
        // open on the first table with a shift: that is what the user came to see
        tabs.getTabs().stream().filter(tab -> tab.getGraphic() != null).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
        tabs.setVisible(!vm.tables().isEmpty());
        // tall enough for the tables when there are some; just the words when there is nothing to compare
        root.setPrefHeight(vm.tables().isEmpty() ? Region.USE_COMPUTED_SIZE : 640);
        if (stage.isShowing()) {
            stage.sizeToScene();
        }
    }

    private VBox tableOf(ComparisonTable t) {
        TableView<ComparisonTable.Row> table = new TableView<>();
        table.getStyleClass().add("compare-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("", ComparisonTable.Row::label, false, 300));
        table.getColumns().add(column(vm.beforeMonthProperty().get(), ComparisonTable.Row::before, true, 110));
        table.getColumns().add(column(vm.nowMonthProperty().get(), ComparisonTable.Row::now, true, 110));
        table.getColumns().add(column("Change", ComparisonTable.Row::change, true, 90));
        table.getColumns().add(column("", r -> r.flagged() ? "shift" : "", false, 70));
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(ComparisonTable.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(SHIFT, !empty && row != null && row.flagged());
            }
        });
        table.getItems().setAll(t.rows());
        VBox.setVgrow(table, Priority.ALWAYS);
        Label title = new Label(t.title());
        title.getStyleClass().add("compare-section");
        VBox box = new VBox(6, title, table);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static TableColumn<ComparisonTable.Row, String> column(String heading,
                                                                   Function<ComparisonTable.Row, String> value,
                                                                   boolean right, double width) {
        TableColumn<ComparisonTable.Row, String> c = new TableColumn<>(heading);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellFactory(col -> new TableCell<>() {
            private final Region mark = Markers.mark(Mark.WARNING);

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                boolean shift = !empty && "shift".equals(text) && !right;
                setGraphic(shift ? mark : null);
            }
        });
        if (right) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return c;
    }
}
