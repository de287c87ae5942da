package org.didworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.rules.Issue;

/**
 * Inserts records and issues in bulk while a workspace is created. Rows are sent many to a
 * statement (multi-row VALUES): with the JDBC driver the cost is per statement step, not per value,
 * so this is what makes loading a million records take seconds. Not thread-safe.
 */
public final class BulkLoader {
    static final String EXTRA_SEPARATOR = "\u001F";
    private static final int ROWS_PER_STATEMENT = 50;

    private final int items;
    private final int recordParams;
    private final PreparedStatement manyRecords;
    private final PreparedStatement oneRecord;
    private final PreparedStatement manyIssues;
    private final PreparedStatement oneIssue;
    private final Object[][] recordRows;
    private final Object[][] issueRows;
    private int pendingRecords;
    private int pendingIssues;

    BulkLoader(Connection connection, int items) throws SQLException {
        this.items = items;
        this.recordParams = 7 + items;
        this.manyRecords = connection.prepareStatement(recordInsert(ROWS_PER_STATEMENT));
        this.oneRecord = connection.prepareStatement(recordInsert(1));
        this.manyIssues = connection.prepareStatement(issueInsert(ROWS_PER_STATEMENT));
        this.oneIssue = connection.prepareStatement(issueInsert(1));
        this.recordRows = new Object[ROWS_PER_STATEMENT][recordParams];
        this.issueRows = new Object[ROWS_PER_STATEMENT][6];
    }

    private String recordInsert(int rows) {
        StringBuilder b = new StringBuilder("INSERT INTO records(rec, line, fields, defect, raw, edited, extra");
        for (int i = 0; i < items; i++) {
            b.append(", ").append(Schema.column(i));
        }
        b.append(") VALUES ");
        String row = "(" + "?,".repeat(recordParams - 1) + "?)";
        for (int r = 0; r < rows; r++) {
            b.append(r == 0 ? "" : ",").append(row);
        }
        return b.toString();
    }

    private static String issueInsert(int rows) {
        StringBuilder b = new StringBuilder("INSERT INTO issues(rec, rule, severity, fields, value, message) VALUES ");
        for (int r = 0; r < rows; r++) {
            b.append(r == 0 ? "" : ",").append("(?,?,?,?,?,?)");
        }
        return b.toString();
    }

    /**
     * Adds a record.
     *
     * @param record the record as read
     * @param raw    its exact original text when that is not the canonical form of its values, else null
     */
    public void addRecord(SubmissionRecord record, String raw) {
        Object[] row = recordRows[pendingRecords];
        row[0] = record.number();
        row[1] = record.line();
        row[2] = record.fieldCount();
        row[3] = record.defect();
        row[4] = raw;
        row[5] = 0;
        String[] v = record.values();
        if (v.length > items) {
            StringBuilder extra = new StringBuilder();
            for (int i = items; i < v.length; i++) {
                extra.append(i == items ? "" : EXTRA_SEPARATOR).append(v[i]);
            }
            row[6] = extra.toString();
        } else {
            row[6] = null;
        }
        for (int i = 0; i < items; i++) {
            row[7 + i] = i < v.length ? v[i] : null;
        }
        if (++pendingRecords == ROWS_PER_STATEMENT) {
            bindAndRun(manyRecords, recordRows, ROWS_PER_STATEMENT);
            pendingRecords = 0;
        }
    }

    public void addIssue(Issue issue) {
        Object[] row = issueRows[pendingIssues];
        row[0] = issue.record();
        row[1] = issue.rule();
        row[2] = issue.severity().label();
        row[3] = issue.fieldList();
        row[4] = issue.value();
        row[5] = issue.message();
        if (++pendingIssues == ROWS_PER_STATEMENT) {
            bindAndRun(manyIssues, issueRows, ROWS_PER_STATEMENT);
            pendingIssues = 0;
        }
    }

    /** Writes whatever is pending. Does not commit. */
    public void flush() {
        for (int r = 0; r < pendingRecords; r++) {
            bindAndRun(oneRecord, new Object[][] {recordRows[r]}, 1);
        }
        pendingRecords = 0;
        for (int r = 0; r < pendingIssues; r++) {
            bindAndRun(oneIssue, new Object[][] {issueRows[r]}, 1);
        }
        pendingIssues = 0;
    }

    private static void bindAndRun(PreparedStatement p, Object[][] rows, int count) {
        try {
            bind(p, rows, count);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Could not write to the workspace: " + Workspace.reason(e), e);
        }
    }

    private static void bind(PreparedStatement p, Object[][] rows, int count) throws SQLException {
        int k = 1;
        for (int r = 0; r < count; r++) {
            for (Object o : rows[r]) {
                if (o == null) {
                    p.setNull(k++, java.sql.Types.NULL);
                } else if (o instanceof Long l) {
                    p.setLong(k++, l);
                } else if (o instanceof Integer i) {
                    p.setInt(k++, i);
                } else {
                    p.setString(k++, (String) o);
                }
            }
        }
    }
}
