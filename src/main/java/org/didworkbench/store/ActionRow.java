package org.didworkbench.store;

/**
 * One action of the change log.
 *
 * @param id     action id (ascending in time)
 * @param kind   edit, fix, revert, undo or redo
 * @param state  applied, undone, discarded or done
 * @param target for undo and redo: the action undone or redone, else 0
 */
public record ActionRow(long id, String kind, String state, long target) {
}
