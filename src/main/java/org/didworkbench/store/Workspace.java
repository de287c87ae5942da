package org.didworkbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.didworkbench.domain.dataset.Normalisation;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Severity;

/**
 * One opened submission held in an SQLite file: the records with their current values, the issues
 * found, and facts about the source file. The original submission file is never written.
 *
 * <p>A new workspace is loaded into a {@code .part} file with fast, non-durable settings and renamed
 * into place only when complete ({@link #completeImport()}), so a load killed half-way leaves no
 * workspace at all and is simply redone from the original. A completed workspace is durable (WAL
 * journal, synchronous writes).
 *
 * <p>Not thread-safe: one thread at a time.
 */
public final class Workspace implements AutoCloseable {
    static final String PART_SUFFIX = ".part";
    /** The defect of an edited record that still holds a NUL character (the reader would flag it again). */
    static final String NUL_IN_VALUE = "a NUL character (byte 0) in a value";

    private final Path file;
    private final int items;
    private Connection connection;
    private boolean loading;
    private EditStore edits;
    private ItemValues.KeyFunction keyFunction;

    private Workspace(Path file, int items, Connection connection, boolean loading) {
        this.file = file;
        this.items = items;
        this.connection = connection;
        this.loading = loading;
    }

    /**
     * Starts a new workspace for a submission with {@code items} data items. Any earlier unfinished
     * load at the same place is discarded; an existing complete workspace is refused.
     */
    public static Workspace createForImport(Path file, int items) {
        Path part = partOf(file);
        try {
            if (Files.exists(file)) {
                throw new WorkspaceException("A workspace already exists at " + file.getFileName()
                        + "; choose another name or delete it first.");
            }
            Files.deleteIfExists(part);
            createOwnerOnly(part);
            Connection c = connect(part);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA locking_mode = EXCLUSIVE");
                s.execute("PRAGMA cache_size = -32768");
                s.execute("PRAGMA temp_store = MEMORY");
            }
            c.setAutoCommit(false);
            Schema.create(c, items);
            return new Workspace(file, items, c, true);
        } catch (SQLException | IOException e) {
            throw new WorkspaceException("Could not create the workspace " + file.getFileName() + ": "
                    + reason(e), e);
        }
    }

    /**
     * Opens a complete workspace for reading only, on a connection of its own: for work beside an open
     * session (a second thread reading every record while the session's connection edits). In WAL mode
     * it reads a consistent snapshot and never blocks the session's writes. Changes nothing in the file.
     */
    public static Workspace openForReading(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException("There is no workspace at " + file + ".");
        }
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            requireVersion(c, file, "");
            c.setAutoCommit(false); // one read transaction: one snapshot; close() ends it
            return new Workspace(file, countItemColumns(c), c, false);
        } catch (SQLException e) {
            throw new WorkspaceException("Could not open the workspace " + file.getFileName() + ": " + reason(e), e);
        }
    }

    /** Closes the connection and refuses a workspace of another format version, saying so (then {@code advice}). */
    private static void requireVersion(Connection c, Path file, String advice) throws SQLException {
        int version;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            version = r.next() ? r.getInt(1) : 0;
        }
        if (version != Schema.VERSION) {
            c.close();
            throw new WorkspaceException("The workspace " + file.getFileName() + " has format version " + version
                    + "; this version of DID Workbench reads version " + Schema.VERSION + "." + advice);
        }
    }

    /** Opens a complete workspace. */
    public static Workspace open(Path file) {
        if (!Files.isRegularFile(file)) {
            if (Files.exists(partOf(file))) {
                throw new WorkspaceException("The workspace " + file.getFileName()
                        + " was never completed (its import was interrupted); open the submission file again.");
            }
            throw new WorkspaceException("There is no workspace at " + file + ".");
        }
        try {
            Connection c = connect(file);
            requireVersion(c, file, " Open the submission file again to make a new workspace.");
            makeDurable(c);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                Schema.createEditTables(s);
            }
            c.commit();
            ItemValues.KeyFunction key = ItemValues.register(c);
            int items = countItemColumns(c);
            Workspace ws = new Workspace(file, items, c, false);
            ws.keyFunction = key;
            return ws;
        } catch (SQLException e) {
            throw new WorkspaceException("Could not open the workspace " + file.getFileName() + ": " + reason(e), e);
        }
    }

    public Path file() {
        return file;
    }

    public int itemCount() {
        return items;
    }

    // ---------------------------------------------------------------- meta

    public void putMeta(String key, String value) {
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
            if (!loading) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw failure("write to", e);
        }
    }

    public Map<String, String> meta() {
        Map<String, String> m = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT key, value FROM meta")) {
            while (r.next()) {
                m.put(r.getString(1), r.getString(2));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return m;
    }

    // ---------------------------------------------------------------- bulk load

    /** A loader for records and issues; only while the workspace is being created. */
    public BulkLoader bulkLoader() {
        if (!loading) {
            throw new IllegalStateException("The workspace is not being loaded");
        }
        try {
            return new BulkLoader(connection, items);
        } catch (SQLException e) {
            throw failure("write to", e);
        }
    }

    /**
     * Finishes a load: builds indexes, commits, makes the file durable and moves it into place.
     * After this the workspace is open as if by {@link #open}.
     */
    public void completeImport() {
        if (!loading) {
            throw new IllegalStateException("The workspace is not being loaded");
        }
        Path part = partOf(file);
        try {
            Schema.createIndexes(connection);
            connection.commit();
            connection.close();
            // The load ran without syncing; force it to disk before the rename makes it the workspace, so a
            // power cut can never leave a complete-looking workspace whose pages were never written.
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                throw new WorkspaceException("A workspace appeared at " + file.getFileName() + " while loading.");
            }
            forceDirectory(file.toAbsolutePath().getParent());
            connection = connect(file);
            makeDurable(connection);
            connection.setAutoCommit(false);
            loading = false;
        } catch (SQLException | IOException e) {
            throw failure("finish", e);
        }
    }

    // ---------------------------------------------------------------- editing

    /** The writes of edits and the change log. Only on a complete workspace. */
    public EditStore edits() {
        if (loading) {
            throw new IllegalStateException("The workspace is still being loaded");
        }
        if (edits == null) {
            edits = new EditStore(this, connection, items);
        }
        return edits;
    }

    /** Streaming reads of one item's values, for bulk editing. Only on a complete workspace. */
    public ItemValues itemValues() {
        if (loading || keyFunction == null) {
            throw new IllegalStateException("Item values are read from a workspace opened with open()");
        }
        return new ItemValues(this, connection, items, keyFunction);
    }

    /** Makes every write since the last commit durable, as one transaction. */
    public void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw failure("write to", e);
        }
    }

    /** Drops every write since the last commit. */
    public void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw failure("write to", e);
        }
    }

    /**
     * Builds (once) an index on some items' normalised values, so that the records sharing a key can
     * be found with {@link EditStore#recordsWithKey} without reading the table. While loading, it is
     * part of the load; on a complete workspace it is committed at once.
     *
     * @param name           a name for the index (letters, digits, '_' and '-')
     * @param items          item indexes
     * @param normalisations how each item is normalised
     */
    public void createKeyIndex(String name, int[] items, List<Normalisation> normalisations) {
        if (!name.matches("[A-Za-z0-9_-]+") || items.length == 0 || items.length != normalisations.size()) {
            throw new IllegalArgumentException("bad key index " + name);
        }
        String sql = "CREATE INDEX IF NOT EXISTS \"key_" + name + "\" ON records("
                + Schema.normalised(items, normalisations) + ")";
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
            if (!loading) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw failure("write to", e);
        }
    }

    void execute(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw failure("write to", e);
        }
    }

    // ---------------------------------------------------------------- reading

    public long recordCount() {
        return single("SELECT count(*) FROM records");
    }

    /** The records with these numbers, in ascending order; numbers not present are skipped. */
    public List<StoredRecord> records(long[] numbers) {
        List<StoredRecord> out = new ArrayList<>(numbers.length);
        long[] sorted = Arrays.stream(numbers).sorted().distinct().toArray();
        // a few hundred numbers a query: one statement step per record costs more than the record itself
        try {
            PreparedStatement full = null;
            try {
                for (int from = 0; from < sorted.length; from += RECORDS_PER_QUERY) {
                    int n = Math.min(RECORDS_PER_QUERY, sorted.length - from);
                    PreparedStatement p;
                    if (n == RECORDS_PER_QUERY) {
                        if (full == null) {
                            full = connection.prepareStatement(recordsIn(n));
                        }
                        p = full;
                    } else {
                        p = connection.prepareStatement(recordsIn(n));
                    }
                    try {
                        for (int i = 0; i < n; i++) {
                            p.setLong(i + 1, sorted[from + i]);
                        }
                        try (ResultSet r = p.executeQuery()) {
                            while (r.next()) {
                                out.add(readRecord(r));
                            }
                        }
                    } finally {
                        if (p != full) {
                            p.close();
                        }
                    }
                }
            } finally {
                if (full != null) {
                    full.close();
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return out;
    }

    /** How many records {@link #records} asks for in one query. */
    private static final int RECORDS_PER_QUERY = 256;

    private String recordsIn(int n) {
        return "SELECT " + recordColumns() + " FROM records WHERE rec IN (" + "?,".repeat(n - 1) + "?) ORDER BY rec";
    }

    /** Every record in file order. */
    public void forEachRecord(Consumer<StoredRecord> action) {
        String sql = "SELECT " + recordColumns() + " FROM records ORDER BY rec";
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.setFetchSize(1000);
            while (r.next()) {
                action.accept(readRecord(r));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Every record in file order with its issues (in stored order): two cursors read side by side,
     * so memory holds one record at a time.
     */
    public void forEachRecordWithIssues(BiConsumer<StoredRecord, List<Issue>> action) {
        String records = "SELECT " + recordColumns() + " FROM records ORDER BY rec";
        String issues = "SELECT i.rec, 0, i.rule, i.severity, i.fields, i.value, i.message FROM issues i"
                + " ORDER BY i.rec, i.rowid";
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(records);
             Statement si = connection.createStatement(); ResultSet ri = si.executeQuery(issues)) {
            r.setFetchSize(1000);
            boolean moreIssues = ri.next();
            List<Issue> mine = new ArrayList<>();
            while (r.next()) {
                StoredRecord rec = readRecord(r);
                long n = rec.record().number();
                mine.clear();
                while (moreIssues && ri.getLong(1) <= n) {
                    if (ri.getLong(1) == n) {
                        Issue i = readIssue(ri);
                        mine.add(new Issue(i.record(), rec.record().line(), i.rule(), i.severity(), i.fields(),
                                i.value(), i.message()));
                    }
                    moreIssues = ri.next();
                }
                action.accept(rec, mine);
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Every record in file order in the shape an export needs: for an unedited record its exact text,
     * for an edited one its original text and current values.
     *
     * <p>An unedited record whose original text was canonical (raw NULL, the usual case) is rebuilt
     * from its values. SQLite joins them ({@code concat_ws}, one pass in C) and the join is used as it
     * is when no value needed quoting (no quote, CR or LF, and exactly one delimiter between each two
     * fields); only the rare record that needed quotes is handed over value by value. Reading one
     * string instead of every column is what makes the export fast.
     *
     * @param delimiter  the file's delimiter
     * @param quote      the file's quote character
     * @param lineEnding the file's line ending (ends a canonical record)
     */
    public void forEachRecordText(char delimiter, char quote, String lineEnding, Consumer<RecordText> action) {
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < items; i++) {
            cols.append(i == 0 ? "" : ", ").append(Schema.column(i));
        }
        String sql = "SELECT rec, edited, raw, CASE WHEN edited = 0 AND raw IS NULL AND fields = " + items
                + " AND extra IS NULL THEN concat_ws(char(" + (int) delimiter + "), " + cols + ") END, fields, extra"
                + itemColumns() + " FROM records ORDER BY rec";
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.setFetchSize(1000);
            while (r.next()) {
                long rec = r.getLong(1);
                boolean edited = r.getInt(2) != 0;
                String text = r.getString(3);
                if (!edited && text == null) {
                    String joined = r.getString(4);
                    if (joined != null && plain(joined, delimiter, quote, items - 1)) {
                        text = joined.concat(lineEnding);
                    }
                }
                String[] values = null;
                if (edited || text == null) {
                    values = values(r, 7, r.getInt(5), r.getString(6));
                }
                action.accept(new RecordText(rec, edited, text, values));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** True when the joined values hold no quote, CR or LF and exactly {@code delimiters} delimiters. */
    private static boolean plain(String joined, char delimiter, char quote, int delimiters) {
        int n = 0;
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == delimiter) {
                n++;
            } else if (c == quote || c == '\r' || c == '\n') {
                return false;
            }
        }
        return n == delimiters;
    }

    /** Every issue, by record number, then in the order they were stored (catalogue order). */
    public void forEachIssue(Consumer<Issue> action) {
        String sql = "SELECT i.rec, r.line, i.rule, i.severity, i.fields, i.value, i.message"
                + " FROM issues i JOIN records r ON r.rec = i.rec ORDER BY i.rec, i.rowid";
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                action.accept(readIssue(r));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** A browser over the records for a window (one per workspace is enough). */
    public RecordBrowser browser(List<String> itemNames) {
        return new RecordBrowser(this, connection, items, itemNames);
    }

    /** Counts for the status bar: one pass over the issues table. */
    public IssueTotals totals() {
        String sql = "SELECT"
                + " (SELECT count(*) FROM records),"
                + " sum(severity = 'error'),"
                + " sum(severity = 'warning' AND rule NOT LIKE 'DQW-%'),"
                + " sum(rule LIKE 'DQW-%'),"
                + " (SELECT count(DISTINCT rec) FROM issues WHERE severity = 'error'),"
                + " (SELECT count(*) FROM records WHERE edited = 1)"
                + " FROM issues";
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return new IssueTotals(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6));
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Issue counts per rule, most frequent first. */
    public List<RuleTotal> ruleTotals() {
        String sql = "SELECT rule, severity, count(*), count(DISTINCT rec) FROM issues GROUP BY rule, severity"
                + " ORDER BY count(*) DESC, rule";
        List<RuleTotal> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(new RuleTotal(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return out;
    }

    /** The issues of one rule in record order, at most {@code limit}. */
    public List<Issue> issuesOfRule(String rule, int limit) {
        return issuesOfRule(rule, 0, limit); // record numbers start at 1
    }

    /**
     * The issues of a rule on records numbered above {@code afterRecord}, in record order, at most
     * {@code limit}: a page of {@link #issuesOfRule(String, int)} through the rule's index.
     */
    public List<Issue> issuesOfRule(String rule, long afterRecord, int limit) {
        String sql = "SELECT i.rec, r.line, i.rule, i.severity, i.fields, i.value, i.message FROM issues i"
                + " JOIN records r ON r.rec = i.rec WHERE i.rule = ? AND i.rec > ? ORDER BY i.rec, i.rowid LIMIT ?";
        List<Issue> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, rule);
            p.setLong(2, afterRecord);
            p.setInt(3, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(readIssue(r));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return out;
    }

    /** How many issues a rule has (through the rule's index). */
    public long issueCount(String rule) {
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM issues WHERE rule = ?")) {
            p.setString(1, rule);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    public long issueCount() {
        return single("SELECT count(*) FROM issues");
    }

    long single(String sql) {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private String recordColumns() {
        return recordColumns("");
    }

    String recordColumns(String alias) {
        StringBuilder b = new StringBuilder();
        for (String c : new String[] {"rec", "line", "fields", "defect", "raw", "edited", "extra"}) {
            b.append(b.length() == 0 ? "" : ", ").append(alias).append(c);
        }
        for (int i = 0; i < items; i++) {
            b.append(", ").append(alias).append(Schema.column(i));
        }
        return b.toString();
    }

    static Issue readIssue(ResultSet r) throws SQLException {
        return new Issue(r.getLong(1), r.getLong(2), r.getString(3), Severity.fromLabel(r.getString(4)),
                Arrays.asList(r.getString(5).split("\\|")), r.getString(6), r.getString(7));
    }

    StoredRecord readRecord(ResultSet r) throws SQLException {
        long rec = r.getLong(1);
        long line = r.getLong(2);
        int fields = r.getInt(3);
        String defect = r.getString(4);
        String raw = r.getString(5);
        boolean edited = r.getInt(6) != 0;
        String[] values = values(r, 8, fields, r.getString(7));
        return new StoredRecord(new SubmissionRecord(rec, line, values, currentDefect(defect, edited, values)), raw,
                edited);
    }

    /**
     * The syntax defect a record has now: that of its text in the file while it is unedited; once edited it
     * is written out afresh from its values, so only a NUL character in a value would come back as one.
     *
     * @param fileDefect the defect of its text in the file, or null
     */
    static String currentDefect(String fileDefect, boolean edited, String[] values) {
        return edited ? (hasNul(values) ? NUL_IN_VALUE : null) : fileDefect;
    }

    /**
     * A stored record as {@link #records} will read it once new values and edited flag are written:
     * lets a bulk change go on without reading back what it wrote.
     *
     * @param before     the record as read before the change
     * @param values     its new values (all of them)
     * @param edited     its new edited flag
     * @param fileDefect the defect of its text in the file (see {@link #fileDefects}); needed only when
     *                   {@code before} was edited, since an unedited record carries it already
     */
    public static StoredRecord afterChange(StoredRecord before, String[] values, boolean edited, String fileDefect) {
        SubmissionRecord b = before.record();
        String inFile = before.edited() ? fileDefect : b.defect();
        return new StoredRecord(new SubmissionRecord(b.number(), b.line(), values.clone(),
                currentDefect(inFile, edited, values)), before.raw(), edited);
    }

    /** The syntax defects of these records' text in the file, for those that have one. */
    public Map<Long, String> fileDefects(long[] numbers) {
        Map<Long, String> out = new LinkedHashMap<>();
        long[] sorted = Arrays.stream(numbers).sorted().distinct().toArray();
        try {
            for (int from = 0; from < sorted.length; from += RECORDS_PER_QUERY) {
                int n = Math.min(RECORDS_PER_QUERY, sorted.length - from);
                try (PreparedStatement p = connection.prepareStatement("SELECT rec, defect FROM records WHERE rec IN ("
                        + "?,".repeat(n - 1) + "?) AND defect IS NOT NULL")) {
                    for (int i = 0; i < n; i++) {
                        p.setLong(i + 1, sorted[from + i]);
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            out.put(r.getLong(1), r.getString(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return out;
    }

    /** The values of a record row whose first item column is {@code first}. */
    private String[] values(ResultSet r, int first, int fields, String extra) throws SQLException {
        String[] values = new String[fields];
        for (int i = 0; i < fields && i < items; i++) {
            String v = r.getString(first + i);
            values[i] = v == null ? "" : v;
        }
        if (fields > items) {
            String[] more = extra == null ? new String[0] : extra.split(BulkLoader.EXTRA_SEPARATOR, -1);
            for (int i = items; i < fields; i++) {
                values[i] = i - items < more.length ? more[i - items] : "";
            }
        }
        return values;
    }

    private String itemColumns() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items; i++) {
            b.append(", ").append(Schema.column(i));
        }
        return b.toString();
    }

    private static boolean hasNul(String[] values) {
        for (String v : values) {
            if (v != null && v.indexOf('\0') >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            if (connection != null && !connection.isClosed()) {
                if (loading) {
                    connection.rollback();
                    connection.close();
                    Files.deleteIfExists(partOf(file));
                } else {
                    connection.commit();
                    connection.close();
                }
            }
        } catch (SQLException | IOException e) {
            throw failure("close", e);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Makes a rename in {@code dir} durable where the platform allows (not on Windows, where it is already). */
    static void forceDirectory(Path dir) {
        if (dir == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Directories cannot be opened on some platforms; their renames are durable there already.
        }
    }

    static Path partOf(Path file) {
        return file.resolveSibling(file.getFileName() + PART_SUFFIX);
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static void makeDurable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA cache_size = -16384");
            // a column's first sort builds its index: a second sorter thread cuts that by about a fifth
            s.execute("PRAGMA threads = 2");
        }
    }

    private static int countItemColumns(Connection c) throws SQLException {
        int n = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA table_info(records)")) {
            while (r.next()) {
                String name = r.getString("name");
                if (name.matches("c\\d+")) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Creates an empty file readable and writable by its owner only, where the file system allows. */
    static void createOwnerOnly(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not POSIX (Windows): the user's profile folder is private already
        }
    }

    WorkspaceException failure(String verb, Exception e) {
        return new WorkspaceException("Could not " + verb + " the workspace " + file.getFileName() + ": "
                + reason(e), e);
    }

    static String reason(Exception e) {
        String m = e.getMessage();
        if (m != null && m.contains("SQLITE_FULL")) {
            return "the disk is full. Free some space and try again.";
        }
        if (m != null && (m.contains("SQLITE_READONLY") || m.contains("SQLITE_CANTOPEN"))) {
            return "the file or its folder cannot be written. Check that you may write there.";
        }
        if (m != null && m.contains("SQLITE_NOTADB")) {
            return "the file is not a DID Workbench workspace.";
        }
        if (e instanceof IOException) {
            return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase() + " (" + e.getMessage() + ")";
        }
        return "a database error occurred (" + (m == null ? e.getClass().getSimpleName() : m) + ")";
    }
}
