package org.didworkbench.ui.bulk;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real bulk dialogs: resizable JavaFX dialogs owned by the main window, following its theme. */
public final class FxBulkDialogs implements BulkDialogs {
    static final String CSS = "/org/didworkbench/ui/bulk.css";

    private final Window owner;
    private final Supplier<List<String>> stylesheets;
    private final ObservableBooleanValue masked;

    /**
     * @param stylesheets the window's current stylesheets
     * @param masked      whether identifiers are masked on screen
     */
    public FxBulkDialogs(Window owner, Supplier<List<String>> stylesheets, ObservableBooleanValue masked) {
        this.owner = owner;
        this.stylesheets = stylesheets;
        this.masked = masked;
    }

    @Override
    public boolean review(FixAllViewModel fix) {
        Node content = new FixAllView(fix, masked, fix.items()).node();
        return ask(fix.title(), "Every " + fix.rule() + " issue with a safe correction, fixed in one step", content,
                fix.applyLabelProperty(), "fix-apply", fix.canApplyProperty(), null);
    }

    @Override
    public boolean review(ReplaceViewModel replace) {
        return ask(replace.title(), "Replace text in every value of one item", BulkEditView.replace(replace, masked)
                .node(), replace.applyLabelProperty(), "replace-apply", replace.canApplyProperty(), "#replace-find");
    }

    @Override
    public boolean review(SetValueViewModel set) {
        return ask(set.title(), "Give every selected record the same value of " + set.item().dataDictionaryName(),
                BulkEditView.setValue(set, masked).node(), set.applyLabelProperty(), "set-value-apply",
                set.canApplyProperty(), "#set-value-input");
    }

    @Override
    public void show(ClusterViewModel clusters) {
        showSteppingAside(() -> dialog(clusters.title(), "Merge values written in different ways into one",
                new ClusterView(clusters, masked).node()), clusters.steppedAsideProperty());
    }

    @Override
    public void show(ChangeLogViewModel log) {
        showSteppingAside(() -> dialog("Change log", "Every change made in this workspace: who, when, what and why",
                new ChangeLogView(log, masked).node()), log.steppedAsideProperty());
    }

    /**
     * Shows a dialog with Close until the user closes it. While a long step it started runs behind the main
     * window's busy card ({@code aside} true) the dialog is closed, since a modal dialog would hide the card and
     * keep its Cancel out of reach, and the same view model is shown again when the step has ended: the user
     * sees the progress, can cancel, and comes back to the list with the step's result.
     */
    private void showSteppingAside(Supplier<Dialog<ButtonType>> make, ReadOnlyBooleanProperty aside) {
        while (true) {
            Dialog<ButtonType> d = make.get();
            d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            boolean[] stepped = {false};
            ChangeListener<Boolean> away = (o, was, now) -> {
                if (now) {
                    stepped[0] = true;
                    d.close();
                }
            };
            aside.addListener(away);
            try {
                d.showAndWait();
            } finally {
                aside.removeListener(away);
            }
            if (!stepped[0]) {
                return; // closed by the user
            }
            if (aside.get()) {
                waitUntilFalse(aside);
            }
        }
    }

    /** Runs the event loop (the window and its busy card stay live) until {@code flag} is false. */
    private static void waitUntilFalse(ReadOnlyBooleanProperty flag) {
        Object key = new Object();
        ChangeListener<Boolean> back = (o, was, now) -> {
            if (!now) {
                Platform.exitNestedEventLoop(key, null);
            }
        };
        flag.addListener(back);
        try {
            Platform.enterNestedEventLoop(key);
        } finally {
            flag.removeListener(back);
        }
    }

    @Override
    public Optional<Path> chooseChangeLogTarget(Path folder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the change log");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"));
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /**
     * A dialog with Apply (enabled while {@code canApply}) and Cancel; true when Apply was chosen. Apply is not
     * the default button: Enter in a field previews, it never applies unseen changes.
     *
     * @param focus the node to put the cursor in when shown (a CSS selector), or null
     */
    private boolean ask(String title, String header, Node content, ObservableValue<String> applyLabel,
                        String applyId, BooleanExpression canApply, String focus) {
        Dialog<ButtonType> d = dialog(title, header, content);
        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Button button = (Button) d.getDialogPane().lookupButton(apply);
        button.setId(applyId);
        button.textProperty().bind(applyLabel);
        // The label grows with the count ("Fix 1,234 values"): never cut it to the width of "Cancel".
        ButtonBar.setButtonUniformSize(button, false);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.disableProperty().bind(canApply.not());
        button.setDefaultButton(false);
        if (focus != null) {
            d.setOnShown(e -> {
                Node n = content.lookup(focus);
                if (n != null) {
                    n.requestFocus();
                }
            });
        }
        return d.showAndWait().filter(b -> b == apply).isPresent();
    }

    private Dialog<ButtonType> dialog(String title, String header, Node content) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        List<String> sheets = new ArrayList<>(stylesheets.get());
        sheets.add(FxBulkDialogs.class.getResource(CSS).toExternalForm());
        d.getDialogPane().getStylesheets().setAll(sheets);
        d.getDialogPane().getStyleClass().add("bulk-pane");
        d.setTitle(title);
        d.setHeaderText(header);
        d.setResizable(true);
        d.getDialogPane().setContent(content);
        return d;
    }
}
