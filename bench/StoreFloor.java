import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.store.BulkLoader;
import org.didworkbench.store.Workspace;

/**
 * The floor under the import's time: DID Workbench's own workspace writer (the same schema, bulk
 * settings and multi-row statements as an import) fed records that are already parsed and in memory,
 * with no checking, no issues and no JVM start-up counted. Beside it, SQLite's own engine copying the
 * same rows inside one statement (no Java, no JDBC binds). If storing alone takes longer than a target
 * allows for the whole import, the target cannot be met with this driver.
 *
 * <p>Run with the application jar on the class path (Java's single-file source launcher):
 * {@code java -cp target/did-workbench.jar bench/StoreFloor.java FILE.csv [ROUNDS]}. The CSV must be a
 * plain one without quotes (as the bench generator writes).
 */
public final class StoreFloor {
    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length == 18) {
                    rows.add(f);
                }
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Path dir = Files.createTempDirectory("store-floor");
        for (int r = 1; r <= rounds; r++) {
            Path ws = dir.resolve("floor" + r + ".didw");
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            try (Workspace w = Workspace.createForImport(ws, 18)) {
                BulkLoader loader = w.bulkLoader();
                for (int i = 0; i < rows.size(); i++) {
                    loader.addRecord(new SubmissionRecord(i + 1, i + 1, rows.get(i)), null);
                }
                loader.flush();
                long t1 = System.nanoTime();
                long c1 = cpu.getCurrentThreadCpuTime();
                System.out.printf("round %d: stored %,d records through JDBC in %.2f s (thread CPU %.2f s)%n", r,
                        rows.size(), (t1 - t0) / 1e9, (c1 - c0) / 1e9);
                w.completeImport();
            }
            Path copy = dir.resolve("copy" + r + ".db");
            Files.copy(ws, copy);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA cache_size = -32768");
                long t2 = System.nanoTime();
                s.execute("CREATE TABLE copy AS SELECT rec + 0 AS rec, line, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9,"
                        + " c10, c11, c12, c13, c14, c15, c16, c17 FROM records");
                System.out.printf("round %d: the same rows copied by SQLite itself in %.2f s%n", r,
                        (System.nanoTime() - t2) / 1e9);
            }
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.delete(dir);
    }
}
