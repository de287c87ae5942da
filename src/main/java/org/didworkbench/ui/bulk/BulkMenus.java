package org.didworkbench.ui.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.service.RuleCount;
import org.didworkbench.ui.issues.IssuesView;
import org.didworkbench.ui.issues.IssuesViewModel;
import org.didworkbench.ui.records.RecordsView;
import org.didworkbench.ui.records.RecordsViewModel;
import org.didworkbench.ui.records.RowSlot;

/**
 * Puts bulk editing where the user works: "Fix all like this" under the issues panel's rules and in a
 * cell's context menu, find and replace, set value on the selected records and clusters in the same
 * menu and in Edit, the change log in View and its export in File.
 */
public final class BulkMenus {
    private final BulkEditsViewModel bulk;
    private final IssuesViewModel issues;
    private final RecordsViewModel records;
    private final TableView<RowSlot> table;
    private final BooleanExpression unavailable;

    /**
     * @param unavailable true while no file is open or a long task runs
     */
    public BulkMenus(BulkEditsViewModel bulk, IssuesViewModel issues, RecordsViewModel records, RecordsView view,
                     BooleanExpression unavailable) {
        this.bulk = bulk;
        this.issues = issues;
        this.records = records;
        this.table = view.table();
        this.unavailable = unavailable;
    }

    /** Multi-selection and the context menu in the table; the fix action in the issues panel. */
    public void install(IssuesView issuesView) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setContextMenu(cellMenu());
        issuesView.addRuleAction("Fix all like this\u2026", "fix-all-rule", r -> bulk.hasFix(r.code()),
                r -> bulk.fixAll(r.code(), r.description()));
    }

    /** Edit menu entries. */
    public List<MenuItem> editItems() {
        MenuItem fix = item("Fix all like this\u2026", "menu-fix-all", null, this::fixChosenRule);
        fix.disableProperty().bind(unavailable.or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !bulk.hasFix(issues.chosenRuleProperty().get()), issues.chosenRuleProperty())));
        MenuItem replace = item("Find and replace\u2026", "menu-replace",
                new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), () -> bulk.findReplace(focusedItem()));
        MenuItem set = item("Set value on selected records\u2026", "menu-set-value", null,
                () -> bulk.setValue(focusedItem(), selectedPositions()));
        MenuItem cluster = item("Cluster similar values\u2026", "menu-cluster", null,
                () -> bulk.cluster(focusedItem()));
        for (MenuItem m : List.of(replace, set, cluster)) {
            m.disableProperty().bind(unavailable);
        }
        return List.of(new SeparatorMenuItem(), fix, replace, set, cluster);
    }

    /** View › Change log. */
    public MenuItem changeLogItem() {
        MenuItem m = item("Change log\u2026", "menu-change-log",
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                bulk::showChangeLog);
        m.disableProperty().bind(unavailable);
        return m;
    }

    /** File › Export change log. */
    public MenuItem exportChangeLogItem() {
        MenuItem m = item("Export change log\u2026", "menu-export-change-log", null, bulk::exportChangeLog);
        m.disableProperty().bind(unavailable);
        return m;
    }

    private void fixChosenRule() {
        String code = issues.chosenRuleProperty().get();
        issues.rules().stream().filter(r -> r.code().equals(code)).findFirst()
                .ifPresent(r -> bulk.fixAll(r.code(), r.description()));
    }

    // ------------------------------------------------------------ the table's context menu

    private ContextMenu cellMenu() {
        MenuItem fix = new MenuItem();
        fix.setId("cell-fix-all");
        MenuItem replace = new MenuItem();
        replace.setId("cell-replace");
        MenuItem set = new MenuItem();
        set.setId("cell-set-value");
        MenuItem cluster = new MenuItem();
        cluster.setId("cell-cluster");
        MenuItem log = item("Change log\u2026", "cell-change-log", null, bulk::showChangeLog);
        SeparatorMenuItem afterFix = new SeparatorMenuItem();
        afterFix.visibleProperty().bind(fix.visibleProperty());
        ContextMenu menu = new ContextMenu(fix, afterFix, replace, set, cluster, new SeparatorMenuItem(), log);
        menu.setOnShowing(e -> {
            int item = focusedItem();
            List<DataItem> items = records.itemsProperty().get();
            boolean none = item < 0 || item >= items.size() || unavailable.get();
            String name = none ? "" : items.get(item).dataDictionaryName();
            Optional<Issue> fixable = none ? Optional.empty() : bulk.fixableIssue(focusedRow(), item);
            fix.setText(fixable.map(i -> "Fix all " + i.rule() + " like this\u2026").orElse("Fix all like this\u2026"));
            fix.setVisible(fixable.isPresent());
            fix.setOnAction(a -> fixable.ifPresent(i -> bulk.fixAll(i.rule(), description(i.rule()))));
            replace.setText(none ? "Find and replace\u2026" : "Find and replace in " + name + "\u2026");
            replace.setOnAction(a -> bulk.findReplace(item));
            List<Integer> positions = selectedPositions();
            set.setText(none ? "Set value on selected records\u2026" : String.format("Set %s on the %s\u2026", name,
                    positions.size() == 1 ? "selected record" : String.format("%,d selected records",
                            positions.size())));
            set.setOnAction(a -> bulk.setValue(item, positions));
            cluster.setText(none ? "Cluster similar values\u2026" : "Cluster similar values of " + name + "\u2026");
            cluster.setOnAction(a -> bulk.cluster(item));
            for (MenuItem m : List.of(replace, set, cluster, log)) {
                m.setDisable(none);
            }
        });
        return menu;
    }

    private String description(String rule) {
        return issues.rules().stream().filter(r -> r.code().equals(rule)).map(RuleCount::description).findFirst()
                .orElse("");
    }

    /** The item of the focused cell, or -1. */
    private int focusedItem() {
        TablePosition<RowSlot, ?> pos = focused();
        TableColumn<RowSlot, ?> col = pos == null ? null : pos.getTableColumn();
        return col != null && col.getUserData() instanceof Integer i ? i : -1;
    }

    /** The record of the focused cell's row, or null while it is being fetched. */
    private org.didworkbench.service.RecordRow focusedRow() {
        TablePosition<RowSlot, ?> pos = focused();
        if (pos == null || pos.getRow() < 0 || pos.getRow() >= table.getItems().size()) {
            return null;
        }
        return table.getItems().get(pos.getRow()).row();
    }

    @SuppressWarnings("unchecked")
    private TablePosition<RowSlot, ?> focused() {
        return table.getFocusModel().getFocusedCell();
    }

    /** The positions (in the current view) of the rows with a selected cell. */
    private List<Integer> selectedPositions() {
        List<Integer> out = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            if (p.getRow() >= 0) {
                seen.add(p.getRow());
            }
        }
        out.addAll(seen);
        return out;
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
}
