package org.didworkbench.service;

import java.util.Objects;

/**
 * One change as the change log view lists it.
 *
 * @param entry    the change
 * @param inEffect true when the change is applied and its cell still holds the change's new value, so
 *                 reverting it would put the old value back; false when it was undone, discarded or
 *                 changed again since
 */
public record ChangeLogRow(ChangeEntry entry, boolean inEffect) {
    public ChangeLogRow {
        Objects.requireNonNull(entry, "entry");
    }
}
