package org.didworkbench.ui.records;

import java.util.List;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.service.RecordRow;
import org.didworkbench.ui.common.Markers;
import org.didworkbench.ui.records.CellPresenter.CellLook;
import org.didworkbench.ui.records.CellPresenter.Mark;

/** The row header: the record's line in the file, marked by the worst issue anywhere on the record. */
final class LineCell extends TableCell<RowSlot, RecordRow> {
    private final RecordsViewModel vm;
    private final Region mark = Markers.mark(Mark.NONE);
    private final Tooltip tooltip = new Tooltip();

    LineCell(RecordsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("line-cell");
        setContentDisplay(ContentDisplay.RIGHT);
        setGraphicTextGap(4);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
    }

    @Override
    protected void updateItem(RecordRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(empty ? null : "\u2026");
            setGraphic(null);
            setTooltip(null);
            Markers.state(this, Mark.NONE, false);
            return;
        }
        List<DataItem> items = vm.itemsProperty().get();
        CellLook look = CellPresenter.recordLook(row, items, vm.maskedProperty().get());
        setText(look.text());
        Markers.state(this, look.mark(), look.edited());
        Markers.set(mark, look.mark());
        setGraphic(look.mark() == Mark.NONE ? null : mark);
        tooltip.setText(look.tooltip());
        setTooltip(tooltip);
    }
}
