package org.didworkbench.ui.common;

import java.io.File;
import java.util.function.Supplier;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The reference-data folder as the Open dialog and the settings both ask for it: the folder's path,
 * Browse… (a folder chooser starting at the current folder) and None (no reference data).
 */
public final class ReferenceFolderRow {
    private ReferenceFolderRow() {
    }

    /**
     * A row holding {@code folder}, which keeps its id, text and bindings.
     *
     * @param owner the window the chooser belongs to, asked when Browse… is pressed
     */
    public static HBox of(TextField folder, Supplier<Window> owner) {
        folder.setPromptText("No reference data: those rules are reported as not checked");
        Button browse = new Button("Browse\u2026");
        browse.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("Reference data folder (ods, postcodes, nicip)");
            File start = folder.getText().isBlank() ? null : new File(folder.getText());
            if (start != null && start.isDirectory()) {
                dc.setInitialDirectory(start);
            }
            File chosen = dc.showDialog(owner.get());
            if (chosen != null) {
                folder.setText(chosen.getPath());
            }
        });
        Button none = new Button("None");
        none.setOnAction(e -> folder.clear());
        HBox row = new HBox(6, folder, browse, none);
        HBox.setHgrow(folder, Priority.ALWAYS);
        return row;
    }
}
