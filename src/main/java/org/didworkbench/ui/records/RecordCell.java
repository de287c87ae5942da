package org.didworkbench.ui.records;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import org.didworkbench.domain.dataset.CodeValue;
import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.service.RecordRow;
import org.didworkbench.ui.common.Markers;
import org.didworkbench.ui.records.CellPresenter.CellLook;
import org.didworkbench.ui.records.CellPresenter.Mark;

/**
 * One cell of the records table: the value, coloured and marked by its worst issue, an edit notch,
 * and a tooltip with every issue. Editing offers a text field (dates with a CCYY-MM-DD hint) or, for
 * coded items, the code list with meanings.
 */
final class RecordCell extends TableCell<RowSlot, RecordRow> {
    /** Table property holding the text that started an edit by typing (the first key). */
    static final String TYPED = "records.typed";

    private final int item;
    private final DataItem dataItem;
    private final RecordsViewModel vm;
    private final Region mark = Markers.mark(Mark.NONE);
    private final Region editMark = Markers.edited();
    private final HBox markers = new HBox(2, mark, editMark);
    private final Tooltip tooltip = new Tooltip();

    RecordCell(int item, DataItem dataItem, RecordsViewModel vm) {
        this.item = item;
        this.dataItem = dataItem;
        this.vm = vm;
        getStyleClass().add("record-cell");
        getProperties().put("item", dataItem.name());
        setContentDisplay(ContentDisplay.LEFT);
        setGraphicTextGap(4);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setShowDuration(Duration.seconds(30));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
    }

    @Override
    protected void updateItem(RecordRow row, boolean empty) {
        super.updateItem(row, empty);
        if (isEditing()) {
            return;
        }
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            Markers.state(this, Mark.NONE, false);
            return;
        }
        CellLook look = CellPresenter.look(row, item, dataItem, vm.maskedProperty().get());
        setText(look.text());
        Markers.state(this, look.mark(), look.edited());
        Markers.set(mark, look.mark());
        editMark.setVisible(look.edited());
        editMark.setManaged(look.edited());
        setGraphic(look.mark() == Mark.NONE && !look.edited() ? null : markers);
        if (look.tooltip() != null) {
            tooltip.setText(look.tooltip());
            setTooltip(tooltip);
        } else {
            setTooltip(null);
        }
    }

    // ------------------------------------------------------------ editing

    @Override
    public void startEdit() {
        RecordRow row = getItem();
        if (row == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        Object typed = getTableView().getProperties().remove(TYPED);
        String current = row.value(item);
        vm.editing(item);
        if (dataItem.isCoded()) {
            ComboBox<String> combo = codeChooser(current);
            setText(null);
            setGraphic(combo);
            combo.requestFocus();
            combo.show();
        } else {
            TextField field = new TextField(typed instanceof String s ? s : current);
            field.getStyleClass().add("cell-editor");
            field.setId("cell-editor");
            if (DateEntry.isDateFormat(dataItem.format())) {
                field.setPromptText(DateEntry.HINT);
                Tooltip hint = new Tooltip("Dates are entered as " + DateEntry.HINT
                        + " (for example 2026-09-23); DD/MM/CCYY is converted.");
                hint.setShowDelay(Duration.ZERO);
                field.setTooltip(hint);
            }
            field.setOnAction(e -> {
                e.consume();
                commitText(field.getText());
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    cancelEdit();
                }
            });
            setText(null);
            setGraphic(field);
            field.requestFocus();
            if (typed instanceof String) {
                field.end();
            } else {
                field.selectAll();
            }
        }
    }

    private ComboBox<String> codeChooser(String current) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId("cell-editor");
        combo.getStyleClass().add("cell-editor");
        var codes = FXCollections.<String>observableArrayList();
        codes.add("");
        for (CodeValue c : dataItem.codes()) {
            codes.add(c.code());
        }
        if (!codes.contains(current)) {
            codes.add(1, current);
        }
        combo.setItems(codes);
        combo.setValue(current);
        combo.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null ? null : describeCode(code));
            }
        });
        combo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null ? null : code.isEmpty() ? "(blank)" : code);
            }
        });
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setOnHidden(e -> {
            if (isEditing()) {
                String chosen = combo.getValue();
                if (chosen != null && !chosen.equals(current)) {
                    commitText(chosen);
                } else {
                    cancelEdit();
                }
            }
        });
        combo.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEdit();
            }
        });
        return combo;
    }

    private String describeCode(String code) {
        if (code.isEmpty()) {
            return "(blank)";
        }
        return dataItem.meaningOf(code).map(m -> code + " \u2014 " + m).orElse(code + " \u2014 not a national code");
    }

    private void commitText(String text) {
        RecordRow row = getItem();
        if (row != null) {
            commitEdit(CellPresenter.withValue(row, item, text));
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        updateItem(getItem(), getItem() == null);
        getTableView().requestFocus();
    }

    @Override
    public void commitEdit(RecordRow newValue) {
        super.commitEdit(newValue);
        updateItem(newValue, newValue == null);
        getTableView().requestFocus();
    }
}
