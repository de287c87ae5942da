package org.didworkbench.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import org.didworkbench.domain.rules.did.DidV1Items;

/**
 * Measures what issue 3 asks of edits and export on a big workspace: the time to revalidate one
 * edited record (record rules and the duplicate check, before the commit), the commit with its
 * fsync, and the export of the whole file against the import time. Run by bench/edit-export-bench.sh.
 *
 * <p>usage: EditExportBench FILE.csv WORKDIR [EDITS]
 */
public final class EditExportBench {
    private EditExportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Files.createDirectories(work);
        Path ws = work.resolve("bench.didw");
        for (String suffix : new String[] {"", "-wal", "-shm", ".part"}) {
            Files.deleteIfExists(work.resolve("bench.didw" + suffix));
        }
        // the workbench (outlier) checks on, as in the application: an edit is judged by them too
        Workspaces w = new Workspaces(work,
                new WorkbenchChecks(org.didworkbench.domain.outliers.OutlierSettings.defaults()).recordCheck());

        long t0 = System.nanoTime();
        long c0 = cpu();
        ImportResult imported = w.importFile(csv, ws);
        double importS = (System.nanoTime() - t0) / 1e9;
        double importCpu = (cpu() - c0) / 1e9;
        System.out.printf("import:  %,d records in %.2f s wall, %.2f s CPU (%s)%n", imported.summary().records(),
                importS, importCpu, imported.summary().verdictSentence());

        try (Session s = w.sessions.open(ws)) {
            Editor editor = ((WorkspaceSession) s).editor();
            long records = s.counts().records();
            Random random = new Random(42);
            long[] work1 = new long[edits];
            long[] commit = new long[edits];
            long[] total = new long[edits];
            // The first edit of a session also prepares the workbench checks (one read of every record)
            long f0 = System.nanoTime();
            s.setValue(1 + random.nextInt((int) records), DidV1Items.NHS_NUMBER, "9434765919", "first");
            System.out.printf("first edit of the session (prepares the workbench checks): %.2f s%n",
                    (System.nanoTime() - f0) / 1e9);
            // Warm up the JIT and the page cache for the code paths, off the clock.
            for (int i = 0; i < 50; i++) {
                long rec = 1 + random.nextInt((int) records);
                s.setValue(rec, DidV1Items.NHS_NUMBER, "9434765919", "warm-up");
            }
            for (int i = 0; i < edits; i++) {
                long rec = 1 + random.nextInt((int) records);
                long partner = 1 + random.nextInt((int) records);
                String acc = s.record(partner).value(DidV1Items.RADIOLOGICAL_ACCESSION_NUM);
                String site = s.record(partner).value(DidV1Items.SITE_CODE_IMAGING);
                long a = System.nanoTime();
                // Alternate: a value edit, and a key edit that makes a duplicate of another record (old and new group).
                if (i % 2 == 0) {
                    s.setValue(rec, DidV1Items.NHS_NUMBER, i % 4 == 0 ? "9434765918" : "9732552476", "bench");
                } else {
                    s.setValues(Map.of(rec, Map.of(DidV1Items.RADIOLOGICAL_ACCESSION_NUM, acc,
                            DidV1Items.SITE_CODE_IMAGING, site)), "bench");
                }
                total[i] = System.nanoTime() - a;
                work1[i] = editor.timings().work();
                commit[i] = editor.timings().commit();
            }
            System.out.printf("edit:    %d edits on random records of %,d (half of them key edits that join a"
                    + " duplicate group)%n", edits, records);
            System.out.println("         revalidate+log, before commit: " + stats(work1));
            System.out.println("           value edits only:            " + stats(every(work1, 0)));
            System.out.println("           key edits only:              " + stats(every(work1, 1)));
            System.out.println("         commit (fsync of the WAL):     " + stats(commit));
            System.out.println("         whole setValue call:           " + stats(total));

            Path out = work.resolve("corrected.csv");
            Files.deleteIfExists(out);
            long e0 = System.nanoTime();
            long ec = cpu();
            s.exportCorrected(out, false, ProgressListener.NONE, new CancellationToken());
            double exportS = (System.nanoTime() - e0) / 1e9;
            double exportCpu = (cpu() - ec) / 1e9;
            System.out.printf("export:  %,d records (%,d edited cells) in %.2f s wall = %.2f x the import time;"
                    + " %.2f s CPU = %.2f x the import's CPU%n", records, s.counts().edits(), exportS,
                    exportS / importS, exportCpu, exportCpu / importCpu);
            long e1 = System.nanoTime();
            s.summary();
            System.out.printf("summary: recomputed in %.2f s%n", (System.nanoTime() - e1) / 1e9);
        }
        // as the window does: prepare for edits as the workspace opens; an edit made at once waits for it,
        // one made after the user has looked around for that long does not
        try (Session s = w.sessions.open(ws)) {
            long p0 = System.nanoTime();
            s.prepareForEdits();
            s.setValue(1, DidV1Items.NHS_NUMBER, "9434765919", "prepared");
            double prep = (System.nanoTime() - p0) / 1e9;
            long p1 = System.nanoTime();
            s.setValue(2, DidV1Items.NHS_NUMBER, "9434765919", "prepared");
            System.out.printf("prepared session: the workbench checks ready %.2f s after opening; the next edit %.1f ms%n",
                    prep, (System.nanoTime() - p1) / 1e6);
        }
        // as the window does after opening a submission file: the session keeps the import's own analysis
        Path again = work.resolve("bench-imported.didw");
        for (String suffix : new String[] {"", "-wal", "-shm", ".part"}) {
            Files.deleteIfExists(work.resolve("bench-imported.didw" + suffix));
        }
        try (Session s = w.sessions.importAndOpen(w.request(csv, again), ProgressListener.NONE, new CancellationToken())) {
            long i0 = System.nanoTime();
            s.setValue(1, DidV1Items.NHS_NUMBER, "9434765919", "imported");
            System.out.printf("session opened by its import: the first edit %.1f ms%n", (System.nanoTime() - i0) / 1e6);
        }
    }

    /** CPU time of the whole process (all threads), nanoseconds. */
    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** Every other element, starting at {@code from}. */
    private static long[] every(long[] a, int from) {
        long[] out = new long[(a.length - from + 1) / 2];
        for (int i = from, j = 0; i < a.length; i += 2, j++) {
            out[j] = a[i];
        }
        return out;
    }

    private static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("median %.2f ms, p95 %.2f ms, max %.2f ms", s[s.length / 2] / 1e6,
                s[(int) (s.length * 0.95)] / 1e6, s[s.length - 1] / 1e6);
    }
}
