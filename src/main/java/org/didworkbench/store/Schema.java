package org.didworkbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.didworkbench.domain.dataset.Normalisation;

/**
 * The workspace schema. Versioned with {@code PRAGMA user_version}; {@link #VERSION} is the
 * version this build writes and reads.
 *
 * <pre>
 * meta(key, value)                          source file, dialect, profile, submission date, state
 * records(rec, line, fields, defect, raw, edited, extra, c0 … c{n-1})
 *                                           rec = data record number; c* = current values as text;
 *                                           raw = exact original text when it is not the canonical
 *                                           form of the values (else NULL); extra = fields beyond n;
 *                                           edited = 1 when any value differs from the file
 * issues(rec, rule, severity, fields, value, message)
 * actions(id, at, user, kind, reason, state, target)
 *                                           one user action = one undo step; kind edit|fix|revert
 *                                           (state applied|undone|discarded) or undo|redo (state
 *                                           done, target = the action undone or redone)
 * changes(action, rec, item, old, new)      every cell change of every action, in order; the old
 *                                           value of a cell's first change is its value in the file
 * </pre>
 */
final class Schema {
    static final int VERSION = 1;

    /** The characters {@link org.didworkbench.domain.dataset.Text#strip} removes, as an SQL expression. */
    static final String WHITE = "char(32,9,13,10,12,11)";

    private Schema() {
    }

    static String column(int item) {
        return "c" + item;
    }

    static void create(Connection c, int items) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)");
            StringBuilder sql = new StringBuilder("CREATE TABLE records (rec INTEGER PRIMARY KEY, line INTEGER NOT NULL,"
                    + " fields INTEGER NOT NULL DEFAULT " + items + ", defect TEXT, raw TEXT, edited INTEGER NOT NULL DEFAULT 0, extra TEXT");
            for (int i = 0; i < items; i++) {
                sql.append(", ").append(column(i)).append(" TEXT");
            }
            sql.append(')');
            s.execute(sql.toString());
            s.execute("CREATE TABLE issues (rec INTEGER NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL,"
                    + " fields TEXT NOT NULL, value TEXT NOT NULL, message TEXT NOT NULL)");
            createEditTables(s);
            s.execute("PRAGMA user_version = " + VERSION);
        }
    }

    /**
     * The change log's tables. {@code IF NOT EXISTS} so that a workspace made before they existed
     * (format version 1 had no released workspace without them) gains them when opened.
     */
    static void createEditTables(Statement s) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS actions (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL,"
                + " kind TEXT NOT NULL, reason TEXT NOT NULL, state TEXT NOT NULL, target INTEGER)");
        s.execute("CREATE TABLE IF NOT EXISTS changes (action INTEGER NOT NULL, rec INTEGER NOT NULL,"
                + " item INTEGER NOT NULL, old TEXT, new TEXT)");
        s.execute("CREATE INDEX IF NOT EXISTS changes_cell ON changes(rec, item)");
        s.execute("CREATE INDEX IF NOT EXISTS changes_action ON changes(action)");
        s.execute("CREATE INDEX IF NOT EXISTS actions_state ON actions(state, id)");
    }

    /** Indexes built once the bulk load is over (cheaper than maintaining them row by row). */
    static void createIndexes(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS issues_rec ON issues(rec)");
            s.execute("CREATE INDEX IF NOT EXISTS issues_rule ON issues(rule, rec)");
        }
    }

    /**
     * An item's value normalised in SQL exactly as {@link Normalisation#apply} does it in Java,
     * except that a blank value gives '' rather than null. Used both to build a key index and to
     * query it, so the two expressions are the same text and SQLite can use the index.
     */
    static String normalised(int item, Normalisation n) {
        String c = column(item);
        return switch (n) {
            case STRIP -> "trim(" + c + ", " + WHITE + ")";
            case STRIP_SPACES_AND_HYPHENS -> {
                String e = c;
                for (int code : new int[] {32, 9, 13, 10, 12, 11}) {
                    e = "replace(" + e + ", char(" + code + "), '')";
                }
                yield "replace(" + e + ", '-', '')";
            }
        };
    }

    /** The normalised expressions of several items, comma-separated. */
    static String normalised(int[] items, List<Normalisation> normalisations) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            b.append(i == 0 ? "" : ", ").append(normalised(items[i], normalisations.get(i)));
        }
        return b.toString();
    }
}
