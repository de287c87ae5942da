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
 * or when {@code DIDW_NO_RELAUNCH} is set. {@code DIDW_JAVA_OPTS} replaces the default options.
 */
final class Relauncher {
    static final String CHILD_PROPERTY = "didw.child";
    static final List<String> DEFAULT_OPTIONS = List.of("-Xmx256m", "-XX:+UseParallelGC",
            "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=96m");

    private Relauncher() {
    }

    /** Runs the command in a child JVM when that is useful; empty when this JVM should run it itself. */
    static OptionalInt runInChild(String[] args) {
        if (System.getProperty(CHILD_PROPERTY) != null || System.getenv("DIDW_NO_RELAUNCH") != null) {
            return OptionalInt.empty();
        }
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (given.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAM")
                || a.startsWith("-XX:MaxHeapSize"))) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String custom = System.getenv("DIDW_JAVA_OPTS");
        command.addAll(custom == null ? DEFAULT_OPTIONS : Arrays.asList(custom.trim().split("\\s+")));
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
}
