package org.didworkbench.ui.records;

import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Severity;
import org.didworkbench.service.RecordRow;
import org.didworkbench.ui.common.Masking;

/**
 * Decides what a cell of the records table shows: its text (masked when asked), its mark (the worst
 * issue on it), whether it was edited, and the tooltip listing every issue with rule code, message
 * and value. Pure: the table cell only applies the answer.
 */
public final class CellPresenter {

    /** The kinds of mark, weakest first; a cell shows the strongest of its issues. */
    public enum Mark {
        NONE, OUTLIER, WARNING, ERROR
    }

    /**
     * What a cell shows.
     *
     * @param text    the value as displayed
     * @param mark    the worst issue on the cell
     * @param edited  the value differs from the file
     * @param issues  the issues on the cell, in catalogue order
     * @param tooltip every issue in words, or null when there is nothing to say
     */
    public record CellLook(String text, Mark mark, boolean edited, List<Issue> issues, String tooltip) {
    }

    /** The workbench's own checks (outliers and plausibility) carry this prefix. */
    public static final String WORKBENCH_PREFIX = "DQW-";

    private CellPresenter() {
    }

    /** How an issue marks a cell: error, warning, or outlier for a workbench check. */
    public static Mark markOf(Issue issue) {
        if (issue.rule().startsWith(WORKBENCH_PREFIX)) {
            return Mark.OUTLIER;
        }
        return issue.severity() == Severity.ERROR ? Mark.ERROR : Mark.WARNING;
    }

    /** The look of item {@code index} of a row. */
    public static CellLook look(RecordRow row, int index, DataItem item, boolean masked) {
        String value = row.value(index);
        boolean hide = masked && Masking.applies(item);
        List<Issue> issues = new ArrayList<>();
        Mark mark = Mark.NONE;
        for (Issue i : row.issues()) {
            if (i.fields().contains(item.name())) {
                issues.add(i);
                Mark m = markOf(i);
                if (m.compareTo(mark) > 0) {
                    mark = m;
                }
            }
        }
        boolean edited = row.editedItems().contains(index);
        String tooltip = null;
        if (!issues.isEmpty() || edited) {
            StringBuilder b = new StringBuilder();
            for (Issue i : issues) {
                describe(b, i, item, hide);
            }
            if (edited) {
                b.append(b.length() == 0 ? "" : "\n").append("\u270E Edited: this value differs from the file.");
            }
            tooltip = b.toString();
        }
        return new CellLook(hide ? Masking.mask(item, value) : value, mark, edited, List.copyOf(issues), tooltip);
    }

    /** The look of a row's header (its line number): the worst issue anywhere on the record. */
    public static CellLook recordLook(RecordRow row, List<DataItem> items, boolean masked) {
        Mark mark = Mark.NONE;
        List<Issue> own = new ArrayList<>();
        for (Issue i : row.issues()) {
            Mark m = markOf(i);
            if (m.compareTo(mark) > 0) {
                mark = m;
            }
            if (items.stream().noneMatch(it -> i.fields().contains(it.name()))) {
                own.add(i); // about the record as a whole (e.g. a wrong number of fields)
            }
        }
        StringBuilder b = new StringBuilder("Line ").append(row.line()).append(", record ").append(row.record());
        if (!row.issues().isEmpty()) {
            b.append("\n").append(row.issues().size()).append(row.issues().size() == 1 ? " issue" : " issues")
                    .append(" on this record");
        }
        if (row.defect() != null) {
            b.append("\nNot well-formed: ").append(row.defect());
        }
        for (Issue i : own) {
            b.append("\n");
            describe(b, i, null, false);
        }
        if (!row.editedItems().isEmpty()) {
            b.append("\n\u270E ").append(row.editedItems().size()).append(" edited value")
                    .append(row.editedItems().size() == 1 ? "" : "s");
        }
        return new CellLook(Long.toString(row.line()), mark, !row.editedItems().isEmpty(), List.copyOf(row.issues()),
                b.toString());
    }

    private static void describe(StringBuilder b, Issue i, DataItem item, boolean hide) {
        Mark m = markOf(i);
        String kind = switch (m) {
            case ERROR -> "\u2716 error";
            case WARNING -> "\u25B2 warning";
            case OUTLIER -> "\u25C6 outlier";
            case NONE -> "";
        };
        String message = hide ? Masking.maskInMessage(item, i.value(), i.message()) : i.message();
        String value = hide ? Masking.mask(item, i.value()) : i.value();
        if (b.length() > 0) {
            b.append("\n\n");
        }
        b.append(i.rule()).append(" \u00B7 ").append(kind).append('\n').append(message);
        b.append("\nValue: ").append(value.isEmpty() ? "(blank)" : "'" + value + "'");
    }

    /** A copy of {@code row} with one value replaced: shown while the edit is being applied. */
    public static RecordRow withValue(RecordRow row, int index, String value) {
        List<String> values = new ArrayList<>(row.values());
        while (values.size() <= index) {
            values.add("");
        }
        values.set(index, value);
        java.util.Set<Integer> edited = new java.util.HashSet<>(row.editedItems());
        edited.add(index);
        return new RecordRow(row.record(), row.line(), values, row.issues(), edited, row.defect());
    }
}
