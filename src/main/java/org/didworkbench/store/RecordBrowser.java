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
 * The records a window shows, a page at a time, in one of three ways so that memory never grows
 * with the file and any page, at the top or at the millionth row, is quick:
 * <ul>
 * <li>every record in file order (the view a file opens with): no work at all, position p is record
 *     p + 1;</li>
 * <li>every record sorted by an item: an index on the item (built the first time, kept in the
 *     workspace) is the order itself, read with LIMIT/OFFSET;</li>
 * <li>anything filtered: materialised once as a temporary table of record numbers in display order
 *     (its rowid is the position).</li>
 * </ul>
 * Sorting is case-insensitive with a missing value sorting as blank; ties go in record order,
 * reversed with the sort.
 *
 * <p>Not thread-safe; used on the workspace's thread.
 */
public final class RecordBrowser {
    private final Workspace workspace;
    private final Connection connection;
    private final int items;
    private final List<String> itemNames;
    private long size;
    /** How the current view is held. */
    private enum Mode {
        /** Every record in file order (or its reverse): positions are record numbers. */
        FILE_ORDER,
        /** Every record sorted by an item, read through the item's sort index. */
        SORT_INDEX,
        /** A temporary table of record numbers. */
        TABLE
    }

    private Mode mode = Mode.TABLE;
    private boolean descending;
    /** The sort key expression of {@link Mode#SORT_INDEX}. */
    private String key;
    private long total = -1;
    private boolean hasView;
    /** Below this size the view also gets an index by record, for {@link #positionOf}; above, a scan is cheaper. */
    private static final long INDEX_VIEWS_UP_TO = 100_000;

    RecordBrowser(Workspace workspace, Connection connection, int items, List<String> itemNames) {
        this.workspace = workspace;
        this.connection = connection;
        this.items = items;
        this.itemNames = List.copyOf(itemNames);
    }

    /** Applies a query; returns how many records it matches. */
    public long apply(RecordQuery q) {
        descending = !q.ascending();
        boolean everything = q.filter() == RecordQuery.Filter.ALL && q.text() == null && q.columnFilters().isEmpty();
        if (everything && contiguous()) {
            dropView();
            if (q.sortItem() < 0) {
                mode = Mode.FILE_ORDER;
            } else {
                key = sortKey(q.sortItem());
                ensureSortIndex(q.sortItem());
                mode = Mode.SORT_INDEX;
            }
            size = total;
            return size;
        }
        mode = Mode.TABLE;
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        String order;
        if (q.sortItem() >= 0) {
            String k = sortKey(q.sortItem());
            ensureSortIndex(q.sortItem());
            order = q.ascending() ? k + " ASC, rec ASC" : k + " DESC, rec DESC";
        } else {
            order = "rec" + (q.ascending() ? "" : " DESC");
        }
        dropView();
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE view (pos INTEGER PRIMARY KEY, rec INTEGER NOT NULL)");
            hasView = true;
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
        if (size <= INDEX_VIEWS_UP_TO) {
            workspace.execute("CREATE INDEX temp.view_rec ON view(rec)");
        }
        settle();
        return size;
    }

    /** The expression an item sorts by; the same text in the index, so SQLite uses it. */
    private static String sortKey(int item) {
        // lower() then plain byte order sorts exactly as NOCASE does (both fold ASCII only) but builds the index
        // about a quarter faster than the NOCASE collation
        return "lower(coalesce(" + Schema.column(item) + ", ''))";
    }

    /** True when records are numbered 1…n without gaps (always, for an imported file), counted once. */
    private boolean contiguous() {
        if (total < 0) {
            total = workspace.single("SELECT count(*) FROM records");
            long max = workspace.single("SELECT coalesce(max(rec), 0) FROM records");
            if (max != total) {
                total = -2; // never expected; fall back to materialised views
            }
        }
        return total >= 0;
    }

    private void ensureSortIndex(int item) {
        // "sortu_": indexes of earlier versions ("sort_") were on another expression and are not used
        String name = "sortu_" + Schema.column(item);
        if (workspace.single("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '" + name + "'") > 0) {
            return;
        }
        workspace.execute("CREATE INDEX " + name + " ON records(" + sortKey(item) + ", rec)");
        settle();
    }

