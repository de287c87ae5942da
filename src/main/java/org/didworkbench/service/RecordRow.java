package org.didworkbench.service;

import java.util.List;
import java.util.Set;

import org.didworkbench.domain.rules.Issue;

/**
 * One record for display.
 *
 * @param record      data record number
 * @param line        physical line where it starts
 * @param values      current values (edits applied); shorter or longer than the profile when malformed
 * @param issues      its issues, in catalogue order
 * @param editedItems indexes of items whose value differs from the file
 * @param defect      syntax problem, or null
 */
public record RecordRow(long record, long line, List<String> values, List<Issue> issues, Set<Integer> editedItems,
                        String defect) {

    public RecordRow {
        values = List.copyOf(values);
        issues = List.copyOf(issues);
        editedItems = Set.copyOf(editedItems);
    }

    /** The value of an item, or "" when the record has no such field. */
    public String value(int item) {
        return item < values.size() ? values.get(item) : "";
    }

    @Override
    public String toString() {
        return "RecordRow[record=" + record + ", line=" + line + ", issues=" + issues.size() + "]";
    }
}
