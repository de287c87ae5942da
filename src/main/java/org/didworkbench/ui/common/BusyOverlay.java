package org.didworkbench.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The card a window shows over its content while a long task runs: what is happening, a progress bar
 * and Cancel, on a dimmed layer that takes the clicks. Shown while {@code busy} is true.
 */
public final class BusyOverlay {
    private final StackPane overlay;
    private final VBox card;
    private final Button cancelButton;

    /**
     * @param ids      the ids of the overlay, its text, its bar and its Cancel button (for tests and styling)
     * @param text     what is happening
     * @param progress 0…1, or -1 when unknown
     * @param width    the bar's width
     */
    public BusyOverlay(Ids ids, ObservableValue<String> text, ObservableValue<Number> progress,
                       ObservableValue<Boolean> busy, Runnable cancel, double width) {
        Label label = new Label();
        label.setId(ids.text());
        label.getStyleClass().add("busy-text");
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER); // a second line (the phase) centred too
        ProgressBar bar = new ProgressBar();
        bar.setId(ids.bar());
        bar.progressProperty().bind(progress);
        bar.setPrefWidth(width);
        cancelButton = new Button("Cancel");
        cancelButton.setId(ids.cancel());
        cancelButton.setOnAction(e -> cancel.run());
        card = new VBox(12, label, bar, cancelButton);
        card.getStyleClass().add("busy-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        overlay = new StackPane(card);
        overlay.setId(ids.overlay());
        overlay.getStyleClass().add("busy-overlay");
        overlay.visibleProperty().bind(busy);
    }

    /** The ids of the overlay's parts. */
    public record Ids(String overlay, String text, String bar, String cancel) {
    }

    /** The layer to stack over the content. */
    public StackPane node() {
        return overlay;
    }

    /** The card on the layer (its place can be changed). */
    public VBox card() {
        return card;
    }

    /** The Cancel button, to make it the window's Esc button. */
    public Button cancelButton() {
        return cancelButton;
    }
}
