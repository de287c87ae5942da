package org.didworkbench.ui.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.RecordQuery;
import org.didworkbench.domain.dataset.RecordQuery.Filter;
import org.didworkbench.service.RecordRow;
import org.didworkbench.service.RuleCount;
import org.didworkbench.ui.common.WorkbenchSettings.ColumnLayout;

/**
 * The records table with its filter bar: quick filters, rule and item filters, free-text search,
 * per-column filters in the headers, sorting by any column, and editing in place.
 */
public final class RecordsView {
    private final RecordsViewModel vm;
    private final ObservableList<RuleCount> rules;
    private final TableView<RowSlot> table = new TableView<>();
    /** The text size in use, in pixels (the system's until {@link #useFontSize} says otherwise). */
    private double fontSize = Font.getDefault().getSize();
    private final VBox root;
    private final Map<Filter, ToggleButton> quick = new HashMap<>();
    private final SegmentedButton quickButtons = new SegmentedButton();
    private final ComboBox<String> ruleBox = new ComboBox<>();
    private final ComboBox<Integer> itemBox = new ComboBox<>();
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final Label showing = new Label();
    private final Map<Integer, TextField> columnFilters = new HashMap<>();
    private final TableColumn<RowSlot, RecordRow> lineColumn = new TableColumn<>("Line");
    private List<ColumnLayout> savedLayout = List.of();
    private boolean syncing;

    public RecordsView(RecordsViewModel vm, ObservableList<RuleCount> rules) {
        this.vm = vm;
        this.rules = rules;
        this.root = new VBox(filterBar(), table);
        root.getStyleClass().add("records-view");
        VBox.setVgrow(table, Priority.ALWAYS);
        buildTable();
        vm.itemsProperty().addListener((o, a, items) -> buildColumns(items));
        vm.queryProperty().addListener((o, a, q) -> sync(q));
        vm.targetProperty().addListener((o, a, t) -> goTo(t));
        vm.maskedProperty().addListener((o, a, b) -> table.refresh());
        showing.textProperty().bind(Bindings.createStringBinding(() -> vm.itemsProperty().get().isEmpty() ? ""
                : String.format("Showing %,d record%s", vm.matchingProperty().get(),
                vm.matchingProperty().get() == 1 ? "" : "s"), vm.matchingProperty(), vm.itemsProperty()));
        sync(vm.queryProperty().get());
    }

    public Node node() {
        return root;
    }

    public TableView<RowSlot> table() {
        return table;
    }

    /** Edit › Find: puts the cursor in the search field. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    // ------------------------------------------------------------ filter bar

    private Node filterBar() {
        addQuick(Filter.ALL, "All", "Every record");
        addQuick(Filter.WITH_ISSUES, "With issues", "Records with any issue");
        addQuick(Filter.ERRORS, "Errors", "Records the national service would reject");
        addQuick(Filter.WARNINGS, "Warnings", "Records with a warning (including workbench checks)");
        addQuick(Filter.EDITED, "Edited", "Records you have changed");
        quickButtons.getStyleClass().add("quick-filters");
        quickButtons.setId("quick-filters");
        quickButtons.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (syncing) {
                return;
            }
            Filter f = b == null ? Filter.ALL : (Filter) b.getUserData();
            vm.showQuick(f);
        });

        ruleBox.setId("rule-filter");
        ruleBox.setPromptText("By rule\u2026");
        ruleBox.setTooltip(new Tooltip("Show records failing one rule"));
        rules.addListener((javafx.collections.ListChangeListener<RuleCount>) c -> refreshRuleBox());
        ruleBox.setCellFactory(lv -> new RuleCell(null));
        ruleBox.setButtonCell(new RuleCell(ruleBox.getPromptText()));
        ruleBox.setOnAction(e -> {
            if (!syncing && ruleBox.getValue() != null) {
                vm.showRule(ruleBox.getValue());
            }
        });

        itemBox.setId("item-filter");
        itemBox.setPromptText("By item\u2026");
        itemBox.setTooltip(new Tooltip("Show records with an issue on one data item"));
        itemBox.setCellFactory(lv -> new ItemCell(null));
        itemBox.setButtonCell(new ItemCell(itemBox.getPromptText()));
        itemBox.setOnAction(e -> {
            if (!syncing && itemBox.getValue() != null) {
                vm.showItem(itemBox.getValue());
            }
        });

        search.setId("search");
        search.setPromptText("Find in any item (Ctrl+F)");
        search.setPrefColumnCount(18);
        search.setOnAction(e -> vm.search(search.getText()));
        search.textProperty().addListener((o, a, b) -> {
            if (!syncing && (b == null || b.isEmpty()) && a != null && !a.isEmpty()) {
                vm.search(null); // the clear button
            }
        });
        Button clear = new Button("Clear filters");
        clear.setId("clear-filters");
        clear.setOnAction(e -> {
            vm.clearFilters();
            columnFilters.values().forEach(TextField::clear);
        });
        showing.setId("showing");
        showing.getStyleClass().add("showing");
        // A flow, not a row: in a narrow pane the controls wrap instead of shrinking to "…".
        FlowPane bar = new FlowPane(8, 6, quickButtons, ruleBox, itemBox, search, clear, showing);
        for (Node n : bar.getChildren()) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        for (ToggleButton b : quick.values()) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private void addQuick(Filter f, String text, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setUserData(f);
        b.setId("show-" + f.name().toLowerCase().replace('_', '-'));
        b.setTooltip(new Tooltip(tip));
        quick.put(f, b);
        quickButtons.getButtons().add(b);
    }

    private void refreshRuleBox() {
        boolean was = syncing;
        syncing = true;
        try {
            String value = ruleBox.getValue();
            List<String> codes = rules.stream().map(RuleCount::code).sorted().toList();
            ruleBox.setItems(javafx.collections.FXCollections.observableArrayList(codes));
            ruleBox.setValue(value);
        } finally {
            syncing = was;
        }
    }

    /**
     * A rule with its record count. The box's own cell is given the prompt: a custom button cell shows nothing
     * once the value goes back to null (when a rule filter is cleared), so it would stay blank.
     */
    private final class RuleCell extends ListCell<String> {
        private final String prompt;

