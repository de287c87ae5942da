package org.didworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.didworkbench.domain.history.ItemFigures;
import org.didworkbench.domain.history.LibraryEntry;
import org.didworkbench.domain.history.ModalitySource;
import org.didworkbench.domain.history.SubmissionFigures;
import org.didworkbench.domain.outliers.IntervalSummary;
import org.didworkbench.domain.outliers.WaitingTimeStats;

/**
 * The submission library: one small SQLite file remembering past submissions by their summary
 * figures ({@link SubmissionFigures}): never a record or a patient identifier. One entry per file
 * and profile (SHA-256 + profile id): remembering the same file again updates its figures.
 *
 * <p>The file is created readable and writable by its owner only (its rollback journal takes the
 * same permissions). Connections are short-lived (open, do, close), so the window and a command
 * run at the same time each wait briefly for the other rather than fail. Not thread-safe.
 */
public final class SubmissionLibrary implements AutoCloseable {
    /** The schema version ({@code PRAGMA user_version}). */
    static final int VERSION = 1;
    private static final String SITE = "site";
    private static final String SOURCE = "source";

    private final Path file;
    private final Connection connection;

    private SubmissionLibrary(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the library, creating it (owner-only) when it does not exist yet. */
    public static SubmissionLibrary open(Path file) {
        try {
            if (!Files.exists(file)) {
                Workspace.createOwnerOnly(file);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA busy_timeout = 5000");
                    s.execute("PRAGMA foreign_keys = ON");
                    s.execute("PRAGMA synchronous = FULL");
                    // forgotten or replaced figures are overwritten, not left in the file's free pages
                    s.execute("PRAGMA secure_delete = ON");
                }
                migrate(c, file);
                c.setAutoCommit(false);
                return new SubmissionLibrary(file, c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new LibraryException("Could not open the submission library " + file + ": " + Workspace.reason(e), e);
        }
    }

    private static void migrate(Connection c, Path file) throws SQLException {
        int version;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            version = r.next() ? r.getInt(1) : 0;
        }
        if (version > VERSION) {
            throw new LibraryException("The submission library " + file + " was written by a newer DID Workbench"
                    + " (format " + version + "); this version reads format " + VERSION + ".");
        }
        if (version == VERSION) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS submission (
                      id INTEGER PRIMARY KEY,
                      sha256 TEXT NOT NULL,
                      profile TEXT NOT NULL,
                      file_name TEXT NOT NULL,
                      data_month TEXT,
                      submission_date TEXT,
                      kind TEXT NOT NULL,
                      corrected_of TEXT,
                      records INTEGER NOT NULL,
                      errors INTEGER NOT NULL,
                      warnings INTEGER NOT NULL,
                      workbench INTEGER NOT NULL,
                      error_records INTEGER NOT NULL,
                      verdict TEXT NOT NULL,
                      modality_source TEXT NOT NULL,
                      remembered_at TEXT NOT NULL,
                      updated_at TEXT NOT NULL,
                      UNIQUE (sha256, profile))""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS volume (
                      submission INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
                      dimension TEXT NOT NULL,
                      key TEXT NOT NULL,
                      records INTEGER NOT NULL,
                      PRIMARY KEY (submission, dimension, key))""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS item (
                      submission INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      item TEXT NOT NULL,
                      title TEXT NOT NULL,
                      records INTEGER NOT NULL,
                      present INTEGER NOT NULL,
                      valid INTEGER NOT NULL,
                      defaults INTEGER NOT NULL,
                      PRIMARY KEY (submission, item))""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS waits (
                      submission INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      modality TEXT NOT NULL,
                      records INTEGER NOT NULL,
                      request_to_test_count INTEGER NOT NULL,
                      request_to_test_median REAL,
                      request_to_test_p90 REAL,
                      test_to_report_count INTEGER NOT NULL,
                      test_to_report_median REAL,
                      test_to_report_p90 REAL,
                      long_wait_days INTEGER NOT NULL,
                      long_waits INTEGER NOT NULL,
                      late_report_days INTEGER NOT NULL,
                      late_reports INTEGER NOT NULL,
                      PRIMARY KEY (submission, modality))""");
            s.execute("PRAGMA user_version = " + VERSION);
        }
    }

    /** The library file. */
    public Path file() {
        return file;
    }

    // ------------------------------------------------------------------ writing

    /**
     * Remembers a submission: a new entry, or, for a file already remembered with the same profile, its
     * figures replaced (it keeps when it was first remembered, and a corrected file stays marked as one).
     * One transaction.
     *
     * @param kind        how the file came to be
     * @param correctedOf for a corrected file, the SHA-256 of the file it corrects, or null
     * @param now         the time to record
     * @return the entry as stored
     */
    public LibraryEntry remember(SubmissionFigures f, LibraryEntry.Kind kind, String correctedOf, Instant now) {
        if (f.sha256().isEmpty()) {
            throw new IllegalArgumentException("a submission is remembered by its SHA-256");
        }
        try {
            Long id = null;
            try (PreparedStatement p = connection.prepareStatement(
                    "SELECT id FROM submission WHERE sha256 = ? AND profile = ?")) {
                p.setString(1, f.sha256());
                p.setString(2, f.profile());
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        id = r.getLong(1);
                    }
                }
            }
            if (id == null) {
                id = insert(f, kind, correctedOf, now);
            } else {
                update(id, f, kind, correctedOf, now);
            }
            children(id, f);
            connection.commit();
            return find(id);
        } catch (SQLException e) {
            rollback();
            throw failure("write", e);
        }
    }

    private long insert(SubmissionFigures f, LibraryEntry.Kind kind, String correctedOf, Instant now)
            throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("""
                INSERT INTO submission (sha256, profile, file_name, data_month, submission_date, kind, corrected_of,
                  records, errors, warnings, workbench, error_records, verdict, modality_source, remembered_at,
                  updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, f.sha256());
            p.setString(2, f.profile());
            bindFigures(p, 3, f);
            p.setString(6, kind.name());
            p.setString(7, correctedOf);
            bindCounts(p, 8, f);
            p.setString(15, now.toString());
            p.setString(16, now.toString());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void update(long id, SubmissionFigures f, LibraryEntry.Kind kind, String correctedOf, Instant now)
            throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("""
                UPDATE submission SET file_name = ?, data_month = ?, submission_date = ?,
                  kind = CASE WHEN ? = 'CORRECTED' THEN 'CORRECTED' ELSE kind END,
                  corrected_of = COALESCE(?, corrected_of),
                  records = ?, errors = ?, warnings = ?, workbench = ?, error_records = ?, verdict = ?,
                  modality_source = ?, updated_at = ?
                WHERE id = ?""")) {
            bindFigures(p, 1, f);
            p.setString(4, kind.name());
            p.setString(5, correctedOf);
            bindCounts(p, 6, f);
            p.setString(13, now.toString());
            p.setLong(14, id);
            p.executeUpdate();
        }
        for (String table : List.of("volume", "item", "waits")) {
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + table + " WHERE submission = ?")) {
                p.setLong(1, id);
                p.executeUpdate();
            }
        }
    }

    /** File name, data month and submission date from {@code at}. */
    private static void bindFigures(PreparedStatement p, int at, SubmissionFigures f) throws SQLException {
        p.setString(at, f.fileName());
        p.setString(at + 1, f.dataMonth() == null ? null : f.dataMonth().toString());
        p.setString(at + 2, f.submissionDate() == null ? null : f.submissionDate().toString());
    }

    /** Records, errors, warnings, workbench, error records, verdict and modality source from {@code at}. */
    private static void bindCounts(PreparedStatement p, int at, SubmissionFigures f) throws SQLException {
        p.setLong(at, f.records());
        p.setLong(at + 1, f.errors());
        p.setLong(at + 2, f.warnings());
        p.setLong(at + 3, f.workbench());
        p.setLong(at + 4, f.errorRecords());
        p.setString(at + 5, f.verdict().name().toLowerCase(Locale.ROOT));
        p.setString(at + 6, f.modalitySource().name());
    }

    private void children(long id, SubmissionFigures f) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO volume (submission, dimension, key, records) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, Long> e : f.bySite().entrySet()) {
                volume(p, id, SITE, e);
            }
            for (Map.Entry<String, Long> e : f.bySource().entrySet()) {
                volume(p, id, SOURCE, e);
            }
            p.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO item (submission, position, item, title,"
                + " records, present, valid, defaults) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (ItemFigures i : f.items()) {
                p.setLong(1, id);
                p.setInt(2, position++);
                p.setString(3, i.item());
                p.setString(4, i.title());
                p.setLong(5, i.records());
                p.setLong(6, i.present());
                p.setLong(7, i.valid());
                p.setLong(8, i.defaults());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO waits (submission, position, modality,"
                + " records, request_to_test_count, request_to_test_median, request_to_test_p90, test_to_report_count,"
                + " test_to_report_median, test_to_report_p90, long_wait_days, long_waits, late_report_days,"
                + " late_reports) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (WaitingTimeStats w : f.waits()) {
                p.setLong(1, id);
                p.setInt(2, position++);
                p.setString(3, w.modality());
                p.setLong(4, w.records());
                interval(p, 5, w.requestToTest());
                interval(p, 8, w.testToReport());
                p.setInt(11, w.longWaitDays());
                p.setLong(12, w.longWaits());
                p.setInt(13, w.lateReportDays());
                p.setLong(14, w.lateReports());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void volume(PreparedStatement p, long id, String dimension, Map.Entry<String, Long> e)
            throws SQLException {
        p.setLong(1, id);
        p.setString(2, dimension);
        p.setString(3, e.getKey());
        p.setLong(4, e.getValue());
        p.addBatch();
    }

    private static void interval(PreparedStatement p, int at, IntervalSummary s) throws SQLException {
        p.setLong(at, s.count());
        real(p, at + 1, s.median());
        real(p, at + 2, s.p90());
    }

    private static void real(PreparedStatement p, int at, double v) throws SQLException {
        if (Double.isNaN(v)) {
            p.setNull(at, Types.REAL);
        } else {
            p.setDouble(at, v);
        }
    }

    /**
     * Forgets every entry whose SHA-256 starts with {@code prefix} (case ignored).
     *
     * @return how many entries were forgotten
     */
    public int forget(String prefix) {
        return delete("sha256 LIKE ? ESCAPE '\\'", like(prefix));
    }

    /** Forgets every entry; returns how many there were. */
    public int forgetAll() {
        return delete("1 = 1", null);
    }

    /** Deletes submissions (their figures go with them); counted first, as the driver counts cascaded rows too. */
    private int delete(String where, String arg) {
        try {
            int n;
            try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM submission WHERE " + where)) {
                if (arg != null) {
                    p.setString(1, arg);
                }
                try (ResultSet r = p.executeQuery()) {
                    n = r.next() ? r.getInt(1) : 0;
                }
            }
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM submission WHERE " + where)) {
                if (arg != null) {
                    p.setString(1, arg);
                }
                p.executeUpdate();
            }
            connection.commit();
            return n;
        } catch (SQLException e) {
            rollback();
            throw failure("write", e);
        }
    }

    // ------------------------------------------------------------------ reading

    /** Every entry, newest data month first (entries with no data month last), then latest remembered first. */
    public List<LibraryEntry> entries() {
        return select("1 = 1", null);
    }

    /** The entries whose SHA-256 starts with {@code prefix} (case ignored). */
    public List<LibraryEntry> find(String prefix) {
        return select("sha256 LIKE ? ESCAPE '\\'", like(prefix));
    }

    private LibraryEntry find(long id) {
        return select("id = " + id, null).get(0);
    }

    private static String like(String prefix) {
        return prefix.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The columns of one submission row. */
    private record Head(long id, String sha, String profile, String fileName, String dataMonth, String submissionDate,
                        String kind, String correctedOf, long records, long errors, long warnings, long workbench,
                        long errorRecords, String modalitySource, String rememberedAt, String updatedAt) {
    }

    private List<LibraryEntry> select(String where, String arg) {
        String sql = "SELECT id, sha256, profile, file_name, data_month, submission_date, kind, corrected_of, records,"
                + " errors, warnings, workbench, error_records, modality_source, remembered_at, updated_at"
                + " FROM submission WHERE " + where
                + " ORDER BY data_month IS NULL, data_month DESC, updated_at DESC, id DESC";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            if (arg != null) {
                p.setString(1, arg);
            }
            List<Head> heads = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    heads.add(new Head(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getLong(9), r.getLong(10),
                            r.getLong(11), r.getLong(12), r.getLong(13), r.getString(14), r.getString(15),
                            r.getString(16)));
                }
            }
            if (heads.isEmpty()) {
                return List.of();
            }
            Map<Long, Map<String, Map<String, Long>>> volumes = volumes();
            Map<Long, List<ItemFigures>> items = items();
            Map<Long, List<WaitingTimeStats>> waits = waits();
            List<LibraryEntry> out = new ArrayList<>(heads.size());
            for (Head h : heads) {
                Map<String, Map<String, Long>> v = volumes.getOrDefault(h.id(), Map.of());
                SubmissionFigures f = new SubmissionFigures(h.fileName(), h.sha(), h.profile(),
                        h.dataMonth() == null ? null : YearMonth.parse(h.dataMonth()),
                        h.submissionDate() == null ? null : LocalDate.parse(h.submissionDate()), h.records(),
                        h.errors(), h.warnings(), h.workbench(), h.errorRecords(), v.getOrDefault(SITE, Map.of()),
                        v.getOrDefault(SOURCE, Map.of()), items.getOrDefault(h.id(), List.of()),
                        waits.getOrDefault(h.id(), List.of()), ModalitySource.valueOf(h.modalitySource()));
                out.add(new LibraryEntry(h.id(), f, LibraryEntry.Kind.valueOf(h.kind()), h.correctedOf(),
                        Instant.parse(h.rememberedAt()), Instant.parse(h.updatedAt())));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private Map<Long, Map<String, Map<String, Long>>> volumes() throws SQLException {
        Map<Long, Map<String, Map<String, Long>>> out = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT submission, dimension, key, records FROM volume")) {
            while (r.next()) {
                out.computeIfAbsent(r.getLong(1), k -> new HashMap<>())
                        .computeIfAbsent(r.getString(2), k -> new LinkedHashMap<>()).put(r.getString(3), r.getLong(4));
            }
        }
        return out;
    }

    private Map<Long, List<ItemFigures>> items() throws SQLException {
        Map<Long, List<ItemFigures>> out = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT submission, item, title, records, present, valid, defaults FROM item ORDER BY submission, position")) {
            while (r.next()) {
                out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new ItemFigures(r.getString(2),
                        r.getString(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7)));
            }
        }
        return out;
    }

    private Map<Long, List<WaitingTimeStats>> waits() throws SQLException {
        Map<Long, List<WaitingTimeStats>> out = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT submission, modality, records, request_to_test_count, request_to_test_median,"
                        + " request_to_test_p90, test_to_report_count, test_to_report_median, test_to_report_p90,"
                        + " long_wait_days, long_waits, late_report_days, late_reports FROM waits"
                        + " ORDER BY submission, position")) {
            while (r.next()) {
                out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new WaitingTimeStats(r.getString(2),
                        r.getLong(3), new IntervalSummary(r.getLong(4), real(r, 5), real(r, 6)),
                        new IntervalSummary(r.getLong(7), real(r, 8), real(r, 9)), r.getInt(10), r.getLong(11),
                        r.getInt(12), r.getLong(13)));
            }
        }
        return out;
    }

    private static double real(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? Double.NaN : v;
    }

    // ------------------------------------------------------------------ plumbing

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the first failure is the one reported
        }
    }

    private LibraryException failure(String verb, SQLException e) {
        return new LibraryException("Could not " + verb + " the submission library " + file + ": "
                + Workspace.reason(e), e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
