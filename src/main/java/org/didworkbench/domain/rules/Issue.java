package org.didworkbench.domain.rules;

import java.util.List;

/**
 * One failing rule on one record.
 *
 * @param record   1-based data record number
 * @param line     1-based physical line where the record starts
 * @param rule     the rule code, e.g. {@code DIDS001}
 * @param severity error or warning
 * @param fields   the item names the rule reads, the item the message is about first
 * @param value    the value the message is about (may be empty)
 * @param message  plain English: item, value, what is expected
 */
public record Issue(long record, long line, String rule, Severity severity, List<String> fields, String value,
                    String message) {

    public Issue {
        fields = List.copyOf(fields);
        value = value == null ? "" : value;
    }

    /** The item names joined by {@code |}, as the issues CSV writes them. */
    public String fieldList() {
        return String.join("|", fields);
    }

    /** Says nothing of the value or message: they may hold patient data and must not reach logs. */
    @Override
    public String toString() {
        return "Issue[record=" + record + ", rule=" + rule + ", fields=" + fieldList() + "]";
    }
}
