package org.didworkbench.ui.bulk;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.ui.common.Masking;

/** Small building blocks shared by the bulk dialogs: value columns that follow masking, labels, the note field. */
final class BulkViews {
    /** The arrow between a value before and after. */
    static final String ARROW = "\u2192";

    private BulkViews() {
    }

    /** A read-only text column. */
    static <S> TableColumn<S, String> column(String title, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** A line-number column, right-aligned. */
    static <S> TableColumn<S, String> lineColumn(Function<S, Long> line) {
        TableColumn<S, String> c = column("Line", 70, s -> String.format("%,d", line.apply(s)));
        c.getStyleClass().add("number-column");
        return c;
    }

    /**
     * A value column: the value in single quotes so spaces show (blank shown as "(blank)"), masked when
     * masking is on and the item is a patient identifier.
     */
    static <S> TableColumn<S, String> valueColumn(String title, double width, Function<S, DataItem> item,
                                                  Function<S, String> value, ObservableBooleanValue masked,
                                                  String styleClass) {
        TableColumn<S, String> c = column(title, width, s -> {
            String v = value.apply(s);
            DataItem d = item.apply(s);
            return shown(d, v, masked.get());
        });
        c.getStyleClass().add(styleClass);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.length() < 14 ? null : new Tooltip(text));
            }
        });
        return c;
    }

    /** How a value is shown: quoted, "(blank)" when empty, masked when asked. */
    static String shown(DataItem item, String value, boolean masked) {
        if (value == null || value.isEmpty()) {
            return "(blank)";
        }
        return "'" + (masked && item != null ? Masking.mask(item, value) : value) + "'";
    }

    /** An arrow column between before and after. */
    static <S> TableColumn<S, String> arrowColumn() {
        TableColumn<S, String> c = column("", 28, s -> ARROW);
        c.getStyleClass().add("arrow-column");
        c.setResizable(false);
        return c;
    }

    /** A table that fills its place, with a placeholder. */
    static <S> TableView<S> table(String id, String placeholder) {
        TableView<S> t = new TableView<>();
        t.setId(id);
        t.getStyleClass().add("bulk-table");
        t.setPlaceholder(new Label(placeholder));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    /** A muted line of help. */
    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /** A bold summary line that follows a property. */
    static Label summary(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("bulk-summary");
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.textProperty().bind(text);
        return l;
    }

    /** The optional note that goes into the change-log reason. */
    static TextField note(String id, javafx.beans.property.StringProperty note) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText("Note for the change log (optional), e.g. the RIS ticket or who agreed it");
        f.textProperty().bindBidirectional(note);
        return f;
    }
}
