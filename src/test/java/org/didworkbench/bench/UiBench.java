package org.didworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.didworkbench.App;
import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.domain.dataset.RecordQuery;
import org.didworkbench.service.CancellationToken;
import org.didworkbench.service.ImportRequest;
import org.didworkbench.service.ProgressListener;
import org.didworkbench.service.Session;
import org.didworkbench.service.SessionService;

/**
 * Measures, through the {@link Session} API, what the window does with a big workspace: open and show
 * the first page, jump to the end, filter to errors, sort by a column (first time and again).
 *
 * <p>Usage: {@code UiBench FILE.csv WORKSPACE [--reuse]}. Without {@code --reuse} the workspace is
 * (re)built from the CSV first. Prints one line per step with milliseconds; see bench/ui-bench.sh.
 */
public final class UiBench {
    private static final int PAGE = 200;
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: UiBench FILE.csv WORKSPACE [--reuse]");
            System.exit(2);
        }
        new UiBench().run(Path.of(args[0]), Path.of(args[1]), args.length > 2 && args[2].equals("--reuse"));
    }

    private void run(Path csv, Path workspace, boolean reuse) throws Exception {
        SessionService sessions = new App().sessionService();
        if (!reuse || !Files.exists(workspace)) {
            Files.deleteIfExists(workspace);
            long t0 = System.nanoTime();
            try (Session s = sessions.importAndOpen(new ImportRequest(csv, workspace, HeaderMode.AUTO,
                    LocalDate.of(2026, 10, 15), null, null), ProgressListener.NONE, new CancellationToken())) {
                report("import (read, check, store; not a window step)", ms(t0), s.counts().records() + " records");
            }
        }
        long t0 = System.nanoTime();
        try (Session s = sessions.open(workspace)) {
            long size = s.query(RecordQuery.all());
            int got = s.page(0, PAGE).size();
            report("open workspace + first page", ms(t0), got + " rows of " + size);

            time("counts (status bar)", () -> s.counts().verdict());
            time("rule counts (issues panel)", () -> s.ruleCounts().size() + " rules");
            time("page at the end", () -> s.page(size - PAGE, PAGE).size() + " rows");
            time("page in the middle", () -> s.page(size / 2, PAGE).size() + " rows");
            time("filter to errors + first page", () -> {
                long n = s.query(RecordQuery.all().withFilter(RecordQuery.Filter.ERRORS));
                return s.page(0, PAGE).size() + " rows of " + n;
            });
            time("next issue from the top", () -> "position " + s.nextIssue(0, true));
            time("back to all records + first page", () -> s.query(RecordQuery.all()) + " / " + s.page(0, PAGE).size());
            for (int item : new int[] {16, 13}) {
                String name = s.profile().items().get(item).name();
                time("sort by " + name + " (first time) + first page", () -> {
                    long n = s.query(RecordQuery.all().sortedBy(item, true));
                    return s.page(0, PAGE).size() + " rows of " + n;
                });
                time("sort by " + name + " again + first page", () -> {
                    long n = s.query(RecordQuery.all().sortedBy(item, true));
                    return s.page(0, PAGE).size() + " rows of " + n;
                });
                time("sort by " + name + " descending + first page", () -> {
                    long n = s.query(RecordQuery.all().sortedBy(item, false));
                    return s.page(0, PAGE).size() + " rows of " + n;
                });
                time("sorted: page at the end", () -> s.page(size - PAGE, PAGE).size() + " rows");
            }
            time("errors only, sorted by item 16", () -> {
                long n = s.query(RecordQuery.all().withFilter(RecordQuery.Filter.ERRORS).sortedBy(16, true));
                return s.page(0, PAGE).size() + " rows of " + n;
            });
            time("sorted: next issue from the middle", () -> {
                s.query(RecordQuery.all().sortedBy(13, true));
                return "position " + s.nextIssue(size / 2, true);
            });
            time("sorted: position of record 999,999", () -> "position " + s.positionOf(999_999));
            time("free-text search + first page", () -> {
                long n = s.query(RecordQuery.all().withText("RZZ01-0000001"));
                return s.page(0, PAGE).size() + " rows of " + n;
            });
            time("position of record 999,999 (all records)", () -> {
                s.query(RecordQuery.all());
                return "position " + s.positionOf(999_999);
            });
            long before = usedHeap();
            time("scroll: every 10th page from top to bottom", () -> {
                int pages = 0;
                for (long from = 0; from < size; from += PAGE * 10L) {
                    s.page(from, PAGE);
                    pages++;
                }
                return pages + " pages";
            });
            report("heap in use before / after scrolling", 0, (before >> 20) + " MB / " + (usedHeap() >> 20) + " MB");
        }
    }

    private void time(String step, Callable<Object> work) throws Exception {
        long t0 = System.nanoTime();
        Object result = work.call();
        report(step, ms(t0), String.valueOf(result));
    }

    private void report(String step, double ms, String detail) {
        String line = String.format(Locale.ROOT, "%-52s %9.1f ms   %s", step, ms, detail);
        System.out.println(line);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
