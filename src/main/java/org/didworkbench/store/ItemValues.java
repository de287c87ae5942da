package org.didworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Streaming reads of one item's values, for bulk editing: every value (optionally only those that may
 * contain a text, or that are one of some values), and the distinct values with their counts grouped
 * by a key. Rows are handed over one at a time from the query, so a million-record file takes no more
 * memory than the sample. Only records that have the item (enough fields) are read.
 *
 * <p>Not thread-safe; used on the workspace's thread.
 */
public final class ItemValues {
    /** Above this many values an "IN (…)" list is not worth it: the item is scanned and the caller filters. */
    private static final int MAX_IN_LIST = 500;
    private static final String KEY_FUNCTION = "didw_item_key";

    /** One record's value of the item. */
    @FunctionalInterface
    public interface ValueVisitor {
        void accept(long record, long line, String value);
    }

    /** One distinct value, its key and how many records hold it. */
    @FunctionalInterface
    public interface CountVisitor {
        void accept(String key, String value, long count);
    }

    private final Workspace workspace;
    private final Connection connection;
    private final int items;
    private final KeyFunction keyFunction;

    ItemValues(Workspace workspace, Connection connection, int items, KeyFunction keyFunction) {
        this.workspace = workspace;
        this.connection = connection;
        this.items = items;
        this.keyFunction = keyFunction;
    }

    /**
     * Every record's value of an item, in record order.
     *
     * @param containing when not null, only values containing this text, ignoring ASCII case (SQL LIKE):
     *                   a superset of the exact matches the caller then decides on
     */
    public void forEachValue(int item, String containing, ValueVisitor visitor) {
        String c = column(item);
        String sql = "SELECT rec, line, " + c + " FROM records WHERE fields > ? AND " + c + " IS NOT NULL"
                + (containing == null ? "" : " AND " + c + " LIKE ? ESCAPE '\\'") + " ORDER BY rec";
        List<Object> params = new ArrayList<>();
        params.add(item);
        if (containing != null) {
            params.add("%" + like(containing) + "%");
        }
        stream(sql, params, visitor);
    }

    /**
     * A page of {@link #forEachValue(int, String, ValueVisitor)}: the values of records numbered above
     * {@code afterRecord}, in record order, at most {@code limit} of them (a bulk change reads the item a
     * page at a time between its writes, holding no query open across them).
     */
    public void forEachValue(int item, String containing, long afterRecord, int limit, ValueVisitor visitor) {
        String c = column(item);
        String sql = "SELECT rec, line, " + c + " FROM records WHERE rec > ? AND fields > ? AND " + c + " IS NOT NULL"
                + (containing == null ? "" : " AND " + c + " LIKE ? ESCAPE '\\'") + " ORDER BY rec LIMIT ?";
        List<Object> params = new ArrayList<>();
        params.add(afterRecord);
        params.add(item);
        if (containing != null) {
            params.add("%" + like(containing) + "%");
        }
        params.add(limit);
        stream(sql, params, visitor);
    }

    /**
     * The records whose value of an item is exactly one of {@code values}, in record order (a long list
     * reads every value and filters here).
     */
    public void forEachValueIn(int item, Collection<String> values, ValueVisitor visitor) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() > MAX_IN_LIST) {
            java.util.Set<String> wanted = new java.util.HashSet<>(values);
            forEachValue(item, null, (rec, line, v) -> {
                if (wanted.contains(v)) {
                    visitor.accept(rec, line, v);
                }
            });
            return;
        }
        String c = column(item);
        StringBuilder in = new StringBuilder();
        List<Object> params = new ArrayList<>();
        params.add(item);
        for (String v : values) {
            in.append(in.length() == 0 ? "?" : ",?");
            params.add(v);
        }
        stream("SELECT rec, line, " + c + " FROM records WHERE fields > ? AND " + c + " IN (" + in + ") ORDER BY rec",
                params, visitor);
    }

    /**
     * The distinct values of an item with how many records hold each, ordered by {@code key} (so all
     * values of one key come together), blank values left out. The key is computed by SQLite calling
     * back into {@code key}, and the grouping and sorting happen in the database, not in memory here.
     */
    public void forEachDistinctValue(int item, UnaryOperator<String> key, CountVisitor visitor) {
        String c = column(item);
        String sql = "SELECT " + KEY_FUNCTION + "(" + c + ") AS k, " + c + ", count(*) FROM records"
                + " WHERE fields > ? AND " + c + " IS NOT NULL AND " + c + " <> '' GROUP BY k, " + c + " ORDER BY k";
        keyFunction.key = key;
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setInt(1, item);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    visitor.accept(r.getString(1), r.getString(2), r.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        } finally {
            keyFunction.key = UnaryOperator.identity();
        }
    }

    /**
     * The SQL function computing a value's key, registered once when the workspace is opened (SQLite
     * refuses to define a function while any statement of the connection is active, which a long-open
     * editing session always has); each query sets the key it wants.
     */
    static final class KeyFunction extends org.sqlite.Function {
        private UnaryOperator<String> key = UnaryOperator.identity();

        @Override
        protected void xFunc() throws SQLException {
            String v = value_text(0);
            result(v == null ? "" : key.apply(v));
        }
    }

    /** Defines the key function on a fresh connection. */
    static KeyFunction register(Connection connection) throws SQLException {
        KeyFunction f = new KeyFunction();
        org.sqlite.Function.create(connection, KEY_FUNCTION, f);
        return f;
    }

    private void stream(String sql, List<Object> params, ValueVisitor visitor) {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    visitor.accept(r.getLong(1), r.getLong(2), r.getString(3));
                }
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    private String column(int item) {
        if (item < 0 || item >= items) {
            throw new IllegalArgumentException("item " + item + " is not a column of this workspace");
        }
        return Schema.column(item);
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
