package org.didworkbench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Runs a command-line command in a JVM sized for the job. {@code java -jar} cannot carry JVM
 * options, and a JVM left to itself on a large desktop takes a heap of a quarter of the machine's
 * memory, which a validation run then fills with short-lived garbage. So a command started without
 * an explicit heap limit re-runs itself once, in a child JVM with a modest heap and a
 * throughput-oriented collector, and passes its exit status on.
 *
 * <p>Skipped when the user gave {@code -Xmx} (or a RAM percentage) themselves, inside the child,
 * when the runtime has no {@code java} command, or when {@code DIDW_NO_RELAUNCH} is set.
 * {@code DIDW_JAVA_OPTS} replaces the default options. The installed app's launcher gives the window
 * its heap and marks it ({@link #LAUNCHER_HEAP_PROPERTY}), so commands run under it are re-run too.
 */
final class Relauncher {
    static final String CHILD_PROPERTY = "didw.child";
    /**
     * Set by the installed app's launcher (packaging/launcher.args) beside its {@code -Xmx}, which is
     * sized for the window: a command-line run under that launcher is still re-run with its own heap.
     */
    static final String LAUNCHER_HEAP_PROPERTY = "didw.heap.fromLauncher";
    static final List<String> DEFAULT_OPTIONS = List.of("-Xmx192m", "-XX:+UseParallelGC",
            "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=96m");
    /** The heap every run gets at least: a 5,000,000-record file (651 MB) fits in it. */
    static final long MIN_HEAP_MB = 192;
    /**
     * What a run keeps on the heap per byte of its largest input: the duplicate-key hashes of the
     * national check and of the likely-duplicate check (8 bytes a record each, twice that for a moment
     * while one is sorted) for records of about 136 bytes, with room for the collector. The outlier
     * analysis's per-record numbers are in a file, not on the heap (session 2 kept about 114 bytes a
     * record here and 256 MB ran out at 3,000,000 records).
     */
    static final double HEAP_PER_INPUT_BYTE = 0.2;
    /**
     * The largest input run with the quick compiler alone (see {@link #options(long, long)}); measured in
     * docs/performance.md ("Compilers"): 26 % faster at 100,000 records, 9 % at 500,000, even at
     * 1,000,000 and slower beyond, so up to about 700,000 records (96 MB).
     */
    static final long QUICK_COMPILER_MAX_BYTES = 96L * 1024 * 1024;
    /** A fixed part for the JVM's own and the workbench's objects, whatever the file. */
    static final long BASE_HEAP_MB = 64;

    private Relauncher() {
    }

    /** Runs the command in a child JVM when that is useful; empty when this JVM should run it itself. */
    static OptionalInt runInChild(String[] args) {
        if (System.getProperty(CHILD_PROPERTY) != null || System.getenv("DIDW_NO_RELAUNCH") != null) {
            return OptionalInt.empty();
        }
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        // the installed app's launcher sizes its JVM for the window; it says so, and its heap is not the user's
        boolean launcherHeap = "true".equals(System.getProperty(LAUNCHER_HEAP_PROPERTY));
        if (!launcherHeap && given.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAM")
                || a.startsWith("-XX:MaxHeapSize"))) {
            return OptionalInt.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        if (!java.toFile().canExecute()) {
            return OptionalInt.empty(); // a runtime without its java command: run here
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        String custom = System.getenv("DIDW_JAVA_OPTS");
        long input = largestInput(args);
        command.addAll(custom == null ? options(heapMb(input, physicalMemoryMb()), input)
                : Arrays.asList(custom.trim().split("\\s+")));
        given.stream().filter(a -> a.startsWith("-D") || a.startsWith("-ea")).forEach(command::add);
        command.add("-D" + CHILD_PROPERTY + "=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(Arrays.asList(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread stopChild = new Thread(child::destroy, "stop-child");
            Runtime.getRuntime().addShutdownHook(stopChild);
            int status = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return OptionalInt.of(status);
        } catch (java.io.IOException e) {
            return OptionalInt.empty(); // cannot start a JVM: run here instead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(2);
        }
    }

    /** The default options with the heap sized for the job. */
    static List<String> options(long heapMb) {
        List<String> out = new ArrayList<>(DEFAULT_OPTIONS);
        out.set(0, "-Xmx" + heapMb + "m");
        return out;
    }

    /**
     * The options for a job whose largest input has {@code inputBytes}: the heap sized for it and, up to
     * {@link #QUICK_COMPILER_MAX_BYTES}, the quick (C1) compiler alone. A command is one short run: the
     * optimising compiler spends seconds of CPU on code that has mostly run by the time it is compiled,
     * and on two cores that time is taken from the work itself.
     */
    static List<String> options(long heapMb, long inputBytes) {
        List<String> out = options(heapMb);
        if (inputBytes <= QUICK_COMPILER_MAX_BYTES) {
            out.add("-XX:TieredStopAtLevel=1");
        }
        return out;
    }

    /**
     * The heap for an input of {@code inputBytes}: at least {@link #MIN_HEAP_MB}, growing with the file so
     * a year's file does not run out of memory, and never more than half the machine's memory.
     */
    static long heapMb(long inputBytes, long physicalMb) {
        long wanted = Math.max(MIN_HEAP_MB, BASE_HEAP_MB + (long) (HEAP_PER_INPUT_BYTE * inputBytes / (1024 * 1024)));
        long cap = physicalMb > 0 ? Math.max(MIN_HEAP_MB, physicalMb / 2) : wanted;
        return Math.min(wanted, cap);
    }

    /** The size of the largest existing file named among the arguments (the submission or workspace), or 0. */
    static long largestInput(String[] args) {
        long largest = 0;
        for (String a : args) {
            if (a.startsWith("-")) {
                continue;
            }
            try {
                Path p = Path.of(a);
                if (java.nio.file.Files.isRegularFile(p)) {
                    largest = Math.max(largest, java.nio.file.Files.size(p));
                }
            } catch (java.io.IOException | RuntimeException e) {
                // not a path, or unreadable: the command itself will say so
            }
        }
        return largest;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }

    private static long physicalMemoryMb() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024 * 1024);
        }
        return 0;
    }
}