        RuleCell(String prompt) {
            this.prompt = prompt;
        }

        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            if (empty || code == null) {
                setText(prompt);
                return;
            }
            long n = rules.stream().filter(r -> r.code().equals(code)).mapToLong(RuleCount::records).findFirst()
                    .orElse(0);
            setText(code + "  (" + String.format("%,d", n) + ")");
        }
    }

    /** An item by its data dictionary name; the box's own cell is given the prompt (see {@link RuleCell}). */
    private final class ItemCell extends ListCell<Integer> {
        private final String prompt;

        ItemCell(String prompt) {
            this.prompt = prompt;
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            List<DataItem> items = vm.itemsProperty().get();
            setText(empty || index == null || index >= items.size() ? prompt : items.get(index).dataDictionaryName());
        }
    }

    /** Makes the controls show the query (it may have been set elsewhere: the issues panel, Go to). */
    private void sync(RecordQuery q) {
        syncing = true;
        try {
            ToggleButton b = quick.get(q.filter());
            if (b != null) {
                b.setSelected(true);
            } else {
                quickButtons.getToggleGroup().selectToggle(null);
            }
            ruleBox.setValue(q.filter() == Filter.RULE ? q.rule() : null);
            itemBox.setValue(q.filter() == Filter.ITEM ? q.item() : null);
            if (!search.isFocused()) {
                search.setText(q.text() == null ? "" : q.text());
            }
            columnFilters.forEach((i, f) -> {
                if (!f.isFocused()) {
                    f.setText(q.columnFilters().getOrDefault(i, ""));
                }
            });
            syncSortArrows(q);
        } finally {
            syncing = false;
        }
    }

    private void syncSortArrows(RecordQuery q) {
        TableColumn<RowSlot, ?> col = q.sortItem() < 0 ? (q.ascending() ? null : lineColumn) : columnOf(q.sortItem());
        if (col == null) {
            table.getSortOrder().clear();
        } else {
            col.setSortType(q.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            if (!(table.getSortOrder().size() == 1 && table.getSortOrder().get(0) == col)) {
                table.getSortOrder().setAll(List.of(col));
            }
        }
    }

    /** Follows a new text size (in pixels): the rows are a fixed height, two lines of text tall. */
    public void useFontSize(double px) {
        double ratio = px / fontSize;
        fontSize = px;
        table.setFixedCellSize(Math.round(px * 2.0));
        if (Math.abs(ratio - 1) > 0.01) {
            // Widths are in pixels: keep what each column shows as the text grows or shrinks.
            for (TableColumn<RowSlot, ?> c : table.getColumns()) {
                c.setPrefWidth(Math.round((c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth()) * ratio));
            }
            if (!table.getColumns().contains(lineColumn)) {
                lineColumn.setPrefWidth(Math.round(lineColumn.getPrefWidth() * ratio));
            }
        }
    }

    /** A default width (set for the system's text size) at the text size in use. */
    private double scaled(double width) {
        return Math.round(width * fontSize / Font.getDefault().getSize());
    }

    // ------------------------------------------------------------ table

    private void buildTable() {
        table.setId("records-table");
        table.getStyleClass().add("records-table");
        table.setItems(vm.rows());
        // The list only changes when a new view replaces it (a filter or sort): start it at the top.
        vm.rows().addListener((javafx.collections.ListChangeListener<RowSlot>) c -> {
            if (!vm.rows().isEmpty()) {
                table.scrollTo(0);
            }
        });
        table.editableProperty().bind(vm.previewingProperty().not());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setFixedCellSize(Math.round(Font.getDefault().getSize() * 2.0));
        table.setPlaceholder(new Label("No records match this view. Use \u201CClear filters\u201D to see every record."));
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        lineColumn.setId("col-LINE");
        lineColumn.getStyleClass().add("line-column");
        lineColumn.setCellValueFactory(cd -> cd.getValue().rowProperty());
        lineColumn.setCellFactory(c -> new LineCell(vm));
        lineColumn.setEditable(false);
        lineColumn.setReorderable(false);
        lineColumn.setPrefWidth(scaled(92)); // seven digits and the mark: a million-line file fits
        Label lineTitle = new Label("Line");
        lineTitle.setTooltip(new Tooltip("The record's line in the file (sort to reverse the file order)"));
        lineColumn.setText(null);
        lineColumn.setGraphic(lineTitle);

        table.setSortPolicy(t -> {
            if (syncing) {
                return true;
            }
            if (table.getSortOrder().isEmpty()) {
                vm.sortBy(-1, true);
            } else {
                TableColumn<RowSlot, ?> c = table.getSortOrder().get(0);
                boolean asc = c.getSortType() == TableColumn.SortType.ASCENDING;
                vm.sortBy(c == lineColumn ? -1 : (Integer) c.getUserData(), asc);
            }
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, slot) -> vm.selectedSlotProperty().set(slot));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
    }

    private void keyPressed(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
            TablePosition<RowSlot, ?> pos = focusedCell();
            if (pos != null && pos.getRow() >= 0 && pos.getTableColumn() != null && pos.getTableColumn() != lineColumn) {
                e.consume();
                table.edit(pos.getRow(), pos.getTableColumn());
            }
        }
    }

    // The focus model hands out a raw TablePosition.
    @SuppressWarnings("unchecked")
    private TablePosition<RowSlot, ?> focusedCell() {
        return table.getFocusModel().getFocusedCell();
    }

    /** Typing on a selected cell starts editing it with what was typed, as in a spreadsheet. */
    private void keyTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (table.getEditingCell() != null || ch == null || ch.isEmpty() || e.isShortcutDown() || e.isAltDown()
                || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        TablePosition<RowSlot, ?> pos = focusedCell();
        if (pos != null && pos.getRow() >= 0 && pos.getTableColumn() != null && pos.getTableColumn() != lineColumn) {
            Integer item = (Integer) pos.getTableColumn().getUserData();
            if (item != null && !vm.itemsProperty().get().get(item).isCoded()) {
                table.getProperties().put(RecordCell.TYPED, ch);
            }
            e.consume();
            table.edit(pos.getRow(), pos.getTableColumn());
        }
    }

    @SuppressWarnings("unchecked")
    private void buildColumns(List<DataItem> items) {
        if (table.getColumns().size() > 1) {
            savedLayout = columnLayout(); // keep what the user arranged when another file is opened
        }
        columnFilters.clear();
        List<TableColumn<RowSlot, ?>> cols = new ArrayList<>();
        cols.add(lineColumn);
        Map<String, TableColumn<RowSlot, RecordRow>> byName = new HashMap<>();
        List<TableColumn<RowSlot, RecordRow>> itemCols = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            TableColumn<RowSlot, RecordRow> c = itemColumn(i, items.get(i));
            byName.put(items.get(i).name(), c);
            itemCols.add(c);
        }
        List<TableColumn<RowSlot, RecordRow>> ordered = new ArrayList<>();
        for (ColumnLayout l : savedLayout) {
            TableColumn<RowSlot, RecordRow> c = byName.remove(l.item());
            if (c != null) {
                c.setPrefWidth(Math.max(40, l.width()));
                ordered.add(c);
            }
        }
        for (TableColumn<RowSlot, RecordRow> c : itemCols) {
            if (byName.containsValue(c)) {
                ordered.add(c);
            }
        }
        cols.addAll(ordered);
        table.getColumns().setAll(cols);
    }

    private TableColumn<RowSlot, RecordRow> itemColumn(int index, DataItem item) {
        TableColumn<RowSlot, RecordRow> c = new TableColumn<>();
        c.setId("col-" + item.name());
        c.setUserData(index);
        c.setCellValueFactory(cd -> cd.getValue().rowProperty());
        c.setCellFactory(col -> new RecordCell(index, item, vm));
        c.setOnEditCommit(e -> vm.commit(e.getOldValue(), index, e.getNewValue().value(index)));
        c.setPrefWidth(scaled(defaultWidth(item)));

        Label title = new Label(item.dataDictionaryName());
        title.getStyleClass().add("column-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        // Every title gets room for three lines, so the filter fields line up under the headers; a name
        // that needs more ends in "…" and is shown whole in the tooltip.
        title.minHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.ceil(threeLines(title.getFont()) + 6),
                title.fontProperty()));
        title.prefHeightProperty().bind(title.minHeightProperty());
        title.maxHeightProperty().bind(title.minHeightProperty());
        Tooltip tip = new Tooltip(item.name() + "\n" + item.dataDictionaryName() + "\nFormat " + item.format()
                + (item.isCoded() ? " \u00B7 " + item.codes().size() + " national codes" : ""));
        title.setTooltip(tip);
        TextField filter = new TextField();
        filter.setPromptText("filter");
        filter.getStyleClass().add("column-filter");
        filter.setId("filter-" + item.name());
        filter.setOnAction(e -> vm.filterColumn(index, filter.getText()));
        filter.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.filterColumn(index, filter.getText());
            }
        });
        // Clicks in the filter must not sort or drag the column.
        filter.addEventHandler(MouseEvent.ANY, MouseEvent::consume);
        columnFilters.put(index, filter);
        VBox box = new VBox(3, title, filter);
        box.getStyleClass().add("column-header-box");
        box.prefWidthProperty().bind(c.widthProperty().subtract(14));
        box.setMaxWidth(Region.USE_PREF_SIZE);
        c.setGraphic(box);
        return c;
    }

    private static double threeLines(Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text("Hg\nHg\nHg");
        t.setFont(font);
        return t.getLayoutBounds().getHeight();
    }

    private static double defaultWidth(DataItem item) {
        if (item.format().contains("timestamp")) {
            return 236; // DIDS v2.0: 2026-10-26T10:50:00+01:00 and its mark shown whole
        }
        if (item.format().contains("CCYY-MM-DD")) {
            return 112;
        }
        if (item.isCoded()) {
            return 108;
        }
        return switch (item.name()) {
            case "NHS_NUMBER" -> 118;
            case "PRACTICE_CODE", "PATIENT_SOURCE_SETTING" -> 156;
            case "REFERRING_ORG_CODE", "POSTCODE" -> 124;
            case "RADIOLOGICAL_ACCESSION_NUM" -> 150;
            case "IMAGING_CODE_SNOMED" -> 130;
            default -> 104;
        };
    }

    private TableColumn<RowSlot, ?> columnOf(int item) {
        for (TableColumn<RowSlot, ?> c : table.getColumns()) {
            if (c.getUserData() instanceof Integer i && i == item) {
                return c;
            }
        }
        return null;
    }

    private void goTo(RecordsViewModel.CellTarget t) {
        if (t == null || t.position() >= table.getItems().size()) {
            return;
        }
        TableColumn<RowSlot, ?> col = t.item() < 0 ? lineColumn : columnOf(t.item());
        table.getSelectionModel().clearAndSelect(t.position(), col);
        table.getFocusModel().focus(t.position(), col);
        table.scrollTo(Math.max(0, t.position() - 3));
        if (col != null) {
            table.scrollToColumn(col);
        }
        table.requestFocus();
    }

    // ------------------------------------------------------------ layout memory

    /** The item columns in display order with their widths. */
    public List<ColumnLayout> columnLayout() {
        List<ColumnLayout> out = new ArrayList<>();
        for (TableColumn<RowSlot, ?> c : table.getColumns()) {
            if (c != lineColumn && c.getId() != null && c.getId().startsWith("col-")) {
                out.add(new ColumnLayout(c.getId().substring(4), c.getWidth()));
            }
        }
        return out;
    }

    /** The layout to use when the columns are next built. */
    public void useLayout(List<ColumnLayout> layout) {
        savedLayout = List.copyOf(layout);
    }
}
