package org.didworkbench.service;

import java.time.Instant;

/**
 * One row of the change log.
 *
 * @param action   the action id (one user action; one undo step)
 * @param at       when
 * @param user     who (the operating-system user name)
 * @param kind     edit, fix, revert, undo or redo
 * @param reason   why, as the user gave it (or the rule and fix that made it)
 * @param state    for edits: applied, undone or discarded; for undo/redo rows: done
 * @param record   record number
 * @param line     physical line of the record
 * @param item     item name
 * @param oldValue the value before
 * @param newValue the value after
 */
public record ChangeEntry(long action, Instant at, String user, String kind, String reason, String state,
                          long record, long line, String item, String oldValue, String newValue) {

    /** Says nothing of the values: they may be patient data. */
    @Override
    public String toString() {
        return "ChangeEntry[action=" + action + ", kind=" + kind + ", record=" + record + ", item=" + item + "]";
    }
}
