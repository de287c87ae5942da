package org.didworkbench.store;

/**
 * One change as the log holds it, with its action.
 *
 * @param action   action id
 * @param at       when, ISO-8601 instant
 * @param user     who
 * @param kind     edit, fix, revert, undo or redo
 * @param reason   why
 * @param state    applied, undone or discarded (edit, fix, revert); done (undo, redo)
 * @param target   for undo and redo: the action undone or redone, else 0
 * @param record   record number
 * @param line     the record's physical line
 * @param item     item index
 * @param oldValue the value before
 * @param newValue the value after
 */
public record LogRow(long action, String at, String user, String kind, String reason, String state, long target,
                     long record, long line, int item, String oldValue, String newValue) {

    /** Says nothing of the values: they may be patient data. */
    @Override
    public String toString() {
        return "LogRow[action=" + action + ", kind=" + kind + ", record=" + record + ", item=" + item + "]";
    }
}
