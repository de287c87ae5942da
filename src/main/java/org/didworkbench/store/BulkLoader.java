package org.didworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.rules.Issue;

/**
 * Inserts records and issues in bulk while a workspace is created. Rows are sent many to a
 * statement (multi-row VALUES): with the JDBC driver the cost is per statement step and per bound
 * value, so ordinary records bind only their number, line and values, and the rare record with
 * original text to keep, a syntax defect or extra fields goes through a fuller statement of its own.
 * Not thread-safe.
 */
public final class BulkLoader {
    static final String EXTRA_SEPARATOR = "\u001F";
    private static final int ROWS_PER_STATEMENT = 50;

    private final int items;
    private final PreparedStatement manyPlain;
    private final PreparedStatement onePlain;
    private final PreparedStatement full;
    private final PreparedStatement manyIssues;
    private final PreparedStatement oneIssue;
    private final long[] plainNumbers = new long[ROWS_PER_STATEMENT * 2];
    private final String[][] plainValues = new String[ROWS_PER_STATEMENT][];
    private final Issue[] pendingIssueRows = new Issue[ROWS_PER_STATEMENT];
    private int pendingRecords;
    private int pendingIssues;

    BulkLoader(Connection connection, int items) throws SQLException {
        this.items = items;
        this.manyPlain = connection.prepareStatement(plainInsert(ROWS_PER_STATEMENT));
        this.onePlain = connection.prepareStatement(plainInsert(1));
        this.full = connection.prepareStatement(fullInsert());
        this.manyIssues = connection.prepareStatement(issueInsert(ROWS_PER_STATEMENT));
        this.oneIssue = connection.prepareStatement(issueInsert(1));
    }

    private String columns() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items; i++) {
            b.append(", ").append(Schema.column(i));
        }
        return b.toString();
    }

    private String plainInsert(int rows) {
        StringBuilder b = new StringBuilder("INSERT INTO records(rec, line").append(columns()).append(") VALUES ");
        String row = "(" + "?,".repeat(items + 1) + "?)";
        for (int r = 0; r < rows; r++) {
            b.append(r == 0 ? "" : ",").append(row);
        }
        return b.toString();
    }

    private String fullInsert() {
        return "INSERT INTO records(rec, line, fields, defect, raw, extra" + columns() + ") VALUES ("
                + "?,".repeat(items + 5) + "?)";
    }

    private static String issueInsert(int rows) {
        StringBuilder b = new StringBuilder("INSERT INTO issues(rec, rule, severity, fields, value, message) VALUES ");
        for (int r = 0; r < rows; r++) {
            b.append(r == 0 ? "" : ",").append("(?,?,?,?,?,?)");
        }
        return b.toString();
    }

    /**
     * Adds a record. Records must come in ascending number order.
     *
     * @param record the record as read
     * @param raw    its exact original text when that is not the canonical form of its values, else null
     */
    public void addRecord(SubmissionRecord record, String raw) {
        String[] v = record.values();
        if (raw == null && record.defect() == null && v.length == items) {
            plainNumbers[pendingRecords * 2] = record.number();
            plainNumbers[pendingRecords * 2 + 1] = record.line();
            plainValues[pendingRecords] = v;
            if (++pendingRecords == ROWS_PER_STATEMENT) {
                run(manyPlain, ROWS_PER_STATEMENT, 0);
                pendingRecords = 0;
            }
            return;
        }
        try {
            full.setLong(1, record.number());
            full.setLong(2, record.line());
            full.setInt(3, v.length);
            full.setString(4, record.defect());
            full.setString(5, raw);
            if (v.length > items) {
                StringBuilder extra = new StringBuilder();
                for (int i = items; i < v.length; i++) {
                    extra.append(i == items ? "" : EXTRA_SEPARATOR).append(v[i]);
                }
                full.setString(6, extra.toString());
            } else {
                full.setNull(6, Types.VARCHAR);
            }
            for (int i = 0; i < items; i++) {
                full.setString(7 + i, i < v.length ? v[i] : null);
            }
            full.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Could not write to the workspace: " + Workspace.reason(e), e);
        }
    }

    private void run(PreparedStatement p, int rows, int from) {
        try {
            int k = 1;
            for (int r = from; r < from + rows; r++) {
                p.setLong(k++, plainNumbers[r * 2]);
                p.setLong(k++, plainNumbers[r * 2 + 1]);
                for (String value : plainValues[r]) {
                    p.setString(k++, value);
                }
            }
            p.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Could not write to the workspace: " + Workspace.reason(e), e);
        }
    }

    public void addIssue(Issue issue) {
        pendingIssueRows[pendingIssues] = issue;
        if (++pendingIssues == ROWS_PER_STATEMENT) {
            runIssues(manyIssues, ROWS_PER_STATEMENT, 0);
            pendingIssues = 0;
        }
    }

    private void runIssues(PreparedStatement p, int rows, int from) {
        try {
            int k = 1;
            for (int r = from; r < from + rows; r++) {
                Issue issue = pendingIssueRows[r];
                p.setLong(k++, issue.record());
                p.setString(k++, issue.rule());
                p.setString(k++, issue.severity().label());
                p.setString(k++, issue.fieldList());
                p.setString(k++, issue.value());
                p.setString(k++, issue.message());
            }
            p.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Could not write to the workspace: " + Workspace.reason(e), e);
        }
    }

    /** Writes whatever is pending. Does not commit. */
    public void flush() {
        for (int r = 0; r < pendingRecords; r++) {
            run(onePlain, 1, r);
        }
        pendingRecords = 0;
        for (int r = 0; r < pendingIssues; r++) {
            runIssues(oneIssue, 1, r);
        }
        pendingIssues = 0;
    }
}
