package org.didworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.didworkbench.domain.dataset.Normalisation;
import org.didworkbench.domain.rules.Issue;

/**
 * The writes an edit makes (cell values, the edited flag, a record's issues) and the change log
 * (actions and their cell changes). Nothing here commits: the caller groups one action's writes
 * into one transaction with {@link Workspace#commit()} or {@link Workspace#rollback()}.
 *
 * <p>Statements are prepared once and reused, so one edit costs a handful of indexed reads and
 * writes. A bulk change uses the batched forms, which carry up to {@link #BATCH} records or rows in
 * one statement (a statement step costs more than the row it writes). Not thread-safe; used on the
 * workspace's thread.
 */
public final class EditStore {
    /** Records (or rows) one batched statement carries: a few hundred, well under SQLite's variable limit. */
    public static final int BATCH = 250;

    private final Workspace workspace;
    private final Connection connection;
    private final int items;
    private final PreparedStatement[] setValue;
    private final Map<String, PreparedStatement> keyLookups = new HashMap<>();
    /** Batched statements of full size ({@link #BATCH}), by name; other sizes are prepared once per use. */
    private final Map<String, PreparedStatement> batched = new HashMap<>();
    private PreparedStatement setEdited;
    private PreparedStatement issuesOf;
    private PreparedStatement issueRules;
    private PreparedStatement deleteIssue;
    private PreparedStatement insertIssue;
    private PreparedStatement addAction;
    private PreparedStatement addChange;
    private PreparedStatement setState;
    private PreparedStatement changesOf;
    private PreparedStatement originals;

    EditStore(Workspace workspace, Connection connection, int items) {
        this.workspace = workspace;
        this.connection = connection;
        this.items = items;
        this.setValue = new PreparedStatement[items];
    }

    private PreparedStatement prepare(PreparedStatement cached, String sql) throws SQLException {
        return cached != null ? cached : connection.prepareStatement(sql);
    }

    // ---------------------------------------------------------------- values

    /** Sets the current value of one item of a record. */
    public void setValue(long record, int item, String value) {
        if (item < 0 || item >= items) {
            throw new IllegalArgumentException("item " + item + " is not a column of this workspace");
        }
        try {
            PreparedStatement p = setValue[item] = prepare(setValue[item],
                    "UPDATE records SET " + Schema.column(item) + " = ? WHERE rec = ?");
            p.setString(1, value);
            p.setLong(2, record);
            p.executeUpdate();
        } catch (SQLException e) {
            throw workspace.failure("write to", e);
        }
    }

    /** Sets the flag saying that some value of the record differs from the file. */
    public void setEdited(long record, boolean edited) {
        try {
            setEdited = prepare(setEdited, "UPDATE records SET edited = ? WHERE rec = ?");
            setEdited.setInt(1, edited ? 1 : 0);
            setEdited.setLong(2, record);
            setEdited.executeUpdate();
        } catch (SQLException e) {
            throw workspace.failure("write to", e);
        }
    }

    // ---------------------------------------------------------------- issues