    /**
     * Ends the implicit transaction the browser's own statements opened, so a later edit's rollback
     * cannot take the view (or a sort index) with it. Browsing happens between edits, never inside one.
     */
    private void settle() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    private void dropView() {
        if (hasView) {
            workspace.execute("DROP TABLE IF EXISTS temp.view");
            hasView = false;
        }
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
        String sql;
        long a;
        long b;
        if (mode == Mode.SORT_INDEX) {
            return sortedPage(from, count);
        }
        if (mode == Mode.FILE_ORDER) {
            long first = Math.max(0, from);
            long last = Math.min(size, from + count) - 1;
            if (last < first) {
                return new ArrayList<>();
            }
            sql = "SELECT " + workspace.recordColumns("") + " FROM records WHERE rec BETWEEN ? AND ? ORDER BY rec"
                    + (descending ? " DESC" : "");
            a = descending ? size - last : first + 1;
            b = descending ? size - first : last + 1;
        } else {
            sql = "SELECT " + workspace.recordColumns("r.") + " FROM temp.view v JOIN records r ON r.rec = v.rec"
                    + " WHERE v.pos BETWEEN ? AND ? ORDER BY v.pos";
            a = from + 1;
            b = from + count;
        }
        List<StoredRecord> out = new ArrayList<>(count);
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setLong(1, a);
            p.setLong(2, b);
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

    private List<StoredRecord> sortedPage(long from, int count) {
        String dir = descending ? " DESC" : " ASC";
        String sql = "SELECT " + workspace.recordColumns("") + " FROM records ORDER BY " + key + dir + ", rec" + dir
                + " LIMIT ? OFFSET ?";
        List<StoredRecord> out = new ArrayList<>(count);
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setLong(1, Math.max(0, count));
            p.setLong(2, Math.max(0, from));
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
        if (mode == Mode.FILE_ORDER) {
            return record < 1 || record > size ? -1 : descending ? size - record : record - 1;
        }
        if (mode == Mode.SORT_INDEX) {
            long ascending = ascendingPosition(record);
            return ascending < 0 ? -1 : descending ? size - 1 - ascending : ascending;
        }
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
        if (mode == Mode.FILE_ORDER) {
            return nextWithIssueInFileOrder(position, forward);
        }
        if (mode == Mode.SORT_INDEX) {
            return nextWithIssueSorted(position, forward);
        }
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

    /** Where a record sits in ascending sort order: the records with a smaller key, or the same key and a smaller number. */
    private long ascendingPosition(long record) {
        String value;
        try (PreparedStatement p = connection.prepareStatement("SELECT " + key + " FROM records WHERE rec = ?")) {
            p.setLong(1, record);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return -1;
                }
                value = r.getString(1);
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
        return count("SELECT count(*) FROM records WHERE " + key + " < ?", value)
                + count("SELECT count(*) FROM records WHERE " + key + " = ? AND rec < ?", value, record);
    }

    private long count(String sql, Object... params) {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    /** Walks the sort index from the record at {@code position} to the nearest record with an issue. */
    private long nextWithIssueSorted(long position, boolean forward) {
        boolean up = forward != descending; // up = towards larger keys
        long ascending = descending ? size - 1 - position : position;
        String hasIssue = "EXISTS (SELECT 1 FROM issues i WHERE i.rec = r.rec)";
        String order = up ? key + " ASC, rec ASC" : key + " DESC, rec DESC";
        String sql;
        Object[] params;
        if (ascending < 0 || ascending >= size) {
            if ((ascending < 0) != up) {
                return -1; // already past the end in that direction
            }
            sql = "SELECT rec FROM records r WHERE " + hasIssue + " ORDER BY " + order + " LIMIT 1";
            params = new Object[0];
        } else {
            Object[] anchor = anchorAt(ascending);
            // The plain bound lets SQLite start the index scan at the anchor; the row value decides ties.
            sql = "SELECT rec FROM records r WHERE " + key + (up ? " >= ?" : " <= ?") + " AND (" + key + ", rec) "
                    + (up ? ">" : "<") + " (?, ?) AND " + hasIssue + " ORDER BY " + order + " LIMIT 1";
            params = new Object[] {anchor[0], anchor[0], anchor[1]};
        }
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? positionOf(r.getLong(1)) : -1;
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    /** The sort key and record number at an ascending position. */
    private Object[] anchorAt(long ascending) {
        try (PreparedStatement p = connection.prepareStatement("SELECT " + key + ", rec FROM records ORDER BY " + key
                + ", rec LIMIT 1 OFFSET ?")) {
            p.setLong(1, ascending);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return new Object[] {r.getString(1), r.getLong(2)};
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    private long nextWithIssueInFileOrder(long position, boolean forward) {
        // In record terms: later positions are higher records, or lower ones when the view is reversed.
        long record = descending ? size - position : position + 1;
        boolean up = forward != descending;
        String sql = up ? "SELECT min(rec) FROM issues WHERE rec > ?" : "SELECT max(rec) FROM issues WHERE rec < ?";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setLong(1, record);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return -1;
                }
                long found = r.getLong(1);
                return r.wasNull() || found < 1 || found > size ? -1 : positionOf(found);
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
