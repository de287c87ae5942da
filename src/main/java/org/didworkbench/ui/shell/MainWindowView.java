package org.didworkbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.didworkbench.domain.dataset.RecordQuery.Filter;
import org.didworkbench.service.Counts;
import org.didworkbench.ui.bulk.BulkMenus;
import org.didworkbench.ui.bulk.FxBulkDialogs;
import org.didworkbench.ui.common.BusyOverlay;
import org.didworkbench.ui.common.DialogService;
import org.didworkbench.ui.common.Markers;
import org.didworkbench.ui.common.WorkbenchSettings;
import org.didworkbench.ui.common.WorkbenchSettings.WindowBounds;
import org.didworkbench.ui.about.AboutInfo;
import org.didworkbench.ui.about.AboutView;
import org.didworkbench.ui.about.Licences;
import org.didworkbench.ui.detail.RecordDetailView;
import org.didworkbench.ui.history.CompareDialog;
import org.didworkbench.ui.help.HelpDocument;
import org.didworkbench.ui.help.HelpView;
import org.didworkbench.ui.settings.SettingsView;
import org.didworkbench.ui.welcome.WelcomeView;
import org.didworkbench.ui.issues.IssuesView;
import org.didworkbench.ui.records.CellPresenter.Mark;
import org.didworkbench.ui.records.RecordsView;
import org.didworkbench.ui.report.ReportPreviewView;

/**
 * The main window: menu, toolbar, verdict banner, the issues panel, records table and record
 * detail side by side, the status bar, the progress overlay for long tasks, and drag and drop.
 */
public final class MainWindowView {
    /** The stylesheets: the light theme always, the dark one on top when chosen. */
    public static final String LIGHT_CSS = "/org/didworkbench/ui/workbench.css";
    public static final String DARK_CSS = "/org/didworkbench/ui/workbench-dark.css";

    private final MainWindowViewModel vm;
    private final Stage stage;
    private final DialogService dialogs;
    private final RecordsView recordsView;
    private final IssuesView issuesView;
    private final RecordDetailView detailView;
    private final SplitPane split = new SplitPane();
    private final Scene scene;
    private final CheckMenuItem showIssues = new CheckMenuItem("Issues panel");
    private final CheckMenuItem showDetail = new CheckMenuItem("Record detail");
    private final BulkMenus bulkMenus;
    private final WelcomeView welcomeView;
    private final BorderPane root;
    private HelpView help;

