package org.didworkbench.ui.welcome;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.didworkbench.service.BundledSample;

/**
 * The welcome screen: what the workbench is, Open file, Open the sample, and the recent files.
 * Every action is a button, so Tab reaches it and Enter or Space runs it; Alt+O and Alt+S open a
 * file and the sample.
 */
public final class WelcomeView {
    private final WelcomeViewModel vm;
    private final StackPane root;
    private final Button open;

    public WelcomeView(WelcomeViewModel vm) {
        this.vm = vm;

        ImageView icon = new ImageView();
        var url = WelcomeView.class.getResource("/org/didworkbench/ui/icons/did-workbench-64.png");
        if (url != null) {
            icon.setImage(new Image(url.toExternalForm()));
        }
        icon.setFitWidth(56);
        icon.setFitHeight(56);
        Label title = new Label("DID Workbench");
        title.getStyleClass().add("welcome-title");
        Label tagline = new Label("Check a month's Diagnostic Imaging Data Set submission before you send it: see what"
                + " NHS England would reject or warn about, fix it, and export a corrected file. The file you open is"
                + " never changed.");
        tagline.setWrapText(true);
        tagline.getStyleClass().add("welcome-text");
        VBox heading = new VBox(4, title, tagline);
        HBox head = new HBox(16, icon, heading);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(heading, Priority.ALWAYS);

        open = new Button("_Open file\u2026");
        open.setId("welcome-open");
        open.getStyleClass().add("accent-button");
        open.setDefaultButton(true); // Enter opens a file; only while the welcome screen is showing
        open.setTooltip(new Tooltip("Choose a DID submission (CSV or XML) or a kept workspace (Ctrl+O)"));
        open.setOnAction(e -> vm.openFile());

        Button sample = new Button("Open the _sample");
        sample.setId("welcome-sample");
        sample.getStyleClass().add("welcome-secondary");
        sample.setOnAction(e -> vm.openSample());
        sample.disableProperty().bind(vm.sampleProperty().isNull());
        // A disabled button shows no tooltip, so the reason sits in a wrapper that does.
        StackPane sampleWrap = new StackPane(sample);
        Tooltip sampleTip = new Tooltip();
        sampleTip.textProperty().bind(Bindings.createStringBinding(() -> {
            BundledSample s = vm.sampleProperty().get();
            return s == null ? WelcomeViewModel.sampleMissingText()
                    : "2,000 synthetic records with deliberate problems, checked as if submitted on "
                    + s.submissionDate() + (s.reference() != null ? " with the sample's reference data" : "")
                    + ".\n" + s.file();
        }, vm.sampleProperty()));
        Tooltip.install(sampleWrap, sampleTip);
        Label drop = new Label("or drop a file anywhere in this window");
        drop.getStyleClass().add("hint");
        HBox actions = new HBox(10, open, sampleWrap, drop);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label recentTitle = new Label("Recent files");
        recentTitle.getStyleClass().add("welcome-section");
        VBox recentList = new VBox(2);
        recentList.setId("welcome-recent");
        recentList.getStyleClass().add("welcome-recent");
        Label none = new Label("Files you open are listed here.");
        none.getStyleClass().add("hint");
        Hyperlink forget = new Hyperlink("Remove files not found from the list");
        forget.setId("welcome-forget-missing");
        forget.getStyleClass().add("hint-link");
        forget.setOnAction(e -> vm.forgetMissing());
        forget.visibleProperty().bind(vm.anyMissingProperty());
        forget.managedProperty().bind(forget.visibleProperty());
        Runnable fill = () -> {
            recentList.getChildren().clear();
            if (vm.recent().isEmpty()) {
                recentList.getChildren().add(none);
            }
            for (WelcomeViewModel.RecentEntry entry : vm.recent()) {
                recentList.getChildren().add(recentRow(entry));
            }
        };
        fill.run();
        vm.recent().addListener((ListChangeListener<WelcomeViewModel.RecentEntry>) c -> fill.run());

        Label help = new Label("New here? Help \u203A Using DID Workbench (F1) explains the colours, the markers and"
                + " how to fix, export and report.");
        help.setWrapText(true);
        help.getStyleClass().add("hint");

        VBox card = new VBox(18, head, actions, new VBox(6, recentTitle, recentList, forget), help);
        card.getStyleClass().add("welcome-card");
        card.setMaxWidth(720);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setFillWidth(true);

        VBox centre = new VBox(card);
        centre.setAlignment(Pos.CENTER);
        centre.setFillWidth(false);
        card.setPrefWidth(720);
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("welcome-scroll");
        root = new StackPane(scroll);
        root.setId("welcome");
        root.getStyleClass().add("welcome");
    }

    private Node recentRow(WelcomeViewModel.RecentEntry entry) {
        Label name = new Label(entry.name());
        name.getStyleClass().add("recent-name");
        Label folder = new Label(entry.folder());
        folder.getStyleClass().add("recent-folder");
        folder.setMinWidth(0);
        HBox line = new HBox(10, name, folder);
        line.setAlignment(Pos.BASELINE_LEFT);
        if (!entry.found()) {
            Label missing = new Label("not found");
            missing.getStyleClass().add("recent-missing");
            line.getChildren().add(missing);
        }
        Button b = new Button(null, line);
        b.getStyleClass().add("recent-entry");
        b.setMnemonicParsing(false);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setDisable(!entry.found());
        b.setOnAction(e -> vm.openRecent(entry));
        b.setAccessibleText(entry.name() + " in " + entry.folder() + (entry.found() ? "" : ", not found"));
        if (entry.found()) {
            b.setTooltip(new Tooltip("Open " + entry.path()));
        }
        return b;
    }

    public Node node() {
        return root;
    }

    /** Puts the keyboard focus on "Open file…", so Enter opens a file at once. */
    public void focus() {
        open.requestFocus();
    }
}
