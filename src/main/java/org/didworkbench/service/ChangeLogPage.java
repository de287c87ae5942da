package org.didworkbench.service;

import java.util.List;

/**
 * The changes a {@link ChangeLogQuery} selects, oldest first: at most the asked-for number of rows,
 * and how many there are in all.
 *
 * @param rows  the first rows
 * @param total every matching change
 */
public record ChangeLogPage(List<ChangeLogRow> rows, long total) {
    public ChangeLogPage {
        rows = List.copyOf(rows);
    }

    /** True when rows were left out. */
    public boolean truncated() {
        return total > rows.size();
    }
}
