package org.didworkbench.service;

import java.util.Set;

/**
 * What an edit, undo, redo or revert changed, so the window can repaint only that.
 *
 * @param records records whose values or issues changed (the edited ones and any duplicate-group partners)
 * @param counts  the new counts
 * @param action  the log action id of this change (0 when nothing changed)
 */
public record EditOutcome(Set<Long> records, Counts counts, long action) {
    public EditOutcome {
        // a large change's records come as a compact immutable set, kept as it is rather than boxed again
        records = records instanceof RecordNumberSet ? records : Set.copyOf(records);
    }
}
