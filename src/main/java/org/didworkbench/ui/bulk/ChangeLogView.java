package org.didworkbench.ui.bulk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.service.ChangeLogRow;

/**
 * The content of the change-log dialog: filters, every change (time, user, kind, item, line, old → new,
 * reason, state), reverting the selected changes or a whole action, and the CSV export.
 */
final class ChangeLogView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final VBox root;

    ChangeLogView(ChangeLogViewModel vm, ObservableBooleanValue masked) {
        List<DataItem> items = vm.items();
        ComboBox<String> item = new ComboBox<>();
        item.setId("log-item");
        item.getItems().add(null);
        items.forEach(d -> item.getItems().add(d.name()));
        item.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "Any item" : vm.dictionaryName(name);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        item.setValue(vm.itemProperty().get());
        item.setVisibleRowCount(19);
        item.valueProperty().addListener((o, a, b) -> {
            vm.itemProperty().set(b);
            vm.reload();
        });
        TextField text = new TextField();
        text.setId("log-text");
        text.setPromptText("Reason or rule contains, e.g. DIDS017");
        text.setPrefColumnCount(20);
        text.textProperty().bindBidirectional(vm.textProperty());
        text.setOnAction(e -> vm.reload());
        TextField line = new TextField();
        line.setId("log-line");
        line.setPromptText("Line");
        line.setPrefColumnCount(7);
        line.textProperty().bindBidirectional(vm.lineProperty());
        line.setOnAction(e -> vm.reload());
        Button filter = new Button("Filter");
        filter.setId("log-filter");
        filter.setOnAction(e -> vm.reload());
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            vm.textProperty().set("");
            vm.lineProperty().set("");
            item.setValue(null);
            vm.reload();
        });
        HBox filters = new HBox(8, new Label("Show"), item, text, line, filter, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<ChangeLogRow> table = BulkViews.table("log-table", "No changes.");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setItems(vm.rows());
        table.getColumns().add(BulkViews.column("Time", 170, r -> TIME.format(r.entry().at())));
        table.getColumns().add(BulkViews.column("User", 70, r -> r.entry().user()));
        table.getColumns().add(BulkViews.column("Kind", 55, r -> r.entry().kind()));
        table.getColumns().add(BulkViews.column("Item", 245, r -> vm.dictionaryName(r.entry().item())));
        table.getColumns().add(BulkViews.lineColumn(r -> r.entry().line()));
        table.getColumns().add(BulkViews.valueColumn("Old value", 110, r -> vm.item(r.entry().item()),
                r -> r.entry().oldValue(), masked, "before-column"));
        table.getColumns().add(BulkViews.arrowColumn());
        table.getColumns().add(BulkViews.valueColumn("New value", 110, r -> vm.item(r.entry().item()),
                r -> r.entry().newValue(), masked, "after-column"));
        table.getColumns().add(BulkViews.column("State", 95, r -> state(r)));
        // The reason last: it takes the room left, and the row's tooltip shows it whole.
        table.getColumns().add(BulkViews.column("Reason", 280, r -> r.entry().reason().isBlank()
                ? "(typed in the table)" : r.entry().reason()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ChangeLogRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("superseded"),
                        !empty && row != null && !row.inEffect());
                setTooltip(empty || row == null ? null : new Tooltip("Change " + row.entry().action() + " \u00B7 "
                        + (row.entry().reason().isBlank() ? row.entry().kind() : row.entry().reason())));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button revert = new Button("Revert selected");
        revert.setId("log-revert");
        revert.setTooltip(new Tooltip("Put the selected changes back, as one step; changes no longer in effect are"
                + " left"));
        revert.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        revert.setOnAction(e -> vm.revert(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button revertAction = new Button("Revert whole action");
        revertAction.setId("log-revert-action");
        revertAction.setTooltip(new Tooltip("Put back every change made with the selected one (a whole bulk fix, say),"
                + " as one step"));
        revertAction.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        revertAction.setOnAction(e -> vm.revertAction(table.getSelectionModel().getSelectedItem()));
        Button export = new Button("Export change log\u2026");
        export.setId("log-export");
        export.setOnAction(e -> vm.export());
        TextField note = BulkViews.note("log-note", vm.noteProperty());
        note.setPromptText("Why you revert (optional; goes into the change log)");
        HBox.setHgrow(note, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.SOMETIMES);
        HBox actions = new HBox(8, note, revert, revertAction, gap, export);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("log-status");
        status.getStyleClass().add("bulk-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        root = new VBox(10, filters, BulkViews.summary("log-summary", vm.summaryProperty()), table, actions, status,
                BulkViews.hint("Greyed rows are no longer in effect: undone, or the value was changed again since."));
        root.setPadding(new Insets(4, 0, 0, 0));
        root.setPrefSize(1300, 600);
        root.getStyleClass().add("bulk-dialog");
        root.setId("change-log-dialog");
    }

    private static String state(ChangeLogRow r) {
        String s = r.entry().state();
        if (r.inEffect()) {
            return "in effect";
        }
        return switch (s) {
            case "undone" -> "undone";
            case "discarded" -> "discarded (undone)";
            default -> "changed since";
        };
    }

    Node node() {
        return root;
    }
}
