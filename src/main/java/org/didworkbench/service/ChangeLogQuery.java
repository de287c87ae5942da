package org.didworkbench.service;

/**
 * Which changes of the change log to list; each part narrows the list, and a part left at its "any"
 * value (null or -1) does not.
 *
 * @param item   the item's name (e.g. POSTCODE) or data dictionary name; null for any
 * @param text   text the reason (the rule and fix, or the user's words) or the kind must contain,
 *               ignoring case; null for any
 * @param line   the record's line in the file; -1 for any
 * @param action one action (one undo step); -1 for any
 */
public record ChangeLogQuery(String item, String text, long line, long action) {
    /** Every change. */
    public static final ChangeLogQuery ALL = new ChangeLogQuery(null, null, -1, -1);

    public ChangeLogQuery {
        if (item != null && item.isBlank()) {
            item = null;
        }
        if (text != null && text.isBlank()) {
            text = null;
        }
    }

    /** Every change of one action. */
    public static ChangeLogQuery ofAction(long action) {
        return new ChangeLogQuery(null, null, -1, action);
    }
}