    public MainWindowView(MainWindowViewModel vm, Stage stage, DialogService dialogs) {
        this.vm = vm;
        this.stage = stage;
        this.dialogs = dialogs;
        this.recordsView = new RecordsView(vm.records(), vm.issues().rules());
        this.issuesView = new IssuesView(vm.issues(), vm.records());
        this.detailView = new RecordDetailView(vm.detail(), vm.records());
        recordsView.useLayout(vm.settings().columns());
        vm.onReportPreview(preview -> new ReportPreviewView(preview, stage, stylesheets()).show());
        bulkMenus = new BulkMenus(vm.bulk(), vm.issues(), vm.records(), recordsView,
                vm.openProperty().not().or(vm.busyProperty()));
        bulkMenus.install(issuesView);
        vm.bulk().useDialogs(new FxBulkDialogs(stage, this::stylesheets, vm.maskedProperty()));

        split.getItems().addAll(issuesView.node(), recordsView.node(), detailView.node());
        split.setId("main-split");
        SplitPane.setResizableWithParent(issuesView.node(), false);
        SplitPane.setResizableWithParent(detailView.node(), false);
        double[] dividers = vm.settings().dividers().filter(d -> d.length == 2).orElse(new double[] {0.21, 0.76});
        split.setDividerPositions(dividers);

        welcomeView = new WelcomeView(vm.welcome());
        Node welcome = welcomeView.node();
        welcome.visibleProperty().bind(vm.openProperty().not().and(vm.busyProperty().not()));
        StackPane center = new StackPane(split, welcome, busyOverlay());
        root = new BorderPane(center);
        root.setTop(new VBox(menuBar(), toolBar(), banner()));
        root.setBottom(statusBar());
        root.getStyleClass().add("workbench");

        WindowBounds bounds = vm.settings().window().filter(MainWindowView::onScreen).orElse(null);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = bounds != null ? bounds.width() : Math.min(1500, screen.getWidth() * 0.92);
        double h = bounds != null ? bounds.height() : Math.min(940, screen.getHeight() * 0.92);
        scene = new Scene(root, w, h);
        applyTheme(vm.darkProperty().get());
        vm.darkProperty().addListener((o, a, dark) -> applyTheme(dark));
        applyFontSize(vm.fontSizeProperty().get());
        vm.fontSizeProperty().addListener((o, a, size) -> applyFontSize(size.intValue()));
        if (bounds != null) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setMaximized(bounds.maximized());
        }
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        installDragAndDrop();
        stage.setOnShown(e -> welcomeView.focus());
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!vm.confirmDiscard()) {
                e.consume();
            } else {
                saveLayout();
            }
        });
    }

    public Scene scene() {
        return scene;
    }

    public RecordsView records() {
        return recordsView;
    }

    /** The stylesheets in use, for dialogs to follow the theme. */
    public List<String> stylesheets() {
        return List.copyOf(scene.getStylesheets());
    }

    /**
     * The root's inline style: the chosen text size, which every size in the stylesheets (in em)
     * follows; "" for the system's size. Dialogs and side windows take it too.
     */
    public String rootStyle() {
        int size = vm.fontSizeProperty().get();
        return size > 0 ? "-fx-font-size: " + size + "px;" : "";
    }

    /** The system's text size in whole pixels (what "System" means in the settings). */
    public static int systemFontSize() {
        return (int) Math.round(javafx.scene.text.Font.getDefault().getSize());
    }

    private void applyFontSize(int size) {
        root.setStyle(rootStyle());
        recordsView.useFontSize(size > 0 ? size : javafx.scene.text.Font.getDefault().getSize());
        if (help != null) {
            help.style(stylesheets(), rootStyle());
        }
    }

    private void applyTheme(boolean dark) {
        List<String> sheets = new ArrayList<>();
        sheets.add(MainWindowView.class.getResource(LIGHT_CSS).toExternalForm());
        if (dark) {
            sheets.add(MainWindowView.class.getResource(DARK_CSS).toExternalForm());
        }
        scene.getStylesheets().setAll(sheets);
        if (help != null) {
            help.style(sheets, rootStyle());
        }
    }

    private static boolean onScreen(WindowBounds b) {
        return !Screen.getScreensForRectangle(b.x(), b.y(), Math.max(1, b.width()), Math.max(1, b.height())).isEmpty()
                && b.width() >= 400 && b.height() >= 300;
    }

    // ------------------------------------------------------------ menu and toolbar

    private MenuBar menuBar() {
        MenuItem open = item("Open\u2026", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                vm::chooseAndOpen);
        Menu recent = new Menu("Open recent");
        recent.setId("menu-recent");
        fillRecent(recent.getItems());
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent.getItems()));
        MenuItem export = item("Export corrected file\u2026", "menu-export",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), vm::exportCorrected);
        MenuItem report = item("Quality report\u2026", "menu-report",
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), vm::showReport);
        report.disableProperty().bind(vm.openProperty().not().or(vm.busyProperty())
                .or(vm.reportsAvailableProperty().not()));
        MenuItem quit = item("Quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu("File", null, open, recent, new SeparatorMenuItem(), export, report,
                bulkMenus.exportChangeLogItem(), new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "menu-undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("Redo", "menu-redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem find = item("Find\u2026", "menu-find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                recordsView::focusSearch);
        MenuItem next = item("Next issue", "menu-next-issue", new KeyCodeCombination(KeyCode.F8),
                () -> vm.records().nextIssue(true));
        MenuItem prev = item("Previous issue", "menu-prev-issue",
                new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN), () -> vm.records().nextIssue(false));
        for (MenuItem m : List.of(export, find, next, prev)) {
            m.disableProperty().bind(vm.openProperty().not().or(vm.busyProperty()));
        }
        MenuItem settingsItem = item("Settings\u2026", "menu-settings",
                new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), this::showSettings);
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), find, next, prev);
        edit.getItems().addAll(bulkMenus.editItems());
        edit.getItems().addAll(new SeparatorMenuItem(), settingsItem);

        Menu show = new Menu("Show");
        int key = 1;
        for (Filter f : List.of(Filter.ALL, Filter.WITH_ISSUES, Filter.ERRORS, Filter.WARNINGS, Filter.EDITED)) {
            String label = switch (f) {
                case ALL -> "All records";
                case WITH_ISSUES -> "Records with issues";
                case ERRORS -> "Records with errors";
                case WARNINGS -> "Records with warnings";
                default -> "Edited records";
            };
            MenuItem m = item(label, "menu-show-" + f.name().toLowerCase(),
                    new KeyCodeCombination(KeyCode.valueOf("DIGIT" + key++), KeyCombination.SHORTCUT_DOWN),
                    () -> vm.records().showQuick(f));
            m.disableProperty().bind(vm.openProperty().not());
            show.getItems().add(m);
        }
        CheckMenuItem mask = new CheckMenuItem("Mask NHS number, birth date and postcode");
        mask.setId("menu-mask");
        mask.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        mask.selectedProperty().bindBidirectional(vm.maskedProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        showIssues.setSelected(true);
        showIssues.setId("menu-issues-panel");
        showIssues.selectedProperty().addListener((o, a, b) -> togglePane(issuesView.node(), b, 0));
        showDetail.setSelected(true);
        showDetail.setId("menu-detail-panel");
        showDetail.selectedProperty().addListener((o, a, b) -> togglePane(detailView.node(), b, split.getItems().size()));
        MenuItem compare = item("Compare with earlier months\u2026", "menu-compare-months", null,
                this::compareWithEarlierMonths);
        compare.disableProperty().bind(vm.historyAvailableProperty().not().or(vm.busyProperty()));
        Menu view = new Menu("View", null, show, bulkMenus.changeLogItem(), new SeparatorMenuItem(), mask, dark,
                new SeparatorMenuItem(), showIssues, showDetail, new SeparatorMenuItem(), compare);

        MenuItem using = item("Using DID Workbench", "menu-help", new KeyCodeCombination(KeyCode.F1),
                () -> showHelp(null));
        MenuItem keys = item("Keyboard shortcuts", "menu-keys",
                new KeyCodeCombination(KeyCode.F1, KeyCombination.SHIFT_DOWN), () -> showHelp("keyboard-shortcuts"));
        MenuItem about = item("About DID Workbench", "menu-about", null, this::showAbout);
        Menu help = new Menu("Help", null, using, keys, new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** View › Compare with earlier months: the dialog fills in when the comparison arrives. */
    private void compareWithEarlierMonths() {
        new CompareDialog(vm.compareWithEarlierMonths(), stage, stylesheets()).show();
    }

    private void fillRecent(javafx.collections.ObservableList<MenuItem> target) {
        List<MenuItem> items = new ArrayList<>();
        for (Path p : vm.recentFiles()) {
            MenuItem m = new MenuItem(p.getFileName() + "  \u2014  " + (p.getParent() == null ? "" : p.getParent()));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> vm.open(p));
            items.add(m);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            items.add(none);
        }
        target.setAll(items);
    }

    private static MenuItem item(String text, String id, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void togglePane(Node pane, boolean visible, int index) {
        if (visible && !split.getItems().contains(pane)) {
            split.getItems().add(Math.min(index, split.getItems().size()), pane);
        } else if (!visible) {
            split.getItems().remove(pane);
        }
    }

    private ToolBar toolBar() {
        Button open = tool("Open", "open-button", "icon-open", "Open a submission file (Ctrl+O)", vm::chooseAndOpen);
        open.disableProperty().bind(vm.busyProperty());
        MenuButton recent = new MenuButton("Recent");
        recent.setId("recent-button");
        recent.setTooltip(new Tooltip("Open a recent file"));
        fillRecent(recent.getItems());
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent.getItems()));
        recent.disableProperty().bind(vm.busyProperty());
        Button export = tool("Export", "export-button", "icon-export",
                "Write the corrected file (Ctrl+E); the file you opened is never changed", vm::exportCorrected);
        export.disableProperty().bind(vm.openProperty().not().or(vm.busyProperty()));
        Button report = tool("Report", "report-button", "icon-report",
                "Preview the quality summary report, then print it or save it as PDF or HTML (Ctrl+R);"
                        + " it holds no patient identifiers", vm::showReport);
        report.disableProperty().bind(vm.openProperty().not().or(vm.busyProperty())
                .or(vm.reportsAvailableProperty().not()));
        StackPane reportWrap = new StackPane(report);
        Button undo = tool("Undo", "undo-button", "icon-undo", "Undo the last change (Ctrl+Z)", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not().or(vm.busyProperty()));
        Button redo = tool("Redo", "redo-button", "icon-redo", "Redo (Ctrl+Y)", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not().or(vm.busyProperty()));
        Button prev = tool("Previous issue", "prev-issue", "icon-prev", "Go to the previous record with an issue"
                + " (Shift+F8)", () -> vm.records().nextIssue(false));
        Button next = tool("Next issue", "next-issue", "icon-next", "Go to the next record with an issue (F8)",
                () -> vm.records().nextIssue(true));
        Button find = tool("Find", "find-button", "icon-find", "Find a value in any item (Ctrl+F)",
                recordsView::focusSearch);
        for (Button b : List.of(prev, next, find)) {
            b.disableProperty().bind(vm.openProperty().not().or(vm.busyProperty()));
        }
        ToggleButton mask = new ToggleButton("Mask identifiers");
        mask.setId("mask-toggle");
        mask.setGraphic(icon("icon-mask"));
        mask.setTooltip(new Tooltip("Hide NHS number, birth date and postcode on screen (Ctrl+M)"));
        mask.selectedProperty().bindBidirectional(vm.maskedProperty());
        ToolBar bar = new ToolBar(open, recent, export, reportWrap, sep(), undo, redo, sep(), prev, next, find, sep(),
                mask);
        bar.setId("tool-bar");
        return bar;
    }

    private static Node sep() {
        Region r = new Region();
        r.getStyleClass().add("tool-separator");
        return r;
    }

    private static Button tool(String text, String id, String iconClass, String tip, Runnable action) {
        Button b = new Button(text, icon(iconClass));
        b.setId(id);
        if (tip != null) {
            b.setTooltip(new Tooltip(tip));
        }
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Region icon(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll("icon", styleClass);
        return r;
    }

    // ------------------------------------------------------------ banner, status bar, overlays

    private Node banner() {
        Region mark = Markers.mark(Mark.NONE);
        Label verdict = new Label();
        verdict.setId("verdict");
        verdict.getStyleClass().add("verdict-text");
        Label detail = new Label();
        detail.setId("verdict-detail");
        detail.getStyleClass().add("verdict-detail");
        HBox box = new HBox(10, mark, verdict, detail);
        box.setId("verdict-banner");
        box.getStyleClass().add("verdict-banner");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 12, 8, 12));
        box.visibleProperty().bind(vm.countsProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        vm.countsProperty().addListener((o, a, c) -> {
            if (c == null) {
                return;
            }
            verdict.setText(c.verdict());
            detail.setText(String.format("%,d records \u00B7 %,d warning%s \u00B7 %,d outlier%s (workbench checks;"
                            + " they never change the verdict) \u00B7 %,d edited value%s", c.records(), c.warnings(),
                    c.warnings() == 1 ? "" : "s", c.outliers(), c.outliers() == 1 ? "" : "s", c.edits(),
                    c.edits() == 1 ? "" : "s"));
            Mark m = c.rejected() ? Mark.ERROR : c.warnings() > 0 ? Mark.WARNING : Mark.NONE;
            Markers.set(mark, m);
            box.pseudoClassStateChanged(Markers.ERROR, c.rejected());
            box.pseudoClassStateChanged(Markers.WARNING, !c.rejected() && c.warnings() > 0);
        });
        return box;
    }

    private Node statusBar() {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(vm.statusProperty());
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        progress.setPrefWidth(160);
        HBox bar = new HBox(14, message, progress, profileLabel(),
                count("records-count", "Records", c -> c.records()),
                count("errors-count", "Errors", Counts::errors),
                count("warnings-count", "Warnings", Counts::warnings),
                count("outliers-count", "Outliers", Counts::outliers),
                count("edits-count", "Edits", Counts::edits),
                verdictChip());
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private Label count(String id, String name, java.util.function.ToLongFunction<Counts> f) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll("status-count", id);
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            Counts c = vm.countsProperty().get();
            return c == null ? "" : String.format("%s %,d", name, f.applyAsLong(c));
        }, vm.countsProperty()));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The open file's layout, with a PROVISIONAL badge (its tooltip says why) for a provisional profile. */
    private Node profileLabel() {
        Label name = new Label();
        name.setId("profile-name");
        name.getStyleClass().add("profile-name");
        name.textProperty().bind(vm.profileTitleProperty());
        name.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip nameTip = new Tooltip();
        nameTip.textProperty().bind(Bindings.concat("Layout and rules: ", vm.profileTitleProperty(), "\n",
                vm.profileBasisProperty()));
        nameTip.setWrapText(true);
        nameTip.setPrefWidth(520);
        // The status bar is at the foot of the screen when maximised: open these tooltips upwards.
        nameTip.setAnchorLocation(javafx.stage.PopupWindow.AnchorLocation.WINDOW_BOTTOM_LEFT);
        Label badge = new Label("PROVISIONAL");
        badge.setId("provisional-badge");
        badge.getStyleClass().add("provisional-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.concat("Provisional: NHS England has not published the full DIDS v2.0 item"
                + " list and rule catalogue (the TOS and ETOS), so this layout and the rules marked provisional are"
                + " the workbench's reading of the public guidance. A file it accepts may still be rejected"
                + " nationally. Load your copy of the ETOS as a profile file to check against the real rules"
                + " (docs/profiles.md).\n\n", vm.profileBasisProperty()));
        tip.setWrapText(true);
        tip.setPrefWidth(520);
        tip.setAnchorLocation(javafx.stage.PopupWindow.AnchorLocation.WINDOW_BOTTOM_LEFT);
        // On a wrapper: a tooltip takes its owner's font, and the badge's is small and bold.
        StackPane badgeWrap = new StackPane(badge);
        Tooltip.install(badgeWrap, tip);
        badgeWrap.visibleProperty().bind(vm.profileProvisionalProperty().and(vm.openProperty()));
        badgeWrap.managedProperty().bind(badgeWrap.visibleProperty());
        Label what = new Label("Layout");
        what.getStyleClass().add("profile-caption");
        what.setMinWidth(Region.USE_PREF_SIZE);
        HBox nameBox = new HBox(6, what, name);
        nameBox.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(nameBox, nameTip);
        HBox box = new HBox(6, nameBox, badgeWrap);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(vm.openProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Label verdictChip() {
        Label l = new Label();
        l.setId("verdict-short");
        l.getStyleClass().add("verdict-chip");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.visibleProperty().bind(vm.countsProperty().isNotNull());
        vm.countsProperty().addListener((o, a, c) -> {
            l.setText(c == null ? "" : c.rejected() ? "Would be rejected" : "Would be accepted");
            l.pseudoClassStateChanged(Markers.ERROR, c != null && c.rejected());
        });
        return l;
    }

    private Node busyOverlay() {
        BusyOverlay busy = new BusyOverlay(new BusyOverlay.Ids("busy-overlay", "busy-text", "busy-progress",
                "cancel-task"), vm.progressTextProperty(), vm.progressProperty(), vm.busyProperty(), vm::cancel, 360);
        busy.cancelButton().setCancelButton(true);
        StackPane overlay = busy.node();
        VBox card = busy.card();
        // while the first records of an opening file show, the card moves out of their way and the
        // table can be scrolled and read under it
        StackPane.setMargin(card, new javafx.geometry.Insets(0, 0, 28, 0));
        vm.records().previewingProperty().addListener((o, was, previewing) -> {
            StackPane.setAlignment(card, previewing ? Pos.BOTTOM_CENTER : Pos.CENTER);
            overlay.setPickOnBounds(!previewing);
            if (previewing) {
                overlay.getStyleClass().add("previewing");
            } else {
                overlay.getStyleClass().remove("previewing");
            }
        });
        return overlay;
    }

    // ------------------------------------------------------------ drag and drop, help, layout

    private void installDragAndDrop() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !vm.busyProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                // Ask how to open after the drop has finished, not inside the drag-and-drop callback.
                javafx.application.Platform.runLater(() -> vm.dropped(files));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Help › Using DID Workbench: the help page beside the window, at a section (null for the top). */
    private void showHelp(String anchor) {
        if (help == null) {
            help = new HelpView(stage, HelpDocument.builtIn());
            help.style(stylesheets(), rootStyle());
        }
        help.show(anchor);
    }

    private void showAbout() {
        var facts = vm.facts();
        var sample = vm.welcome().sampleProperty().get();
        new AboutView(stage, AboutInfo.current(facts.version(), facts.workspaceFolder(), facts.thresholdsFile(),
                sample == null ? null : sample.file()), Licences.bundled(), stylesheets(), rootStyle()).showAndWait();
    }

    private void showSettings() {
        new SettingsView(vm.settingsDialog(), stage, stylesheets(), rootStyle(), systemFontSize()).showAndWait();
    }

    /** Remembers the window's size, the columns and the panes. */
    public void saveLayout() {
        WorkbenchSettings s = vm.settings();
        s.setWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        if (!recordsView.columnLayout().isEmpty()) {
            s.setColumns(recordsView.columnLayout());
        }
        if (split.getItems().size() == 3) {
            s.setDividers(split.getDividerPositions());
        }
        s.flush();
    }
}
