package org.didworkbench.store;

/**
 * Which rows of the change log to read; each part narrows the rows, and a part left at its "any"
 * value (-1 or null) does not.
 *
 * @param item     the item index, or -1 for any
 * @param text     text the action's reason (or kind) must contain, ignoring ASCII case; null for any
 * @param line     the record's physical line, or -1 for any
 * @param action   one action's changes, or -1 for any
 */
public record LogQuery(int item, String text, long line, long action) {
    /** Every change. */
    public static final LogQuery ALL = new LogQuery(-1, null, -1, -1);

    public LogQuery {
        if (text != null && text.isBlank()) {
            text = null;
        }
    }
}
