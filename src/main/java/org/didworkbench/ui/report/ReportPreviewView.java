package org.didworkbench.ui.report;

import org.didworkbench.ui.common.BusyOverlay;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.MapChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.didworkbench.service.PageImage;
import org.didworkbench.service.ReportDocument;

/**
 * The quality report's preview window: the PDF's pages on a grey desk, scrolled and zoomed, the page
 * number, the appendix choice, and Print…, Save as PDF…, Save as HTML… and Close. Esc closes.
 *
 * <p>Pages are laid out at once as white sheets of the right size; only those in view (and their
 * neighbours) are drawn, at the zoom's resolution, so a long appendix costs no more than a few pages.
 */
public final class ReportPreviewView {
    /** The preview's own stylesheet, on top of the window's. */
    public static final String CSS = "/org/didworkbench/ui/report-preview.css";
    /** Grey desk around each page, in pixels. */
    static final double DESK = 28;
    /** Between pages, in pixels. */
    static final double GAP = 22;
    /** The sharpest the pages are drawn on screen, in pixels per inch of paper. */
    static final double MAX_DPI = 240;
    private static final double POINTS_TO_PIXELS = ReportPreviewViewModel.SCREEN_DPI / 72.0;

    private final ReportPreviewViewModel vm;
    private final Stage stage = new Stage();
    private final ScrollPane scroll = new ScrollPane();
    private final VBox pages = new VBox(GAP);
    private final List<PageSlot> slots = new ArrayList<>();

    /**
     * @param owner       the main window; the preview is modal to it (the report is of the workspace as it
     *                    stands, so no edits while it is open)
     * @param stylesheets the main window's stylesheets, so the preview follows the theme
     */
    public ReportPreviewView(ReportPreviewViewModel vm, Window owner, List<String> stylesheets) {
        this.vm = vm;
        pages.getStyleClass().add("report-pages");
        pages.setId("report-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(DESK));
        scroll.setContent(pages);
        scroll.setId("report-scroll");
        scroll.getStyleClass().add("report-desk");
        scroll.setPannable(true);
        // The desk is at least as wide and tall as the view, so pages sit centred on grey.
        pages.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
        pages.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));

