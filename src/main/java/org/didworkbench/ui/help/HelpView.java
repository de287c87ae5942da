package org.didworkbench.ui.help;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.didworkbench.ui.common.Markers;
import org.didworkbench.ui.help.HelpDocument.Block;
import org.didworkbench.ui.help.HelpDocument.Span;
import org.didworkbench.ui.records.CellPresenter.Mark;

/**
 * Help › Using DID Workbench: the help page in a window of its own beside the main one (not modal,
 * so the user can try things while reading), with the contents on the left. The legend of colours
 * and markers is drawn with the table's own styles, so it always matches what the table shows.
 */
public final class HelpView {
    private final Stage stage = new Stage();
    private final ScrollPane scroll;
    private final VBox page = new VBox(8);
    private final Map<String, Node> anchors = new HashMap<>();

    public HelpView(Window owner, HelpDocument doc) {
        stage.initOwner(owner);
        stage.setTitle("Using DID Workbench");
        page.getStyleClass().add("help-page");
        page.setPadding(new Insets(18, 28, 28, 28));
        page.setMaxWidth(820);
        for (Block b : doc.blocks()) {
            page.getChildren().add(render(b));
        }
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("help-scroll");
        scroll.getStyleClass().add("help-scroll");

        VBox contents = new VBox(2);
        contents.getStyleClass().add("help-contents");
        contents.setPadding(new Insets(18, 10, 10, 14));
        Label head = new Label("Contents");
        head.getStyleClass().add("pane-subtitle");
        contents.getChildren().add(head);
        for (HelpDocument.Heading h : doc.headings()) {
            if (h.level() == 1) {
                continue;
            }
            Hyperlink link = new Hyperlink(h.text());
            link.getStyleClass().add("help-contents-link");
            link.setOnAction(e -> show(h.anchor()));
            contents.getChildren().add(link);
        }
        contents.setMinWidth(Region.USE_PREF_SIZE);

        BorderPane root = new BorderPane(scroll);
        root.setLeft(contents);
        root.setId("help-window");
        root.getStyleClass().add("help-window");
        Scene scene = new Scene(root, 1000, 720);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            } else if (e.getCode() == KeyCode.F1 && e.isShiftDown()) {
                // The main window's "Keyboard shortcuts" key, when this window has the focus
                show("keyboard-shortcuts");
                e.consume();
            }
        });
        stage.setScene(scene);
        // Start with the page itself focused: the arrow and page keys scroll it at once.
        stage.setOnShown(e -> scroll.requestFocus());
    }

    /** Follows the main window's theme and text size. */
    public void style(List<String> stylesheets, String rootStyle) {
        stage.getScene().getStylesheets().setAll(stylesheets);
        stage.getScene().getRoot().setStyle(rootStyle);
    }

    /** Shows the window (or brings it to the front) at the section with this anchor, or at the top for null. */
    public void show(String anchor) {
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        Node target = anchor == null ? null : anchors.get(anchor);
        if (target == null) {
            scroll.setVvalue(0);
            return;
        }
        page.applyCss();
        page.layout();
        double contentHeight = page.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        double y = target.getBoundsInParent().getMinY();
        scroll.setVvalue(contentHeight <= 0 ? 0 : Math.min(1, y / contentHeight));
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    // ------------------------------------------------------------ blocks

    private Node render(Block b) {
        if (b instanceof HelpDocument.Heading h) {
            Label l = new Label(h.text());
            l.getStyleClass().add(h.level() == 1 ? "help-h1" : "help-h2");
            l.setWrapText(true);
            anchors.put(h.anchor(), l);
            return l;
        }
        if (b instanceof HelpDocument.Paragraph p) {
            return flow(p.spans(), "help-text");
        }
        if (b instanceof HelpDocument.Bullet p) {
            Label dot = new Label("\u2022");
            dot.getStyleClass().add("help-bullet");
            dot.setMinWidth(Region.USE_PREF_SIZE);
            TextFlow f = flow(p.spans(), "help-text");
            HBox row = new HBox(8, dot, f);
            HBox.setHgrow(f, Priority.ALWAYS);
            row.setPadding(new Insets(0, 0, 0, 6));
            return row;
        }
        if (b instanceof HelpDocument.Table t) {
            GridPane grid = new GridPane();
            grid.getStyleClass().add("help-table");
            grid.setHgap(18);
            grid.setVgap(4);
            int r = 0;
            for (List<List<Span>> row : t.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    grid.add(flow(row.get(c), "help-text"), c, r);
                }
                r++;
            }
            return grid;
        }
        return legend();
    }

    private static TextFlow flow(List<Span> spans, String styleClass) {
        TextFlow f = new TextFlow();
        f.getStyleClass().add(styleClass);
        for (Span s : spans) {
            switch (s.style()) {
                case PLAIN -> f.getChildren().add(text(s.text(), "help-plain"));
                case BOLD -> f.getChildren().add(text(s.text(), "help-bold"));
                case KEY -> {
                    Label key = new Label(s.text());
                    key.getStyleClass().add("help-key");
                    f.getChildren().add(key);
                }
            }
        }
        return f;
    }

    private static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }

    /** The four looks of a cell, as the table draws them, each with its meaning. */
    private static Node legend() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-legend");
        grid.setHgap(16);
        grid.setVgap(8);
        grid.setPadding(new Insets(4, 0, 8, 6));
        addLegend(grid, 0, sample("9993215292", Mark.ERROR, false), "Error",
                "NHS England would reject the file because of it. Rule codes DIDS001 and so on; a round mark.");
        addLegend(grid, 1, sample("2026-11-02", Mark.WARNING, false), "Warning",
                "The file would be accepted, with a warning. A triangle.");
        addLegend(grid, 2, sample("412", Mark.OUTLIER, false), "Outlier",
                "The workbench's own check (DQW codes): a wait, an age or a volume far from the usual. It never"
                        + " changes the verdict. A diamond.");
        addLegend(grid, 3, sample("9434765919", Mark.NONE, true), "Edited",
                "You changed this value: italic, underlined, with a pencil mark. It is written to the corrected"
                        + " file when you export.");
        Label line = new Label("1042");
        line.getStyleClass().addAll("line-cell", "help-sample");
        Markers.state(line, Mark.ERROR, false);
        line.setMinWidth(64);
        addLegend(grid, 4, line, "Line number",
                "A bar at its left edge shows the worst issue anywhere on the record.");
        return grid;
    }

    private static Label sample(String value, Mark mark, boolean edited) {
        Label l = new Label(value);
        l.getStyleClass().addAll("record-cell", "help-sample");
        l.setMinWidth(120);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setAlignment(Pos.CENTER_LEFT);
        Markers.state(l, mark, edited);
        HBox marks = new HBox(2);
        marks.setAlignment(Pos.CENTER);
        if (mark != Mark.NONE) {
            marks.getChildren().add(Markers.mark(mark));
        }
        if (edited) {
            marks.getChildren().add(Markers.edited());
        }
        l.setGraphic(marks.getChildren().isEmpty() ? null : marks);
        l.setGraphicTextGap(4);
        return l;
    }

    private static void addLegend(GridPane grid, int row, Node sample, String name, String meaning) {
        Label n = new Label(name);
        n.getStyleClass().add("help-bold-label");
        n.setMinWidth(Region.USE_PREF_SIZE);
        Label m = new Label(meaning);
        m.setWrapText(true);
        m.getStyleClass().add("help-legend-text");
        grid.add(sample, 0, row);
        grid.add(n, 1, row);
        grid.add(m, 2, row);
        GridPane.setHgrow(m, Priority.ALWAYS);
    }
}
