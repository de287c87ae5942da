package org.didworkbench.ui.issues;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.service.RuleCount;
import org.didworkbench.ui.common.Markers;
import org.didworkbench.ui.common.Masking;
import org.didworkbench.ui.issues.IssuesViewModel.Group;
import org.didworkbench.ui.records.CellPresenter;
import org.didworkbench.ui.records.CellPresenter.Mark;
import org.didworkbench.ui.records.RecordsViewModel;

/** The issues panel: failing rules grouped by severity with counts; the chosen rule's issues below. */
public final class IssuesView {
    private final IssuesViewModel vm;
    private final RecordsViewModel records;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("rules"));
    private final ListView<Issue> list = new ListView<>();
    private final Label listTitle = new Label("Choose a rule to list its issues.");
    private final VBox root;
    private final HBox ruleActions = new HBox(6);
    private final javafx.scene.control.ContextMenu ruleMenu = new javafx.scene.control.ContextMenu();
    private boolean syncing;

    public IssuesView(IssuesViewModel vm, RecordsViewModel records) {
        this.vm = vm;
        this.records = records;
        Label title = new Label("Issues");
        title.getStyleClass().add("pane-title");
        Button all = new Button("Show all records");
        all.setId("show-all-records");
        all.getStyleClass().add("link-button");
        all.setOnAction(e -> vm.clearChoice());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, all);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("pane-head");

        tree.setId("rules-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new RuleTreeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!syncing && item != null && item.getValue() instanceof RuleCount r) {
                vm.chooseRule(r.code());
            }
        });
        vm.rules().addListener((ListChangeListener<RuleCount>) c -> rebuild());
        vm.chosenRuleProperty().addListener((o, a, code) -> {
            listTitle.setText(code == null ? "Choose a rule to list its issues." : "Issues of " + code);
            if (code == null) {
                syncing = true;
                tree.getSelectionModel().clearSelection();
                syncing = false;
            }
        });

        listTitle.getStyleClass().add("pane-subtitle");
        listTitle.setWrapText(true);
        list.setId("issue-list");
        list.setCellFactory(l -> new IssueCell());
        list.setItems(vm.issues());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, issue) -> vm.chooseIssue(issue));
        list.setPlaceholder(new Label(""));
        list.setTooltip(new Tooltip("Choose an issue to go to its cell in the table"));
        records.maskedProperty().addListener((o, a, b) -> list.refresh());

        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.ALWAYS);
        ruleActions.setAlignment(Pos.CENTER_LEFT);
        ruleActions.setVisible(false);
        ruleActions.managedProperty().bind(ruleActions.visibleProperty());
        root = new VBox(6, head, tree, ruleActions, listTitle, list);
        root.setPadding(new Insets(8));
        root.getStyleClass().add("issues-view");
        root.setId("issues-panel");
        root.setMinWidth(0);
    }

    public Node node() {
        return root;
    }

    /**
     * Adds an action on the chosen rule: a button under the rules (shown while the chosen rule qualifies)
     * and an entry in the rules' context menu.
     *
     * @param appliesTo which rules the action is for (e.g. those with a safe fix)
     * @param action    runs with the chosen rule
     */
    public void addRuleAction(String text, String id, java.util.function.Predicate<RuleCount> appliesTo,
                              java.util.function.Consumer<RuleCount> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> chosenRule().ifPresent(action));
        b.visibleProperty().bind(Bindings.createBooleanBinding(() -> chosenRule().filter(appliesTo).isPresent(),
                vm.chosenRuleProperty(), vm.rules()));
        b.managedProperty().bind(b.visibleProperty());
        ruleActions.getChildren().add(b);
        javafx.beans.Observable[] shown = ruleActions.getChildren().stream().map(Node::visibleProperty)
                .toArray(javafx.beans.Observable[]::new);
        ruleActions.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> ruleActions.getChildren().stream().anyMatch(Node::isVisible), shown));
        javafx.scene.control.MenuItem m = new javafx.scene.control.MenuItem(text);
        m.setId(id + "-menu");
        m.setOnAction(e -> chosenRule().ifPresent(action));
        ruleMenu.getItems().add(m);
        ruleMenu.setOnShowing(e -> ruleMenu.getItems().forEach(i -> i.setDisable(chosenRule().isEmpty())));
        m.visibleProperty().bind(b.visibleProperty());
        if (tree.getContextMenu() == null) {
            tree.setContextMenu(ruleMenu);
            // No menu at all (rather than an empty one) where no action applies to the chosen rule.
            tree.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
                if (ruleMenu.getItems().stream().noneMatch(javafx.scene.control.MenuItem::isVisible)) {
                    e.consume();
                }
            });
        }
    }

    private java.util.Optional<RuleCount> chosenRule() {
        String code = vm.chosenRuleProperty().get();
        return vm.rules().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    private void rebuild() {
        syncing = true;
        try {
            TreeItem<Object> rootItem = tree.getRoot();
            rootItem.getChildren().clear();
            TreeItem<Object> selected = null;
            for (Group g : Group.values()) {
                List<RuleCount> rules = vm.rulesOf(g);
                if (rules.isEmpty()) {
                    continue;
                }
                TreeItem<Object> group = new TreeItem<>(g);
                group.setExpanded(true);
                for (RuleCount r : rules) {
                    TreeItem<Object> leaf = new TreeItem<>(r);
                    if (r.code().equals(vm.chosenRuleProperty().get())) {
                        selected = leaf;
                    }
                    group.getChildren().add(leaf);
                }
                rootItem.getChildren().add(group);
            }
            if (selected != null) {
                tree.getSelectionModel().select(selected);
            }
        } finally {
            syncing = false;
        }
    }

    private long total(Group g) {
        return vm.rulesOf(g).stream().mapToLong(RuleCount::count).sum();
    }

    private static Mark markOf(Group g) {
        return switch (g) {
            case ERRORS -> Mark.ERROR;
            case WARNINGS -> Mark.WARNING;
            case OUTLIERS -> Mark.OUTLIER;
        };
    }

    private final class RuleTreeCell extends TreeCell<Object> {
        private final Tooltip tip = new Tooltip();

        RuleTreeCell() {
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            tip.setShowDelay(Duration.millis(300));
        }

        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll("group-cell", "rule-cell");
            setText(null);
            if (empty || value == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (value instanceof Group g) {
                getStyleClass().add("group-cell");
                Label name = new Label(g.title());
                name.getStyleClass().add("group-title");
                name.setMinWidth(0);
                setTooltip(new Tooltip(switch (g) {
                    case ERRORS -> "Any error means the national service would reject the whole file.";
                    case WARNINGS -> "The file is accepted; warnings are reported back to you.";
                    case OUTLIERS -> "Checks the national service does not make: unusual values worth a look."
                            + " They never change the verdict.";
                }));
                Label count = badge(total(g));
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox box = new HBox(6, Markers.mark(markOf(g)), name, spacer, count);
                box.setAlignment(Pos.CENTER_LEFT);
                box.maxWidthProperty().bind(tree.widthProperty().subtract(50));
                setGraphic(box);
            } else if (value instanceof RuleCount r) {
                getStyleClass().add("rule-cell");
                Label code = new Label(r.code());
                code.getStyleClass().add("rule-code");
                Label desc = new Label(r.description());
                desc.getStyleClass().add("rule-description");
                desc.setMinWidth(0);
                // Fit the panel (ellipsis) rather than widen the tree into a horizontal scroll.
                desc.prefWidthProperty().bind(tree.widthProperty().subtract(70));
                desc.maxWidthProperty().bind(desc.prefWidthProperty());
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox top = new HBox(6, Markers.mark(markOf(Group.of(r))), code, spacer, badge(r.count()));
                top.setAlignment(Pos.CENTER_LEFT);
                top.maxWidthProperty().bind(desc.prefWidthProperty());
                VBox box = new VBox(1, top, desc);
                box.setMinWidth(0);
                setGraphic(box);
                tip.setText(r.code() + " \u00B7 " + r.severity().label() + (r.workbench() ? " (workbench check)" : "")
                        + "\n" + r.description() + "\n\n" + String.format("%,d issue%s in %,d record%s", r.count(),
                        r.count() == 1 ? "" : "s", r.records(), r.records() == 1 ? "" : "s")
                        + "\nItems: " + String.join(", ", r.items()));
                setTooltip(tip);
            }
        }
    }

    private static Label badge(long n) {
        Label l = new Label(String.format("%,d", n));
        l.getStyleClass().add("count-badge");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private final class IssueCell extends ListCell<Issue> {
        @Override
        protected void updateItem(Issue issue, boolean empty) {
            super.updateItem(issue, empty);
            if (empty || issue == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            DataItem item = itemNamed(issue.fields().isEmpty() ? "" : issue.fields().get(0));
            boolean mask = records.maskedProperty().get() && item != null;
            Label where = new Label("Line " + issue.line() + " \u00B7 "
                    + (item == null ? String.join(", ", issue.fields()) : item.dataDictionaryName()));
            where.getStyleClass().add("issue-where");
            Label message = new Label(mask ? Masking.maskInMessage(item, issue.value(), issue.message())
                    : issue.message());
            message.getStyleClass().add("issue-message");
            message.setWrapText(true);
            message.setMinWidth(0);
            message.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            HBox top = new HBox(6, Markers.mark(CellPresenter.markOf(issue)), where);
            top.setAlignment(Pos.CENTER_LEFT);
            setGraphic(new VBox(2, top, message));
            setText(null);
        }
    }

    private DataItem itemNamed(String name) {
        for (DataItem d : records.itemsProperty().get()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
