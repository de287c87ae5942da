package org.didworkbench.service;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.bulk.FindReplace;
import org.didworkbench.domain.rules.did.DidV1Items;

/**
 * Measures the memory of the window's find and replace and set value on a big workspace, through the service
 * as the window calls it: the preview (what the dialog holds while open), then the apply as one step. Prints
 * the live heap after the preview (after a full collection), the times, and the peak RSS. Run on a copy of
 * the workspace: the apply changes it.
 *
 * <p>usage: BulkEditMemoryBench WORKSPACE.didw HOME replace|replace-space|set
 */
public final class BulkEditMemoryBench {
    private BulkEditMemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        Workspaces w = new Workspaces(Path.of(args[1]),
                new WorkbenchChecks(org.didworkbench.domain.outliers.OutlierSettings.defaults()).recordCheck());
        BulkEditService bulk = new BulkEditService();
        try (Session s = w.sessions.open(ws)) {
            System.out.printf("opened: live heap %d MB%n", live());
            long t0 = System.nanoTime();
            BulkPreview p;
            if (args[2].equals("replace")) {
                p = bulk.previewReplace(s, DidV1Items.POSTCODE, new FindReplace("LS", "LX", false, false));
            } else if (args[2].equals("replace-space")) {
                p = bulk.previewReplace(s, DidV1Items.POSTCODE, new FindReplace(" ", "", false, true));
            } else {
                // every fourth record, as a selection of the table would give them
                List<Long> chosen = new ArrayList<>();
                for (long r = 1; r <= s.counts().records(); r += 4) {
                    chosen.add(r);
                }
                p = bulk.previewSetValue(s, chosen, DidV1Items.SITE_CODE_IMAGING, "RZZ07");
            }
            double previewS = (System.nanoTime() - t0) / 1e9;
            System.out.printf("preview: %,d changes, %,d listed, %.1f s; live heap with the preview held %d MB%n",
                    p.count(), p.shown().size(), previewS, live());
            long t1 = System.nanoTime();
            EditOutcome o = bulk.apply(s, p, "bench", ProgressListener.NONE, new CancellationToken());
            System.out.printf("apply: action %d, %,d records changed, %.1f s%n", o.action(), o.records().size(),
                    (System.nanoTime() - t1) / 1e9);
        } catch (OutOfMemoryError e) {
            System.out.println("out of memory: " + e.getMessage());
        }
        System.out.println("peak RSS: " + Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM")).findFirst().orElse("?"));
    }

    /** The heap in use after a full collection, in MB. */
    private static long live() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
