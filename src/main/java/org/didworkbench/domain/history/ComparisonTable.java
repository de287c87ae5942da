package org.didworkbench.domain.history;

import java.util.List;

/**
 * One dimension of a comparison laid out as a small table: for the command line and the window alike.
 *
 * @param name   a short name for a tab or a column, e.g. "Modality"
 * @param title  e.g. "Volume by modality"
 * @param rows   one row per group or item
 */
public record ComparisonTable(String name, String title, List<Row> rows) {

    public ComparisonTable {
        rows = List.copyOf(rows);
    }

    /** How many rows are shifts. */
    public long flagged() {
        return rows.stream().filter(Row::flagged).count();
    }

    /**
     * @param label   the group or item, e.g. "MRI", "04 GP Direct Access", "ETHNIC CATEGORY"
     * @param before  the earlier month's figure, formatted ("" when it had none)
     * @param now     this submission's figure, formatted
     * @param change  the change, formatted (e.g. "-42%", "+13 days", "-24.7 pts"); "" when not comparable
     * @param flagged true when the change is one of the comparison's shifts
     */
    public record Row(String label, String before, String now, String change, boolean flagged) {
    }
}
