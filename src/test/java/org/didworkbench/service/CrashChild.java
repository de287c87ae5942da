package org.didworkbench.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.didworkbench.domain.rules.did.DidV1Items;

/**
 * The child process {@link CrashSafetyTest} kills with SIGKILL. It prints {@code ready} once its work
 * starts, then works until killed:
 *
 * <ul>
 * <li>{@code import SOURCE WORKSPACE}: imports once, prints {@code imported} and waits;</li>
 * <li>{@code edit WORKSPACE SEED}: edits, bulk fixes, undoes, redoes and reverts at random, printing
 *     {@code committed N} (N = the action id) after each change has committed;</li>
 * <li>{@code export WORKSPACE TARGET}: exports the corrected file over and over, printing {@code exported}.</li>
 * </ul>
 */
public final class CrashChild {
    /** Values that make duplicates and clashes likely: few accession numbers, two sites, valid and invalid NHS numbers. */
    static final List<String> NHS = List.of("9434765919", "9732552476", "9434765918", "", "943 476 5919");
    static final List<String> ACCESSION = List.of("ACC-1", "ACC-2", "ACC-3", " ACC-1 ", "");
    static final List<String> SITES = List.of("RZZ01", "RZZ02", "RZZ01 ");

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Workspaces w = new Workspaces(Path.of(args[1]).toAbsolutePath().getParent());
        switch (args[0]) {
            case "import" -> {
                say("ready");
                w.importFile(Path.of(args[1]), Path.of(args[2]));
                say("imported");
                Thread.sleep(Long.MAX_VALUE);    // wait for the kill, like the other modes
            }
            case "edit" -> edit(w, Path.of(args[1]), Long.parseLong(args[2]));
            case "export" -> {
                try (Session s = w.sessions.open(Path.of(args[1]))) {
                    say("ready");
                    while (true) {
                        s.exportCorrected(Path.of(args[2]), false, ProgressListener.NONE, new CancellationToken());
                        say("exported");
                    }
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void edit(Workspaces w, Path workspace, long seed) throws Exception {
        Random random = new Random(seed);
        try (Session s = w.sessions.open(workspace)) {
            int records = (int) s.counts().records();
            say("ready");
            while (true) {
                int op = random.nextInt(20);
                EditOutcome out;
                long rec = 1 + random.nextInt(Math.min(records, 300));
                if (op < 10) {
                    out = s.setValue(rec, DidV1Items.RADIOLOGICAL_ACCESSION_NUM, pick(random, ACCESSION), "crash test");
                } else if (op < 13) {
                    out = s.setValue(rec, DidV1Items.NHS_NUMBER, pick(random, NHS), "crash test");
                } else if (op < 15) {
                    out = s.setValues(Map.of(rec, Map.of(DidV1Items.SITE_CODE_IMAGING, pick(random, SITES),
                                    DidV1Items.RADIOLOGICAL_ACCESSION_NUM, pick(random, ACCESSION)),
                            rec + 1, Map.of(DidV1Items.SITE_CODE_IMAGING, pick(random, SITES))), "bulk");
                } else if (op < 17) {
                    out = s.canUndo() ? s.undo() : null;
                } else if (op < 19) {
                    out = s.canRedo() ? s.redo() : null;
                } else {
                    out = s.revertRecord(rec, "revert");
                }
                if (out != null && out.action() != 0) {
                    say("committed " + out.action());
                }
            }
        }
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
