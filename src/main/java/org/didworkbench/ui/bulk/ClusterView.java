package org.didworkbench.ui.bulk;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.didworkbench.domain.bulk.ValueCount;
import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.service.ClusterChoice;

/**
 * The content of the cluster dialog: the item, its groups of similar values largest first, and for the
 * chosen group its values with their counts and which pass the item's checks, the value to merge into
 * and the Merge button.
 */
final class ClusterView {
    private final VBox root;

    ClusterView(ClusterViewModel vm, ObservableBooleanValue masked) {
        ComboBox<Integer> item = BulkEditView.itemChooser(vm.items());
        item.setId("cluster-item");
        item.setValue(vm.itemProperty().get());
        item.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.itemProperty().set(b);
            }
        });
        HBox.setHgrow(item, Priority.ALWAYS);
        Label in = new Label("Item");
        HBox top = new HBox(10, in, item);
        top.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());
        busy.managedProperty().bind(vm.loadingProperty());
        HBox summary = new HBox(8, busy, BulkViews.summary("cluster-summary", vm.summaryProperty()));
        summary.setAlignment(Pos.CENTER_LEFT);

        ListView<ClusterChoice> groups = new ListView<>(vm.clusters());
        groups.setId("cluster-list");
        groups.setPlaceholder(new Label("No groups of similar values."));
        groups.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ClusterChoice c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                DataItem d = vm.items().get(vm.itemProperty().get());
                Label values = new Label(String.join("  \u00B7  ", c.cluster().values().stream()
                        .map(v -> BulkViews.shown(d, v.value(), masked.get())).toList()));
                values.getStyleClass().add("cluster-values");
                values.setMinWidth(0);
                Label count = new Label(String.format("%,d records, %d ways of writing it", c.cluster().records(),
                        c.cluster().values().size()));
                count.getStyleClass().add("hint");
                setText(null);
                setGraphic(new VBox(1, values, count));
            }
        });
        groups.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null && c != vm.chosenProperty().get()) {
                vm.chosenProperty().set(c);
            }
        });
        vm.chosenProperty().addListener((o, a, c) -> {
            if (c != null && groups.getSelectionModel().getSelectedItem() != c) {
                groups.getSelectionModel().select(c);
            }
        });

        TableView<ValueCount> values = BulkViews.table("cluster-values", "Choose a group on the left.");
        values.getColumns().add(BulkViews.valueColumn("Value", 200,
                v -> vm.items().get(vm.itemProperty().get()), ValueCount::value, masked, "value-column"));
        values.getColumns().add(BulkViews.column("Records", 80, v -> String.format("%,d", v.count())));
        values.getColumns().add(BulkViews.column("Passes the checks", 130,
                v -> vm.chosenProperty().get() != null && vm.chosenProperty().get().valid().contains(v.value())
                        ? "\u2713 yes" : "no"));
        vm.chosenProperty().addListener((o, a, c) -> values.setItems(c == null ? FXCollections.observableArrayList()
                : FXCollections.observableArrayList(c.cluster().values())));
        if (vm.chosenProperty().get() != null) {
            values.setItems(FXCollections.observableArrayList(vm.chosenProperty().get().cluster().values()));
        }
        VBox.setVgrow(values, Priority.ALWAYS);

        ComboBox<String> target = new ComboBox<>();
        target.setId("cluster-target");
        target.setEditable(true);
        target.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(target, Priority.ALWAYS);
        vm.chosenProperty().addListener((o, a, c) -> target.getItems().setAll(c == null ? java.util.List.of()
                : c.cluster().values().stream().map(ValueCount::value).toList()));
        target.getEditor().textProperty().bindBidirectional(vm.targetProperty());
        target.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.targetProperty().set(b);
            }
        });
        Label into = new Label("Merge into");
        HBox targetRow = new HBox(10, into, target);
        targetRow.setAlignment(Pos.CENTER_LEFT);
        Label mergeText = BulkViews.summary("cluster-merge-text", vm.mergeTextProperty());
        Button merge = new Button("Merge");
        merge.setId("cluster-merge");
        merge.getStyleClass().add("accent-button");
        merge.disableProperty().bind(vm.canMergeProperty().not());
        merge.setOnAction(e -> vm.merge());
        VBox right = new VBox(8, values, targetRow, mergeText, BulkViews.note("cluster-note", vm.noteProperty()),
                merge);
        right.setPadding(new Insets(0, 0, 0, 10));

        SplitPane split = new SplitPane(groups, right);
        split.setDividerPositions(0.46);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label status = new Label();
        status.setId("cluster-status");
        status.getStyleClass().add("bulk-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);

        root = new VBox(10, top, summary, split, status,
                BulkViews.hint("Values are grouped when they differ only in capitals, spaces or punctuation. Each merge"
                        + " is one step: Edit \u203A Undo puts it back, and the change log names the values merged."));
        root.setPadding(new Insets(4, 0, 0, 0));
        root.setPrefSize(900, 560);
        root.getStyleClass().add("bulk-dialog");
        root.setId("cluster-dialog");
    }

    Node node() {
        return root;
    }
}
