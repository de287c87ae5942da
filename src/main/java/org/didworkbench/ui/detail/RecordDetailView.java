package org.didworkbench.ui.detail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.service.ChangeEntry;
import org.didworkbench.service.RecordRow;
import org.didworkbench.ui.common.Markers;
import org.didworkbench.ui.common.Masking;
import org.didworkbench.ui.records.CellPresenter;
import org.didworkbench.ui.records.CellPresenter.CellLook;
import org.didworkbench.ui.records.CellPresenter.Mark;
import org.didworkbench.ui.records.RecordsViewModel;

/** The record detail pane: the selected record item by item, its issues, and its change history. */
public final class RecordDetailView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final RecordDetailViewModel vm;
    private final RecordsViewModel records;
    private final Label title = new Label("No record selected");
    private final Button revertRecord = new Button("Revert record");
    private final GridPane grid = new GridPane();
    private final VBox recordIssues = new VBox(4);
    private final ListView<ChangeEntry> history = new ListView<>();
    private final VBox root;

    public RecordDetailView(RecordDetailViewModel vm, RecordsViewModel records) {
        this.vm = vm;
        this.records = records;
        title.getStyleClass().add("pane-title");
        title.setId("detail-title");
        revertRecord.setId("revert-record");
        revertRecord.setTooltip(new Tooltip("Put every value of this record back as it is in the file"));
        revertRecord.setOnAction(e -> vm.revertRecord());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, revertRecord);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("pane-head");

        grid.getStyleClass().add("detail-grid");
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints names = new ColumnConstraints();
        names.setPercentWidth(46);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values, new ColumnConstraints());
        ScrollPane scroll = new ScrollPane(new VBox(8, grid, recordIssues));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("detail-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label changes = new Label("Changes to this record");
        changes.getStyleClass().add("pane-subtitle");
        history.setId("history");
        history.setItems(vm.history());
        history.setCellFactory(l -> new ChangeCell());
        history.setPlaceholder(new Label("No changes."));
        history.setPrefHeight(150);
        history.setMinHeight(90);

        root = new VBox(6, head, scroll, changes, history);
        root.setPadding(new Insets(8));
        root.getStyleClass().add("detail-view");
        root.setId("record-detail");
        root.setMinWidth(0);
        vm.recordProperty().addListener((o, a, row) -> render(row));
        records.maskedProperty().addListener((o, a, b) -> {
            render(vm.recordProperty().get());
            history.refresh();
        });
        render(null);
    }

    public Node node() {
        return root;
    }

    private void render(RecordRow row) {
        grid.getChildren().clear();
        recordIssues.getChildren().clear();
        revertRecord.setDisable(row == null || row.editedItems().isEmpty());
        if (row == null) {
            title.setText("No record selected");
            Label hint = new Label("Select a row in the table to see its record here, item by item.");
            hint.setWrapText(true);
            hint.getStyleClass().add("hint");
            grid.add(hint, 0, 0, 3, 1);
            return;
        }
        title.setText("Line " + row.line() + " \u00B7 record " + row.record());
        List<DataItem> items = records.itemsProperty().get();
        boolean masked = records.maskedProperty().get();
        int r = 0;
        for (int i = 0; i < items.size(); i++) {
            DataItem item = items.get(i);
            CellLook look = CellPresenter.look(row, i, item, masked);
            Label name = new Label(item.dataDictionaryName());
            name.getStyleClass().add("detail-name");
            name.setWrapText(true);
            name.setTooltip(new Tooltip(item.name() + " \u00B7 format " + item.format()));
            Label value = new Label(look.text().isEmpty() ? "(blank)" : look.text());
            value.getStyleClass().add("detail-value");
            if (look.text().isEmpty()) {
                value.getStyleClass().add("blank");
            }
            Markers.state(value, look.mark(), look.edited());
            if (look.mark() != Mark.NONE) {
                value.setGraphic(Markers.mark(look.mark()));
            }
            value.setMaxWidth(Double.MAX_VALUE);
            grid.add(name, 0, r);
            grid.add(value, 1, r);
            if (look.edited()) {
                int index = i;
                Button revert = new Button("Revert");
                revert.getStyleClass().add("small-button");
                revert.setId("revert-" + item.name());
                revert.setTooltip(new Tooltip("Put " + item.dataDictionaryName() + " back as it is in the file"));
                revert.setOnAction(e -> vm.revertCell(index));
                grid.add(revert, 2, r);
            }
            r++;
            for (Issue issue : look.issues()) {
                Label msg = new Label(issue.rule() + ": " + (masked ? Masking.maskInMessage(item, issue.value(),
                        issue.message()) : issue.message()));
                msg.setWrapText(true);
                msg.getStyleClass().add("detail-issue");
                Markers.state(msg, CellPresenter.markOf(issue), false);
                grid.add(msg, 1, r++, 2, 1);
            }
        }
        for (Issue issue : row.issues()) {
            boolean aboutAnItem = items.stream().anyMatch(it -> issue.fields().contains(it.name()));
            if (!aboutAnItem) {
                Label msg = new Label(issue.rule() + ": " + issue.message());
                msg.setWrapText(true);
                msg.getStyleClass().add("detail-issue");
                Markers.state(msg, CellPresenter.markOf(issue), false);
                recordIssues.getChildren().add(msg);
            }
        }
        if (row.defect() != null) {
            Label d = new Label("Not well-formed: " + row.defect());
            d.setWrapText(true);
            d.getStyleClass().add("detail-issue");
            recordIssues.getChildren().add(d);
        }
    }

    private final class ChangeCell extends ListCell<ChangeEntry> {
        @Override
        protected void updateItem(ChangeEntry c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                return;
            }
            DataItem item = records.itemsProperty().get().stream().filter(d -> d.name().equals(c.item()))
                    .findFirst().orElse(null);
            boolean mask = records.maskedProperty().get() && item != null && Masking.applies(item);
            String from = mask ? Masking.mask(item, c.oldValue()) : c.oldValue();
            String to = mask ? Masking.mask(item, c.newValue()) : c.newValue();
            setText(TIME.format(c.at()) + "  " + c.kind() + " by " + c.user() + (c.state() == null || c.state().isEmpty()
                    || "applied".equals(c.state()) || "done".equals(c.state()) ? "" : " (" + c.state() + ")")
                    + "\n" + (item == null ? c.item() : item.dataDictionaryName()) + ": '" + from + "' \u2192 '" + to
                    + "'" + (c.reason() == null || c.reason().isBlank() ? "" : "\n" + c.reason()));
            setWrapText(true);
        }
    }
}
