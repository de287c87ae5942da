package org.didworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.dataset.RecordQuery;
import org.didworkbench.domain.rules.Issue;

/**
 * The records a window shows, a page at a time. A query is materialised once as a temporary table
 * of record numbers in display order (its rowid is the position), so any page, at the top or at the
 * millionth row, is one indexed read and memory does not grow with the file.
 *
 * <p>Not thread-safe; used on the workspace's thread.
 */
public final class RecordBrowser {
    private final Workspace workspace;
    private final Connection connection;
    private final int items;
    private final List<String> itemNames;
    private long size;

    RecordBrowser(Workspace workspace, Connection connection, int items, List<String> itemNames) {
        this.workspace = workspace;
        this.connection = connection;
        this.items = items;
        this.itemNames = List.copyOf(itemNames);
    }

    /** Materialises a query; returns how many records it matches. */
    public long apply(RecordQuery q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        String order = q.sortItem() >= 0
                ? Schema.column(q.sortItem()) + " COLLATE NOCASE " + (q.ascending() ? "ASC" : "DESC") + ", rec"
                : "rec" + (q.ascending() ? "" : " DESC");
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS temp.view");
            s.execute("CREATE TEMP TABLE view (pos INTEGER PRIMARY KEY, rec INTEGER NOT NULL)");
            s.execute("CREATE INDEX temp.view_rec ON view(rec)");
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
        String sql = "INSERT INTO temp.view(rec) SELECT rec FROM records" + (where.isEmpty() ? "" : " WHERE " + where)
                + " ORDER BY " + order;
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            p.executeUpdate();
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
        size = workspace.single("SELECT count(*) FROM temp.view");
        return size;
    }

    private String where(RecordQuery q, List<Object> params) {
        List<String> parts = new ArrayList<>();
        switch (q.filter()) {
            case ALL -> { }
            case WITH_ISSUES -> parts.add("rec IN (SELECT rec FROM issues)");
            case ERRORS -> parts.add("rec IN (SELECT rec FROM issues WHERE severity = 'error')");
            case WARNINGS -> parts.add("rec IN (SELECT rec FROM issues WHERE severity = 'warning')");
            case EDITED -> parts.add("edited = 1");
            case RULE -> {
                parts.add("rec IN (SELECT rec FROM issues WHERE rule = ?)");
                params.add(q.rule());
            }
            case ITEM -> {
                String name = itemNames.get(q.item());
                parts.add("rec IN (SELECT rec FROM issues WHERE fields = ? OR fields LIKE ? ESCAPE '\\')");
                params.add(name);
                params.add(like(name) + "|%");
            }
        }
        for (Map.Entry<Integer, String> f : q.columnFilters().entrySet()) {
            parts.add(Schema.column(f.getKey()) + " LIKE ? ESCAPE '\\'");
            params.add("%" + like(f.getValue()) + "%");
        }
        if (q.text() != null) {
            StringBuilder any = new StringBuilder("(");
            for (int i = 0; i < items; i++) {
                any.append(i == 0 ? "" : " OR ").append(Schema.column(i)).append(" LIKE ? ESCAPE '\\'");
                params.add("%" + like(q.text()) + "%");
            }
            parts.add(any.append(')').toString());
        }
        return String.join(" AND ", parts);
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Records in the current view. */
    public long size() {
        return size;
    }

    /** The records at positions {@code from} (0-based) to {@code from + count - 1} of the current view. */
    public List<StoredRecord> page(long from, int count) {
        String sql = "SELECT " + workspace.recordColumns("r.") + " FROM temp.view v JOIN records r ON r.rec = v.rec"
                + " WHERE v.pos BETWEEN ? AND ? ORDER BY v.pos";
        List<StoredRecord> out = new ArrayList<>(count);
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setLong(1, from + 1);
            p.setLong(2, from + count);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(workspace.readRecord(r));
                }
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
        return out;
    }

    /** The 0-based position of a record in the current view, or -1 when the view does not hold it. */
    public long positionOf(long record) {
        try (PreparedStatement p = connection.prepareStatement("SELECT pos FROM temp.view WHERE rec = ?")) {
            p.setLong(1, record);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) - 1 : -1;
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    /**
     * The position of the next (or previous) record in the view that has an issue, strictly after
     * (before) {@code position}; -1 when there is none.
     */
    public long nextWithIssue(long position, boolean forward) {
        String sql = forward
                ? "SELECT pos FROM temp.view v WHERE v.pos > ? AND EXISTS (SELECT 1 FROM issues i WHERE i.rec = v.rec)"
                + " ORDER BY pos LIMIT 1"
                : "SELECT pos FROM temp.view v WHERE v.pos < ? AND EXISTS (SELECT 1 FROM issues i WHERE i.rec = v.rec)"
                + " ORDER BY pos DESC LIMIT 1";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setLong(1, position + 1);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) - 1 : -1;
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    /** The issues of the given records, by record number, in stored order. */
    public Map<Long, List<Issue>> issuesFor(long[] records) {
        Map<Long, List<Issue>> out = new LinkedHashMap<>();
        if (records.length == 0) {
            return out;
        }
        long[] sorted = records.clone();
        Arrays.sort(sorted);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < sorted.length; i++) {
            in.append(i == 0 ? "?" : ",?");
        }
        String sql = "SELECT i.rec, r.line, i.rule, i.severity, i.fields, i.value, i.message FROM issues i"
                + " JOIN records r ON r.rec = i.rec WHERE i.rec IN (" + in + ") ORDER BY i.rec, i.rowid";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < sorted.length; i++) {
                p.setLong(i + 1, sorted[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Issue issue = Workspace.readIssue(r);
                    out.computeIfAbsent(issue.record(), k -> new ArrayList<>()).add(issue);
                }
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
        return out;
    }
}