    /** The issues of one record in stored order. */
    public List<Issue> issuesOf(long record) {
        List<Issue> out = new ArrayList<>();
        try {
            issuesOf = prepare(issuesOf, "SELECT i.rec, r.line, i.rule, i.severity, i.fields, i.value, i.message"
                    + " FROM issues i JOIN records r ON r.rec = i.rec WHERE i.rec = ? ORDER BY i.rowid");
            issuesOf.setLong(1, record);
            try (ResultSet r = issuesOf.executeQuery()) {
                while (r.next()) {
                    out.add(Workspace.readIssue(r));
                }
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
        return out;
    }

    /**
     * Deletes the issues of a record whose rule the predicate accepts, then stores {@code add} (in
     * order, after the issues kept).
     */
    public void replaceIssues(long record, Predicate<String> drop, List<Issue> add) {
        try {
            issueRules = prepare(issueRules, "SELECT rowid, rule FROM issues WHERE rec = ?");
            issueRules.setLong(1, record);
            List<Long> doomed = new ArrayList<>();
            try (ResultSet r = issueRules.executeQuery()) {
                while (r.next()) {
                    if (drop.test(r.getString(2))) {
                        doomed.add(r.getLong(1));
                    }
                }
            }
            deleteIssue = prepare(deleteIssue, "DELETE FROM issues WHERE rowid = ?");
            for (long rowid : doomed) {
                deleteIssue.setLong(1, rowid);
                deleteIssue.executeUpdate();
            }
            insertIssue = prepare(insertIssue,
                    "INSERT INTO issues(rec, rule, severity, fields, value, message) VALUES (?, ?, ?, ?, ?, ?)");
            for (Issue issue : add) {
                if (issue.record() != record) {
                    throw new IllegalArgumentException("issue of record " + issue.record() + " given for " + record);
                }
                insertIssue.setLong(1, record);
                insertIssue.setString(2, issue.rule());
                insertIssue.setString(3, issue.severity().label());
                insertIssue.setString(4, issue.fieldList());
                insertIssue.setString(5, issue.value());
                insertIssue.setString(6, issue.message());
                insertIssue.executeUpdate();
            }
        } catch (SQLException e) {
            throw workspace.failure("write to", e);
        }
    }

    // ---------------------------------------------------------------- keys

    /**
     * The records whose items, normalised, equal the given values; uses the key index made by
     * {@link Workspace#createKeyIndex} when there is one for the same items.
     *
     * @param items          item indexes
     * @param normalisations how each item is normalised
     * @param values         the normalised values sought (not blank)
     * @return record numbers, ascending
     */
    public long[] recordsWithKey(int[] items, List<Normalisation> normalisations, String[] values) {
        String expr = Schema.normalised(items, normalisations);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            where.append(i == 0 ? "" : " AND ").append(Schema.normalised(items[i], normalisations.get(i)))
                    .append(" = ?");
        }
        String sql = "SELECT rec FROM records WHERE " + where + " ORDER BY rec";
        try {
            PreparedStatement p = keyLookups.get(expr);
            if (p == null) {
                p = connection.prepareStatement(sql);
                keyLookups.put(expr, p);
            }
            for (int i = 0; i < values.length; i++) {
                p.setString(i + 1, values[i]);
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    // ---------------------------------------------------------------- batches

    /** Binds the parameters of one batch: items {@code from} … {@code from + n - 1} of the caller's list. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement p, int from, int n) throws SQLException;
    }

    /** Reads one row of a batched query. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    /**
     * Runs a statement over {@code count} items, {@link #BATCH} at a time.
     *
     * @param name   names the statement text, which {@code sqlFor} makes for a batch of n items
     * @param reader null for a statement that writes
     */
    private void inBatches(String name, int count, IntFunction<String> sqlFor, Binder binder, RowReader reader)
            throws SQLException {
        for (int from = 0; from < count; from += BATCH) {
            int n = Math.min(BATCH, count - from);
            PreparedStatement p = n == BATCH ? batched.get(name) : null;
            if (p == null) {
                p = connection.prepareStatement(sqlFor.apply(n));
                if (n == BATCH) {
                    batched.put(name, p);
                }
            }
            try {
                binder.bind(p, from, n);
                if (reader == null) {
                    p.executeUpdate();
                } else {
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            reader.read(r);
                        }
                    }
                }
            } finally {
                if (n != BATCH) {
                    p.close();
                }
            }
        }
    }

    private static String marks(int n) {
        return "?,".repeat(n - 1) + "?";
    }

    private static String rows(int n, String row) {
        return (row + ",").repeat(n - 1) + row;
    }

    private static long[] sortedDistinct(long[] records) {
        return Arrays.stream(records).sorted().distinct().toArray();
    }

    /**
     * Sets several cells, a batch of records per statement for each item. When a cell is given twice the
     * later value is the one kept, as when the changes are made one after another.
     */
    public void setValues(List<CellChange> changes) {
        Map<Integer, Map<Long, String>> byItem = new java.util.TreeMap<>();
        for (CellChange c : changes) {
            if (c.item() < 0 || c.item() >= items) {
                throw new IllegalArgumentException("item " + c.item() + " is not a column of this workspace");
            }
            byItem.computeIfAbsent(c.item(), k -> new LinkedHashMap<>()).put(c.record(), c.newValue());
        }
        try {
            for (Map.Entry<Integer, Map<Long, String>> e : byItem.entrySet()) {
                String column = Schema.column(e.getKey());
                List<Map.Entry<Long, String>> cells = new ArrayList<>(e.getValue().entrySet());
                inBatches("setValues:" + column, cells.size(), n -> "UPDATE records SET " + column
                        + " = v.column2 FROM (VALUES " + rows(n, "(?,?)") + ") AS v WHERE records.rec = v.column1",
                        (p, from, n) -> {
                            for (int i = 0; i < n; i++) {
                                p.setLong(2 * i + 1, cells.get(from + i).getKey());
                                p.setString(2 * i + 2, cells.get(from + i).getValue());
                            }
                        }, null);
            }
        } catch (SQLException e) {
            throw workspace.failure("write to", e);
        }
    }

    /** Sets the edited flag of several records to the same value. */
    public void setEdited(long[] records, boolean edited) {
        long[] recs = sortedDistinct(records);
        try {
            inBatches("setEdited", recs.length, n -> "UPDATE records SET edited = ? WHERE rec IN (" + marks(n) + ")",
                    (p, from, n) -> {
                        p.setInt(1, edited ? 1 : 0);
                        for (int i = 0; i < n; i++) {
                            p.setLong(i + 2, recs[from + i]);
                        }
                    }, null);
        } catch (SQLException e) {
            throw workspace.failure("write to", e);
        }
    }

    /** The issues of several records, each in stored order; every record asked for has a list (maybe empty). */
    public Map<Long, List<Issue>> issuesOf(long[] records) {
        long[] recs = sortedDistinct(records);
        Map<Long, List<Issue>> out = new LinkedHashMap<>();
        for (long r : recs) {
            out.put(r, new ArrayList<>());
        }
        try {
            inBatches("issuesOf", recs.length, n -> "SELECT i.rec, r.line, i.rule, i.severity, i.fields, i.value,"
                    + " i.message FROM issues i JOIN records r ON r.rec = i.rec WHERE i.rec IN (" + marks(n) + ")"
                    + " ORDER BY i.rec, i.rowid", (p, from, n) -> bindRecords(p, recs, from, n),
                    r -> out.get(r.getLong(1)).add(Workspace.readIssue(r)));
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
        return out;
    }

    private static void bindRecords(PreparedStatement p, long[] recs, int from, int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            p.setLong(i + 1, recs[from + i]);
        }
    }

    /**
     * {@link #replaceIssues(long, Predicate, List)} for several records at once: for each record of
     * {@code add}, deletes its issues whose rule {@code drop} accepts and stores its new issues in order,
     * after the issues kept. Every issue must belong to the record it is listed under.
     */
    public void replaceIssues(Map<Long, List<Issue>> add, Predicate<String> drop) {
        long[] recs = sortedDistinct(add.keySet().stream().mapToLong(Long::longValue).toArray());
        List<Issue> adding = new ArrayList<>();
        for (long rec : recs) {
            for (Issue issue : add.get(rec)) {
                if (issue.record() != rec) {
                    throw new IllegalArgumentException("issue of record " + issue.record() + " given for " + rec);
                }
                adding.add(issue);
            }
        }
        try {
            List<Long> doomed = new ArrayList<>();
            inBatches("issueRules", recs.length, n -> "SELECT rowid, rule FROM issues WHERE rec IN (" + marks(n) + ")",
                    (p, from, n) -> bindRecords(p, recs, from, n), r -> {
                        if (drop.test(r.getString(2))) {
                            doomed.add(r.getLong(1));
                        }
                    });
            inBatches("deleteIssues", doomed.size(), n -> "DELETE FROM issues WHERE rowid IN (" + marks(n) + ")",
                    (p, from, n) -> {
                        for (int i = 0; i < n; i++) {
                            p.setLong(i + 1, doomed.get(from + i));
                        }
                    }, null);
            inBatches("insertIssues", adding.size(), n -> "INSERT INTO issues(rec, rule, severity, fields, value,"
                    + " message) VALUES " + rows(n, "(?,?,?,?,?,?)"), (p, from, n) -> {
                        for (int i = 0; i < n; i++) {
                            Issue issue = adding.get(from + i);
                            int k = 6 * i;
                            p.setLong(k + 1, issue.record());
                            p.setString(k + 2, issue.rule());
                            p.setString(k + 3, issue.severity().label());
                            p.setString(k + 4, issue.fieldList());
                            p.setString(k + 5, issue.value());
                            p.setString(k + 6, issue.message());
                        }
                    }, null);
        } catch (SQLException e) {
            throw workspace.failure("write to", e);
        }
    }

    /**
     * {@link #recordsWithKey} for many keys at once: every record whose items, normalised, equal one of
     * the keys, found through the key index a batch of keys per statement.
     *
     * @param keys the normalised values sought, each as long as {@code items} (none blank)
     * @return record numbers, ascending, each once
     */
    public long[] recordsWithKeys(int[] items, List<Normalisation> normalisations, List<String[]> keys) {
        StringBuilder on = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            on.append(i == 0 ? "" : " AND ").append(Schema.normalised(items[i], normalisations.get(i)))
                    .append(" = v.column").append(i + 1);
        }
        String row = "(" + marks(items.length) + ")";
        int width = items.length;
        java.util.TreeSet<Long> out = new java.util.TreeSet<>();
        try {
            // CROSS JOIN keeps the keys as the outer loop, so each is one lookup in the key index
            inBatches("keys:" + Schema.normalised(items, normalisations), keys.size(),
                    n -> "SELECT records.rec FROM (VALUES " + rows(n, row) + ") AS v CROSS JOIN records ON " + on,
                    (p, from, n) -> {
                        for (int i = 0; i < n; i++) {
                            String[] key = keys.get(from + i);
                            for (int j = 0; j < width; j++) {
                                p.setString(i * width + j + 1, key[j]);
                            }
                        }
                    }, r -> out.add(r.getLong(1)));
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** Logs the cell changes of an action, in order, a batch of rows per statement. */
    public void addChanges(long action, List<CellChange> changes) {
        try {
            inBatches("addChanges", changes.size(), n -> "INSERT INTO changes(action, rec, item, old, new) VALUES "
                    + rows(n, "(?,?,?,?,?)"), (p, from, n) -> {
                        for (int i = 0; i < n; i++) {
                            CellChange c = changes.get(from + i);
                            int k = 5 * i;
                            p.setLong(k + 1, action);
                            p.setLong(k + 2, c.record());
                            p.setInt(k + 3, c.item());
                            p.setString(k + 4, c.oldValue());
                            p.setString(k + 5, c.newValue());
                        }
                    }, null);
        } catch (SQLException e) {
            throw workspace.failure("write to", e);
        }
    }

    /** {@link #originals(long)} of several records; every record asked for has a map (maybe empty). */
    public Map<Long, Map<Integer, String>> originals(long[] records) {
        long[] recs = sortedDistinct(records);
        Map<Long, Map<Integer, String>> out = new LinkedHashMap<>();
        for (long r : recs) {
            out.put(r, new LinkedHashMap<>());
        }
        try {
            inBatches("originals", recs.length, n -> "SELECT rec, item, old FROM changes WHERE rec IN (" + marks(n)
                    + ") ORDER BY rowid", (p, from, n) -> bindRecords(p, recs, from, n),
                    r -> out.get(r.getLong(1)).putIfAbsent(r.getInt(2), r.getString(3)));
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
        return out;
    }

    // ---------------------------------------------------------------- change log

    /** Adds an action and returns its id. */
    public long addAction(String at, String user, String kind, String reason, String state, long target) {
        try {
            addAction = prepare(addAction,
                    "INSERT INTO actions(at, user, kind, reason, state, target) VALUES (?, ?, ?, ?, ?, ?)");
            addAction.setString(1, at);
            addAction.setString(2, user);
            addAction.setString(3, kind);
            addAction.setString(4, reason);
            addAction.setString(5, state);
            if (target > 0) {
                addAction.setLong(6, target);
            } else {
                addAction.setNull(6, java.sql.Types.INTEGER);
            }
            addAction.executeUpdate();
            return workspace.single("SELECT last_insert_rowid()");
        } catch (SQLException e) {
            throw workspace.failure("write to", e);
        }
    }

    /** Logs one cell change of an action. */
    public void addChange(long action, CellChange change) {
        try {
            addChange = prepare(addChange, "INSERT INTO changes(action, rec, item, old, new) VALUES (?, ?, ?, ?, ?)");
            addChange.setLong(1, action);
            addChange.setLong(2, change.record());
            addChange.setInt(3, change.item());
            addChange.setString(4, change.oldValue());
            addChange.setString(5, change.newValue());
            addChange.executeUpdate();
        } catch (SQLException e) {
            throw workspace.failure("write to", e);
        }
    }

    public void setState(long action, String state) {
        try {
            setState = prepare(setState, "UPDATE actions SET state = ? WHERE id = ?");
            setState.setString(1, state);
            setState.setLong(2, action);
            setState.executeUpdate();
        } catch (SQLException e) {
            throw workspace.failure("write to", e);
        }
    }

    /** Marks every undone action discarded: a new action ends the redo history. */
    public void discardUndone() {
        workspace.execute("UPDATE actions SET state = 'discarded' WHERE state = 'undone'");
    }

    /** The latest action still applied, or 0. */
    public long latestApplied() {
        return workspace.single("SELECT coalesce(max(id), 0) FROM actions WHERE state = 'applied'");
    }

    /** The earliest undone action, or 0. */
    public long earliestUndone() {
        return workspace.single("SELECT coalesce(min(id), 0) FROM actions WHERE state = 'undone'");
    }

    /** The id of the last action, or 0. */
    public long lastAction() {
        return workspace.single("SELECT coalesce(max(id), 0) FROM actions");
    }

    /** An action, or null. */
    public ActionRow action(long id) {
        try (PreparedStatement p = connection.prepareStatement("SELECT id, kind, state, coalesce(target, 0)"
                + " FROM actions WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new ActionRow(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4)) : null;
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    /** How many cell changes an action made. */
    public long changeCount(long action) {
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM changes WHERE action = ?")) {
            p.setLong(1, action);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    /** The cell changes of an action, in the order they were made. */
    public List<CellChange> changesOf(long action) {
        List<CellChange> out = new ArrayList<>();
        try {
            changesOf = prepare(changesOf, "SELECT rec, item, old, new FROM changes WHERE action = ? ORDER BY rowid");
            changesOf.setLong(1, action);
            try (ResultSet r = changesOf.executeQuery()) {
                while (r.next()) {
                    out.add(new CellChange(r.getLong(1), r.getInt(2), r.getString(3), r.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
        return out;
    }

    /**
     * One page of an action's cell changes, for going through a large action without holding it: the
     * changes after (or, {@code newestFirst}, before) the log row {@code from}, at most {@code limit}.
     * Start with {@code from} 0 (oldest first) or {@link Long#MAX_VALUE} (newest first), then pass the
     * page's {@link ChangePage#last()}.
     */
    public ChangePage changesOf(long action, long from, boolean newestFirst, int limit) {
        List<CellChange> out = new ArrayList<>();
        long last = from;
        String sql = "SELECT rowid, rec, item, old, new FROM changes WHERE action = ? AND rowid "
                + (newestFirst ? "<" : ">") + " ? ORDER BY rowid " + (newestFirst ? "DESC" : "ASC") + " LIMIT ?";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setLong(1, action);
            p.setLong(2, from);
            p.setInt(3, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    last = r.getLong(1);
                    out.add(new CellChange(r.getLong(2), r.getInt(3), r.getString(4), r.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
        return new ChangePage(out, last);
    }

    /**
     * A page of an action's cell changes.
     *
     * @param cells the changes, in the order asked for
     * @param last  the log row of the last of them (the {@code from} of the next page)
     */
    public record ChangePage(List<CellChange> cells, long last) {
    }

    /** An action's reason ("" when it has none or there is no such action). */
    public String reasonOf(long action) {
        try (PreparedStatement p = connection.prepareStatement("SELECT reason FROM actions WHERE id = ?")) {
            p.setLong(1, action);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getString(1) != null ? r.getString(1) : "";
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    /** Replaces an action's reason (a streamed change knows its full reason only at its end). */
    public void setReason(long action, String reason) {
        try (PreparedStatement p = connection.prepareStatement("UPDATE actions SET reason = ? WHERE id = ?")) {
            p.setString(1, reason);
            p.setLong(2, action);
            p.executeUpdate();
        } catch (SQLException e) {
            throw workspace.failure("write to", e);
        }
    }

    /** The value in the file of every item of the record that was ever changed: the old value of its first change. */
    public Map<Integer, String> originals(long record) {
        Map<Integer, String> out = new LinkedHashMap<>();
        try {
            originals = prepare(originals, "SELECT item, old FROM changes WHERE rec = ? ORDER BY rowid");
            originals.setLong(1, record);
            try (ResultSet r = originals.executeQuery()) {
                while (r.next()) {
                    out.putIfAbsent(r.getInt(1), r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
        return out;
    }

    /** SQL giving the current value of item {@code item} of record row {@code r} (a CASE over the columns). */
    private String currentValue(String item, String r) {
        StringBuilder b = new StringBuilder("CASE ").append(item);
        for (int i = 0; i < items; i++) {
            b.append(" WHEN ").append(i).append(" THEN ").append(r).append('.').append(Schema.column(i));
        }
        return b.append(" END").toString();
    }

    /** First change of each changed cell (SQLite takes the bare columns from the row holding the minimum). */
    private static final String FIRSTS = "SELECT rec, item, old, min(rowid) FROM changes";

    /** The items of these records whose current value differs from the file. */
    public Map<Long, Set<Integer>> editedItems(long[] records) {
        Map<Long, Set<Integer>> out = new HashMap<>();
        if (records.length == 0) {
            return out;
        }
        long[] sorted = records.clone();
        Arrays.sort(sorted);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < sorted.length; i++) {
            in.append(i == 0 ? "?" : ",?");
        }
        String sql = "SELECT f.rec, f.item FROM (" + FIRSTS + " WHERE rec IN (" + in + ") GROUP BY rec, item) f"
                + " JOIN records r ON r.rec = f.rec WHERE " + currentValue("f.item", "r") + " IS NOT f.old";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < sorted.length; i++) {
                p.setLong(i + 1, sorted[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getLong(1), k -> new TreeSet<>()).add(r.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
        return out;
    }

    /** How many cells differ from the file now. */
    public long editedCells() {
        return workspace.single("SELECT count(*) FROM (" + FIRSTS + " GROUP BY rec, item) f"
                + " JOIN records r ON r.rec = f.rec WHERE " + currentValue("f.item", "r") + " IS NOT f.old");
    }

    /**
     * The change log, oldest first (by action, then by change).
     *
     * @param record only this record's changes, or every change when negative
     */
    public void forEachLogRow(long record, Consumer<LogRow> action) {
        String sql = "SELECT a.id, a.at, a.user, a.kind, a.reason, a.state, coalesce(a.target, 0), c.rec, r.line,"
                + " c.item, c.old, c.new FROM changes c JOIN actions a ON a.id = c.action"
                + " JOIN records r ON r.rec = c.rec" + (record >= 0 ? " WHERE c.rec = ?" : "")
                + " ORDER BY c.action, c.rowid";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            if (record >= 0) {
                p.setLong(1, record);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    action.accept(new LogRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getInt(10),
                            r.getString(11), r.getString(12)));
                }
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    /** One row of a change-log query. */
    @FunctionalInterface
    public interface LogVisitor {
        /**
         * @param row      the change
         * @param inEffect true when the change's action is applied (or is a done undo or redo) and the cell
         *                 still holds the change's new value, so reverting it would change the cell
         */
        void accept(LogRow row, boolean inEffect);
    }

    /**
     * The change-log rows a query selects, oldest first, at most {@code limit} of them.
     *
     * @see #countLogRows(LogQuery)
     */
    public void forEachLogRow(LogQuery query, int limit, LogVisitor visitor) {
        List<Object> params = new ArrayList<>();
        String where = logWhere(query, params);
        String sql = "SELECT a.id, a.at, a.user, a.kind, a.reason, a.state, coalesce(a.target, 0), c.rec, r.line,"
                + " c.item, c.old, c.new, a.state IN ('applied', 'done') AND " + currentValue("c.item", "r")
                + " IS c.new FROM changes c JOIN actions a ON a.id = c.action JOIN records r ON r.rec = c.rec"
                + where + " ORDER BY c.action, c.rowid LIMIT ?";
        params.add(Math.max(0, limit));
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    visitor.accept(new LogRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getInt(10),
                            r.getString(11), r.getString(12)), r.getInt(13) != 0);
                }
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    /** How many change-log rows a query selects. */
    public long countLogRows(LogQuery query) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT count(*) FROM changes c JOIN actions a ON a.id = c.action JOIN records r ON r.rec = c.rec"
                + logWhere(query, params);
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw workspace.failure("read", e);
        }
    }

    private static String logWhere(LogQuery q, List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (q.item() >= 0) {
            parts.add("c.item = ?");
            params.add(q.item());
        }
        if (q.text() != null) {
            String like = "%" + q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parts.add("(a.reason LIKE ? ESCAPE '\\' OR a.kind LIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
        }
        if (q.line() >= 0) {
            parts.add("r.line = ?");
            params.add(q.line());
        }
        if (q.action() >= 0) {
            parts.add("c.action = ?");
            params.add(q.action());
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }
}