        StackPane center = new StackPane(scroll, busyOverlay());
        BorderPane root = new BorderPane(center);
        root.setTop(toolBar());
        root.setBottom(buttonBar());
        root.getStyleClass().addAll("workbench", "report-preview");

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1040, screen.getWidth() * 0.9), Math.min(1000, screen.getHeight() * 0.92));
        List<String> sheets = new ArrayList<>(stylesheets);
        sheets.add(ReportPreviewView.class.getResource(CSS).toExternalForm());
        scene.getStylesheets().setAll(sheets);
        installKeys(scene);

        stage.setScene(scene);
        stage.setTitle(vm.title());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.setOnHidden(e -> vm.dispose());

        vm.documentProperty().addListener((o, a, doc) -> layOut(doc));
        vm.scaleProperty().addListener((o, a, b) -> resize());
        vm.fitWidthProperty().addListener((o, a, fit) -> fit());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            fit();
            requestVisible();
        });
        scroll.vvalueProperty().addListener((o, a, b) -> requestVisible());
        vm.images().addListener((MapChangeListener<Integer, PageImage>) c -> {
            int i = c.getKey();
            if (i < slots.size()) {
                slots.get(i).show(c.wasAdded() ? c.getValueAdded() : null);
            }
        });
        vm.closeRequestedProperty().addListener((o, a, close) -> {
            if (close) {
                stage.close();
            }
        });
    }

    /** Shows the window (the caller then makes the report, which shows progress here). */
    public void show() {
        stage.show();
        scroll.requestFocus(); // arrow keys, Page Up/Down, Home and End move through the pages
    }

    public Stage stage() {
        return stage;
    }

    // ------------------------------------------------------------ chrome

    private ToolBar toolBar() {
        Button out = small("\u2212", "zoom-out", "Zoom out (Ctrl+\u2212)", vm::zoomOut);
        Button in = small("+", "zoom-in", "Zoom in (Ctrl++)", vm::zoomIn);
        Label zoom = new Label();
        zoom.setId("zoom-text");
        zoom.getStyleClass().add("zoom-text");
        zoom.textProperty().bind(vm.zoomTextProperty());
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        Button actual = small("100%", "zoom-actual", "The page at its paper size (Ctrl+0)", vm::actualSize);
        Button fit = small("Fit width", "zoom-fit", "Fit the page to the window's width", vm::fitToWidth);
        fit.disableProperty().bind(vm.fitWidthProperty());

        CheckBox appendix = new CheckBox("Include appendix listing every issue (contains line and accession numbers)");
        appendix.setId("report-appendix");
        appendix.setTooltip(new Tooltip("Adds a table of every issue, record by record. It names records by line and"
                + " accession number; NHS number, birth date and postcode are masked."));
        appendix.selectedProperty().bindBidirectional(vm.appendixProperty());
        appendix.disableProperty().bind(vm.busyProperty());

        Label page = new Label();
        page.setId("page-count");
        page.getStyleClass().add("page-count");
        page.textProperty().bind(vm.pageTextProperty());
        page.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar bar = new ToolBar(out, zoom, in, actual, fit, sep(), appendix, grow, page);
        bar.setId("report-toolbar");
        return bar;
    }

    private Node buttonBar() {
        Label status = new Label();
        status.setId("report-status");
        status.getStyleClass().add("report-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setWrapText(false);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button print = action("Print\u2026", "report-print", "icon-print", "Print the report (Ctrl+P)", vm::print);
        Button pdf = action("Save as PDF\u2026", "report-save-pdf", "icon-export",
                "Save this PDF, to print later or keep with the month's submission (Ctrl+S)", vm::savePdf);
        Button html = action("Save as HTML\u2026", "report-save-html", "icon-report",
                "Save the report as a web page", vm::saveHtml);
        for (Button b : List.of(print, pdf, html)) {
            b.disableProperty().bind(vm.busyProperty().or(vm.documentProperty().isNull()));
        }
        Button close = new Button("Close");
        close.setId("report-close");
        close.setOnAction(e -> stage.close());
        for (Button b : List.of(print, pdf, html, close)) {
            b.setMinWidth(Region.USE_PREF_SIZE); // the status line gives way, never the buttons
        }
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(vm.statusProperty());
        status.setTooltip(whole);
        HBox bar = new HBox(8, status, print, pdf, html, close);
        bar.setId("report-buttons");
        bar.getStyleClass().add("report-buttons");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private Node busyOverlay() {
        return new BusyOverlay(new BusyOverlay.Ids("report-busy", "report-busy-text", "report-progress",
                "report-cancel"), vm.progressTextProperty(), vm.progressProperty(), vm.busyProperty(), vm::cancel,
                320).node();
    }

    private void installKeys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), vm::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), vm::savePdf);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), vm::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), vm::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), vm::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), vm::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                vm::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                vm::actualSize);
    }

    private static Button small(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false); // arrow keys and Page Up/Down stay with the pages
        return b;
    }

    private static Button action(String text, String id, String iconClass, String tip, Runnable action) {
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", iconClass);
        Button b = new Button(text, icon);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Node sep() {
        Region r = new Region();
        r.getStyleClass().add("tool-separator");
        return r;
    }

    // ------------------------------------------------------------ pages

    /** A white sheet of the page's size; its image arrives when the page is drawn. */
    private static final class PageSlot extends StackPane {
        private final double widthPoints;
        private final double heightPoints;
        private final ImageView view = new ImageView();
        private final Label number;

        PageSlot(int index, double widthPoints, double heightPoints) {
            this.widthPoints = widthPoints;
            this.heightPoints = heightPoints;
            getStyleClass().add("report-page");
            setId("report-page-" + (index + 1));
            number = new Label("Page " + (index + 1));
            number.getStyleClass().add("report-page-placeholder");
            view.setSmooth(true);
            view.setPreserveRatio(false);
            getChildren().addAll(number, view);
        }

        void size(double scale) {
            double w = Math.round(widthPoints * POINTS_TO_PIXELS * scale);
            double h = Math.round(heightPoints * POINTS_TO_PIXELS * scale);
            setMinSize(w, h);
            setPrefSize(w, h);
            setMaxSize(w, h);
            view.setFitWidth(w);
            view.setFitHeight(h);
        }

        void show(PageImage image) {
            view.setImage(image == null ? null : PageImages.toImage(image));
            number.setVisible(image == null);
        }
    }

    private void layOut(ReportDocument doc) {
        slots.clear();
        if (doc == null) {
            pages.getChildren().clear();
            return;
        }
        for (int i = 0; i < doc.pageCount(); i++) {
            slots.add(new PageSlot(i, doc.pageWidth(i), doc.pageHeight(i)));
        }
        pages.getChildren().setAll(slots);
        scroll.setVvalue(0);
        fit();
        resize();
    }

    /** While fitting to width, the zoom follows the view's width. */
    private void fit() {
        if (!vm.fitWidthProperty().get() || slots.isEmpty()) {
            return;
        }
        double available = scroll.getViewportBounds().getWidth() - 2 * DESK;
        double widest = slots.stream().mapToDouble(s -> s.widthPoints).max().orElse(595) * POINTS_TO_PIXELS;
        if (available > 50) {
            vm.fitted(available / widest);
        }
    }

    private void resize() {
        double scale = vm.scaleProperty().get();
        for (PageSlot s : slots) {
            s.size(scale);
        }
        requestVisible();
    }

    /**
     * Works out which pages are in view from the scroll position (pages are stacked at known heights, so
     * no layout pass is needed), sets the page number, and asks for those pages to be drawn.
     */
    private void requestVisible() {
        if (slots.isEmpty()) {
            return;
        }
        double scale = vm.scaleProperty().get();
        Bounds viewport = scroll.getViewportBounds();
        double[] top = new double[slots.size()];
        double y = DESK;
        for (int i = 0; i < slots.size(); i++) {
            top[i] = y;
            y += Math.round(slots.get(i).heightPoints * POINTS_TO_PIXELS * scale) + GAP;
        }
        double content = Math.max(y - GAP + DESK, viewport.getHeight());
        double from = scroll.getVvalue() * Math.max(0, content - viewport.getHeight());
        double to = from + viewport.getHeight();
        List<Integer> visible = new ArrayList<>();
        int current = 0;
        double middle = from + viewport.getHeight() / 2;
        for (int i = 0; i < slots.size(); i++) {
            double bottom = i + 1 < slots.size() ? top[i + 1] - GAP : y - GAP;
            if (bottom >= from && top[i] <= to) {
                visible.add(i);
            }
            if (top[i] <= middle) {
                current = i;
            }
        }
        if (scroll.getVvalue() >= 0.999 && content > viewport.getHeight()) {
            current = slots.size() - 1; // scrolled to the end: the last page is the one being read
        }
        vm.currentPageProperty().set(current + 1);
        List<Integer> wanted = new ArrayList<>(visible);
        if (!visible.isEmpty()) { // the neighbours too, so a small scroll shows a drawn page at once
            int first = visible.get(0);
            int last = visible.get(visible.size() - 1);
            if (last + 1 < slots.size()) {
                wanted.add(last + 1);
            }
            if (first > 0) {
                wanted.add(first - 1);
            }
        }
        double outputScale = stage.getOutputScaleX() > 0 ? stage.getOutputScaleX() : 1.0;
        // Beyond MAX_DPI the page is drawn at MAX_DPI and enlarged: a little soft at 300%, but a few
        // pages in view never cost more than a couple of hundred megabytes.
        float dpi = (float) Math.round(Math.min(MAX_DPI, ReportPreviewViewModel.SCREEN_DPI * scale * outputScale));
        vm.show(wanted, dpi);
    }
}
