package org.didworkbench.service;

/**
 * Phase timings for benchmarks, printed to stderr only when the environment variable
 * {@code DIDW_TIMING} is set. Prints durations only, never data.
 */
final class Timing {
    private static final boolean ON = System.getenv("DIDW_TIMING") != null;

    private Timing() {
    }

    /** CPU time of the calling thread in nanoseconds (0 when not measured). */
    static long threadCpu() {
        return ON ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : 0;
    }

    /** Nanoseconds since the JVM started (0 when not measured). */
    static long uptimeNanos() {
        return ON ? java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000 : 0;
    }

    /** Prints name/nanoseconds pairs as milliseconds. */
    static void report(Object... namesAndNanos) {
        if (!ON) {
            return;
        }
        StringBuilder b = new StringBuilder("timing:");
        for (int i = 0; i + 1 < namesAndNanos.length; i += 2) {
            b.append(' ').append(namesAndNanos[i]).append('=').append(((Long) namesAndNanos[i + 1]) / 1_000_000).append("ms");
        }
        System.err.println(b);
    }
}
