package org.didworkbench.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns as wide as their widest cell, numbers right-aligned, two spaces between. */
final class TextTable {
    private final List<String> headings;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param headings column headings
     * @param right    which columns are right-aligned (numbers)
     */
    TextTable(List<String> headings, boolean... right) {
        this.headings = List.copyOf(headings);
        this.right = right.length == headings.size() ? right.clone() : new boolean[headings.size()];
    }

    TextTable row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    /** Prints the table, each line starting with {@code indent}, trailing spaces trimmed. */
    void print(PrintStream out, String indent) {
        int[] width = new int[headings.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headings.get(c).length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        line(out, indent, headings, width);
        for (List<String> r : rows) {
            line(out, indent, r, width);
        }
    }

    private void line(PrintStream out, String indent, List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder(indent);
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            b.append(c == 0 ? "" : "  ").append(right[c] ? pad + cell : cell + pad);
        }
        out.println(b.toString().stripTrailing());
    }
}
