package org.didworkbench.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.layout.Region;

import org.didworkbench.ui.records.CellPresenter.Mark;

/**
 * The small shapes that mark issues and edits, so meaning never rests on colour alone: a round
 * cross for an error, a triangle for a warning, a diamond for an outlier, a pencil notch for an edit.
 * The shapes and colours live in the stylesheet ({@code .marker}).
 */
public final class Markers {
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    public static final PseudoClass OUTLIER = PseudoClass.getPseudoClass("outlier");
    public static final PseudoClass EDITED = PseudoClass.getPseudoClass("edited");

    private Markers() {
    }

    /** A marker region for a mark (hidden for {@link Mark#NONE}). */
    public static Region mark(Mark mark) {
        Region r = new Region();
        r.getStyleClass().add("marker");
        set(r, mark);
        return r;
    }

    /** Shows {@code mark} on a marker region made by {@link #mark}. */
    public static void set(Region marker, Mark mark) {
        marker.pseudoClassStateChanged(ERROR, mark == Mark.ERROR);
        marker.pseudoClassStateChanged(WARNING, mark == Mark.WARNING);
        marker.pseudoClassStateChanged(OUTLIER, mark == Mark.OUTLIER);
        marker.setVisible(mark != Mark.NONE);
        marker.setManaged(mark != Mark.NONE);
    }

    /** The edited marker. */
    public static Region edited() {
        Region r = new Region();
        r.getStyleClass().addAll("marker", "edit-marker");
        return r;
    }

    /** Sets the state pseudo-classes of a node (a cell or a row header) from a mark and an edit flag. */
    public static void state(javafx.scene.Node node, Mark mark, boolean edited) {
        node.pseudoClassStateChanged(ERROR, mark == Mark.ERROR);
        node.pseudoClassStateChanged(WARNING, mark == Mark.WARNING);
        node.pseudoClassStateChanged(OUTLIER, mark == Mark.OUTLIER);
        node.pseudoClassStateChanged(EDITED, edited);
    }
}
