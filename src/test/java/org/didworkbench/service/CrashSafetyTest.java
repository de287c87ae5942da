package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.didworkbench.domain.dataset.RecordQuery;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.UniquenessRule;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.sample.GeneratorOptions;
import org.didworkbench.sample.SampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child process ({@link CrashChild}) with SIGKILL at random moments while it imports,
 * edits and exports, then checks what it left: a killed import leaves no workspace (only a {@code .part}
 * the next import replaces); a killed editor leaves a workspace that opens with every committed change
 * and no half of one (values, issues, edited marks and the log agree); a killed export leaves the
 * target as it was or complete.
 */
class CrashSafetyTest {
    private static final int RECORDS = 5_000;
    private static final int IMPORT_KILLS = 6;
    private static final int EDIT_KILLS = 9;
    private static final int EXPORT_KILLS = 6;

    @TempDir
    Path dir;

    private final Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));

    /** A child process and what it has said. */
    private static final class Child implements AutoCloseable {
        final Process process;
        final CountDownLatch ready = new CountDownLatch(1);
        final AtomicLong committed = new AtomicLong();
        final AtomicLong lines = new AtomicLong();
        volatile boolean imported;

        Child(Path log, String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName()));
            command.addAll(List.of(args));
            process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        lines.incrementAndGet();
                        if (line.equals("ready")) {
                            ready.countDown();
                        } else if (line.startsWith("committed ")) {
                            committed.set(Long.parseLong(line.substring(10)));
                        } else if (line.equals("imported")) {
                            imported = true;
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child was killed
                }
            }, "child-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits for "ready", lets it work for a while, then SIGKILLs it. */
        void killAfter(long millis, Path log) throws Exception {
            if (!ready.await(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the child never started: " + Files.readString(log));
            }
            Thread.sleep(millis);
            process.destroyForcibly();    // SIGKILL on Unix
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("killed, not failed: %s", Files.readString(log)).isNotZero();
            // the stdout reader must have seen every line the child flushed before it died
            Thread.sleep(50);
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    @Test
    void killedAtRandomMomentsNothingCommittedIsLostAndNothingHalfDone() throws Exception {
        Path source = dir.resolve("source.csv");
        SampleGenerator.write(GeneratorOptions.defaults(RECORDS), source);
        byte[] sourceBytes = Files.readAllBytes(source);
        Path ws = dir.resolve("w.didw");
        Workspaces w = new Workspaces(dir);
        Path log = dir.resolve("child.log");

        // 1. Import, killed mid-way (or, now and then, just after it finished).
        int completeImports = 0;
        for (int i = 0; i < IMPORT_KILLS; i++) {
            try (Child c = new Child(log, "import", source.toString(), ws.toString())) {
                c.killAfter(random.nextInt(1400), log);
                if (Files.exists(ws)) {
                    completeImports++;
                    try (Session s = w.sessions.open(ws)) {
                        assertThat(s.counts().records()).isEqualTo(RECORDS);
                        assertConsistent(s);
                    }
                    deleteWorkspace(ws);
                } else {
                    assertThat(c.imported).isFalse();
                }
            }
        }
        w.importFile(source, ws);    // replaces any .part a killed import left
        assertThat(Path.of(ws + ".part")).doesNotExist();
        assertThat(Files.readAllBytes(source)).isEqualTo(sourceBytes);

        // 2. Edits, killed mid-way: every committed change is there, none is there by half.
        long lastCommitted = 0;
        for (int i = 0; i < EDIT_KILLS; i++) {
            try (Child c = new Child(log, "edit", ws.toString(), Long.toString(random.nextLong()))) {
                c.killAfter(200 + random.nextInt(1000), log);
                lastCommitted = Math.max(lastCommitted, c.committed.get());
                try (Session s = w.sessions.open(ws)) {
                    List<ChangeEntry> changes = s.changeLog();
                    long last = changes.stream().mapToLong(ChangeEntry::action).max().orElse(0);
                    assertThat(last).as("committed changes survive").isGreaterThanOrEqualTo(c.committed.get());
                    assertConsistent(s);
                }
            }
        }
        assertThat(lastCommitted).as("the children did commit changes").isPositive();

        // 3. Export, killed mid-way: the target is as it was or complete.
        Path expected = dir.resolve("expected.csv");
        try (Session s = w.sessions.open(ws)) {
            s.exportCorrected(expected, false, ProgressListener.NONE, new CancellationToken());
        }
        byte[] complete = Files.readAllBytes(expected);
        byte[] before = "an earlier export\n".getBytes(StandardCharsets.UTF_8);
        Path target = dir.resolve("out").resolve("corrected.csv");
        Files.createDirectories(target.getParent());
        int seenComplete = 0;
        for (int i = 0; i < EXPORT_KILLS; i++) {
            Files.write(target, before);
            try (Child c = new Child(log, "export", ws.toString(), target.toString())) {
                c.killAfter(random.nextInt(400), log);
                byte[] now = Files.readAllBytes(target);
                if (java.util.Arrays.equals(now, complete)) {
                    seenComplete++;
                } else {
                    assertThat(now).as("the target is either as before or complete").isEqualTo(before);
                }
            }
        }
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(n -> n.equals("corrected.csv") || n.matches("\\.corrected\\.csv\\..*\\.tmp"));
        }
        assertThat(Files.readAllBytes(source)).as("the source is never written").isEqualTo(sourceBytes);
        System.out.printf("crash test: %d of %d imports completed before the kill, %d committed edit actions,"
                + " %d of %d export kills found the new file%n", completeImports, IMPORT_KILLS, lastCommitted,
                seenComplete, EXPORT_KILLS);
    }

    private static void deleteWorkspace(Path ws) throws Exception {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(ws + suffix));
        }
    }

    /**
     * Values, issues, edited marks and the log agree: each changed cell holds the new value of its
     * latest change; a cell is marked edited exactly when it differs from the old value of its first
     * change; every record's issues are what validating it (and the duplicate rule over the whole file)
     * gives now; the counts add up.
     */
    static void assertConsistent(Session s) {
        int n = (int) s.query(RecordQuery.all());
        List<RecordRow> rows = s.page(0, n);
        assertThat(rows).hasSize(n);
        Map<String, String> latest = new HashMap<>();
        Map<String, String> original = new HashMap<>();
        Map<String, Integer> itemIndex = new HashMap<>();
        for (int i = 0; i < s.profile().itemCount(); i++) {
            itemIndex.put(s.profile().items().get(i).name(), i);
        }
        for (ChangeEntry e : s.changeLog()) {
            String cell = e.record() + "/" + e.item();
            latest.put(cell, e.newValue());
            original.putIfAbsent(cell, e.oldValue());
        }
        long editedCells = 0;
        Map<Long, Set<Integer>> edited = new HashMap<>();
        for (Map.Entry<String, String> e : latest.entrySet()) {
            String[] parts = e.getKey().split("/");
            long rec = Long.parseLong(parts[0]);
            int item = itemIndex.get(parts[1]);
            String current = rows.get((int) rec - 1).value(item);
            assertThat(current).as("cell %s holds its latest change", e.getKey()).isEqualTo(e.getValue());
            if (!current.equals(original.get(e.getKey()))) {
                editedCells++;
                edited.computeIfAbsent(rec, k -> new TreeSet<>()).add(item);
            }
        }
        Validator validator = new Validator(s.profile(), new RuleContext(Workspaces.SUBMISSION_DATE,
                ReferenceData.none()));
        List<SubmissionRecord> wellFormed = new ArrayList<>();
        Map<Long, List<Issue>> expected = new HashMap<>();
        for (RecordRow row : rows) {
            assertThat(row.editedItems()).as("edited items of record %d", row.record())
                    .isEqualTo(edited.getOrDefault(row.record(), Set.of()));
            SubmissionRecord rec = new SubmissionRecord(row.record(), row.line(), row.values().toArray(new String[0]),
                    row.defect());
            expected.put(row.record(), new ArrayList<>(validator.validate(rec)));
            if (validator.wellFormed(rec)) {
                wellFormed.add(rec);
            }
        }
        for (UniquenessRule rule : validator.uniquenessRules()) {
            for (Issue i : DuplicateGroups.issues(rule, wellFormed, s.profile())) {
                expected.get(i.record()).add(i);
            }
        }
        long errors = 0;
        for (RecordRow row : rows) {
            // Workbench (DQW) findings come from the file-wide outlier analysis, not from the validator: the
            // national issues must agree exactly, and the workbench ones are warnings either way.
            List<Issue> national = row.issues().stream().filter(i -> !i.rule().startsWith("DQW-")).toList();
            List<Issue> expectedNational = expected.get(row.record()).stream()
                    .filter(i -> !i.rule().startsWith("DQW-")).toList();
            assertThat(national).as("issues of record %d", row.record()).isEqualTo(expectedNational);
            errors += row.issues().stream().filter(i -> i.severity() == org.didworkbench.domain.rules.Severity.ERROR)
                    .count();
        }
        Counts counts = s.counts();
        assertThat(counts.edits()).isEqualTo(editedCells);
        assertThat(counts.errors()).isEqualTo(errors);
    }
}
