package org.didworkbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The workspace schema. Versioned with {@code PRAGMA user_version}; {@link #VERSION} is the
 * version this build writes and reads.
 *
 * <pre>
 * meta(key, value)                          source file, dialect, profile, submission date, state
 * records(rec, line, fields, defect, raw, edited, extra, c0 … c{n-1})
 *                                           rec = data record number; c* = current values as text;
 *                                           raw = exact original text when it is not the canonical
 *                                           form of the values (else NULL); extra = fields beyond n
 * issues(rec, rule, severity, fields, value, message)
 * </pre>
 */
final class Schema {
    static final int VERSION = 1;

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
            s.execute("PRAGMA user_version = " + VERSION);
        }
    }

    /** Indexes built once the bulk load is over (cheaper than maintaining them row by row). */
    static void createIndexes(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS issues_rec ON issues(rec)");
            s.execute("CREATE INDEX IF NOT EXISTS issues_rule ON issues(rule, rec)");
        }
    }
}
