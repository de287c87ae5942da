package org.didworkbench.ui.bulk;

import java.util.List;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.didworkbench.domain.dataset.CodeValue;
import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.service.BulkChange;
import org.didworkbench.ui.records.DateEntry;

/**
 * The content of the find-and-replace and set-value dialogs: the inputs, a Preview button, the count,
 * and the first changes listed as line, accession number, before → after.
 */
final class BulkEditView {
    private final VBox root;

    private BulkEditView(BulkEditViewModel vm, Node inputs, ObservableBooleanValue masked, DataItem[] shownItem,
                         String id) {
        Button preview = new Button("Preview");
        preview.setId(id + "-preview");
        preview.setOnAction(e -> vm.preview());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());
        busy.managedProperty().bind(vm.loadingProperty());
        Label summary = BulkViews.summary(id + "-summary", vm.summaryProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox line = new HBox(10, preview, busy, summary);
        line.setAlignment(Pos.CENTER_LEFT);

        TableView<BulkChange> table = BulkViews.table(id + "-table", "Choose Preview to list the changes.");
        table.setItems(vm.rows());
        table.getColumns().add(BulkViews.lineColumn(BulkChange::line));
        table.getColumns().add(BulkViews.column("Accession number", 160, BulkChange::accession));
        table.getColumns().add(BulkViews.valueColumn("Before", 170, c -> shownItem[0], BulkChange::before, masked,
                "before-column"));
        table.getColumns().add(BulkViews.arrowColumn());
        table.getColumns().add(BulkViews.valueColumn("After", 170, c -> shownItem[0], BulkChange::after, masked,
                "after-column"));
        VBox.setVgrow(table, Priority.ALWAYS);

        root = new VBox(10, inputs, line, table, BulkViews.note(id + "-note", vm.noteProperty()),
                BulkViews.hint("Applying makes every change counted above in one step: Edit \u203A Undo (Ctrl+Z) puts them all"
                        + " back, and the change log records what made each one."));
        root.setPadding(new Insets(4, 0, 0, 0));
        root.setPrefSize(820, 560);
        root.getStyleClass().add("bulk-dialog");
        root.setId(id + "-dialog");
    }

    Node node() {
        return root;
    }

    /** Find and replace: the item, the texts, whole value and match case. */
    static BulkEditView replace(ReplaceViewModel vm, ObservableBooleanValue masked) {
        List<DataItem> items = vm.items();
        DataItem[] shown = {items.get(vm.itemProperty().get())};
        ComboBox<Integer> item = itemChooser(items);
        item.setId("replace-item");
        item.setValue(vm.itemProperty().get());
        item.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                shown[0] = items.get(b);
                vm.itemProperty().set(b);
            }
        });
        TextField find = new TextField();
        find.setId("replace-find");
        find.setPromptText("Text to find (plain text, no wildcards)");
        find.textProperty().bindBidirectional(vm.findProperty());
        TextField with = new TextField();
        with.setId("replace-with");
        with.setPromptText("Replacement (leave empty to delete the text)");
        with.textProperty().bindBidirectional(vm.replacementProperty());
        // Enter previews rather than applying: nothing changes until the user has seen the list.
        find.setOnAction(e -> {
            e.consume();
            vm.preview();
        });
        with.setOnAction(e -> {
            e.consume();
            vm.preview();
        });
        CheckBox whole = new CheckBox("Whole value only");
        whole.setId("replace-whole");
        whole.selectedProperty().bindBidirectional(vm.wholeValueProperty());
        CheckBox match = new CheckBox("Match case");
        match.setId("replace-case");
        match.selectedProperty().bindBidirectional(vm.caseSensitiveProperty());

        GridPane grid = grid();
        grid.addRow(0, new Label("In item"), item);
        grid.addRow(1, new Label("Find"), find);
        grid.addRow(2, new Label("Replace with"), with);
        grid.add(new HBox(16, whole, match), 1, 3);
        return new BulkEditView(vm, grid, masked, shown, "replace");
    }

    /** Set a value: the value (a code list for coded items, a date hint for dates). */
    static BulkEditView setValue(SetValueViewModel vm, ObservableBooleanValue masked) {
        DataItem d = vm.item();
        Node input;
        if (d.isCoded()) {
            ComboBox<String> codes = new ComboBox<>(FXCollections.observableArrayList(
                    d.codes().stream().map(CodeValue::code).toList()));
            codes.setId("set-value-input");
            codes.setEditable(true);
            codes.setPrefWidth(320);
            codes.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(String code, boolean empty) {
                    super.updateItem(code, empty);
                    setText(empty || code == null ? null : code + "  \u2014  " + meaning(d, code));
                }
            });
            codes.getEditor().textProperty().bindBidirectional(vm.valueProperty());
            codes.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    vm.valueProperty().set(b);
                }
            });
            input = codes;
        } else {
            TextField value = new TextField();
            value.setId("set-value-input");
            value.setPromptText(DateEntry.isDateFormat(d.format()) ? DateEntry.HINT + " (DD/MM/CCYY is converted)"
                    : "The value to set (leave empty to blank it)");
            value.textProperty().bindBidirectional(vm.valueProperty());
            value.setOnAction(e -> {
                e.consume();
                vm.preview();
            });
            input = value;
        }
        GridPane grid = grid();
        Label name = new Label(d.dataDictionaryName());
        name.getStyleClass().add("bulk-subtitle");
        grid.addRow(0, new Label("Item"), name);
        grid.addRow(1, new Label("New value"), input);
        grid.add(BulkViews.hint(String.format("Every one of the %,d selected records gets this value; records that"
                + " already hold it are left as they are.", vm.selected())), 1, 2);
        return new BulkEditView(vm, grid, masked, new DataItem[] {d}, "set-value");
    }

    private static String meaning(DataItem d, String code) {
        return d.codes().stream().filter(c -> c.code().equals(code)).map(CodeValue::meaning).findFirst().orElse("");
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** A chooser of items by their data dictionary names (values are item indexes). */
    static ComboBox<Integer> itemChooser(List<DataItem> items) {
        ComboBox<Integer> box = new ComboBox<>();
        for (int i = 0; i < items.size(); i++) {
            box.getItems().add(i);
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null || i < 0 || i >= items.size() ? "" : items.get(i).dataDictionaryName();
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        box.setVisibleRowCount(18);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
