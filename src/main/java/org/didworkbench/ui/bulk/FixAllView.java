package org.didworkbench.ui.bulk;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.didworkbench.service.FixOptions.DateOrder;
import org.didworkbench.service.ProposedFix;
import org.didworkbench.ui.common.Markers;
import org.didworkbench.ui.records.CellPresenter.Mark;

/** The content of the "fix all like this" dialog: counts, what is left alone, the date order choice, every change. */
final class FixAllView {
    private final VBox root;

    FixAllView(FixAllViewModel vm, ObservableBooleanValue masked, java.util.List<org.didworkbench.domain.dataset.DataItem> items) {
        Label what = BulkViews.hint(vm.description());
        what.setId("fix-rule-description");

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());
        busy.managedProperty().bind(vm.loadingProperty());
        HBox summary = new HBox(8, busy, BulkViews.summary("fix-summary", vm.summaryProperty()));
        summary.setAlignment(Pos.CENTER_LEFT);

        Label left = new Label();
        left.setId("fix-left");
        left.getStyleClass().add("bulk-left");
        left.setWrapText(true);
        left.setMinHeight(Label.USE_PREF_SIZE);
        left.textProperty().bind(vm.leftAloneProperty());
        left.setGraphic(Markers.mark(Mark.WARNING));
        left.visibleProperty().bind(vm.leftAloneProperty().isNotEmpty());
        left.managedProperty().bind(left.visibleProperty());

        VBox dates = dateOrder(vm);

        TableView<ProposedFix> table = BulkViews.table("fix-table", "No value of this rule can be fixed safely.");
        table.setItems(vm.rows());
        table.getColumns().add(BulkViews.lineColumn(ProposedFix::line));
        table.getColumns().add(BulkViews.column("Accession number", 150, ProposedFix::accession));
        table.getColumns().add(BulkViews.column("Item", 190, ProposedFix::item));
        table.getColumns().add(BulkViews.valueColumn("Before", 130, f -> items.get(f.itemIndex()), ProposedFix::before,
                masked, "before-column"));
        table.getColumns().add(BulkViews.arrowColumn());
        table.getColumns().add(BulkViews.valueColumn("After", 130, f -> items.get(f.itemIndex()), ProposedFix::after,
                masked, "after-column"));
        VBox.setVgrow(table, Priority.ALWAYS);

        root = new VBox(10, what, summary, left, dates, table,
                BulkViews.note("fix-note", vm.noteProperty()),
                BulkViews.hint("Applying changes every value counted above in one step: Edit \u203A Undo (Ctrl+Z) puts them"
                        + " all back, and the change log records each one with this fix as its reason."));
        root.setPadding(new Insets(4, 0, 0, 0));
        root.setPrefSize(860, 560);
        root.getStyleClass().add("bulk-dialog");
        root.setId("fix-all-dialog");
    }

    private static VBox dateOrder(FixAllViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        RadioButton none = radio("Leave them unchanged", "fix-date-order-none", DateOrder.NONE, group);
        RadioButton dmy = radio("Day first: 03/04/2026 is 3 April 2026 (as UK systems write dates)",
                "fix-date-order-dmy", DateOrder.DMY, group);
        RadioButton mdy = radio("Month first: 03/04/2026 is 4 March 2026 (as US-configured systems write dates)",
                "fix-date-order-mdy", DateOrder.MDY, group);
        group.selectToggle(switch (vm.dateOrderProperty().get()) {
            case NONE -> none;
            case DMY -> dmy;
            case MDY -> mdy;
        });
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.dateOrderProperty().set((DateOrder) t.getUserData());
            }
        });
        Label title = new Label("Dates that read two ways (day and month both 12 or less):");
        title.getStyleClass().add("bulk-subtitle");
        VBox box = new VBox(4, title, none, dmy, mdy,
                BulkViews.hint("Choose an order only if you know how your system writes dates; a wrong choice"
                        + " moves examinations to other days."));
        box.getStyleClass().add("bulk-choice");
        box.visibleProperty().bind(vm.offerDateOrderProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static RadioButton radio(String text, String id, DateOrder order, ToggleGroup group) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setUserData(order);
        r.setToggleGroup(group);
        return r;
    }

    Node node() {
        return root;
    }
}
