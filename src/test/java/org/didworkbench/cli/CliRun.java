package org.didworkbench.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.didworkbench.App;

/** Runs the command line as a user would, capturing what it prints on stdout and stderr. */
final class CliRun {
    private final Supplier<App> app;
    private final boolean resetEachRun;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CliRun(Supplier<App> app, boolean resetEachRun) {
        this.app = app;
        this.resetEachRun = resetEachRun;
    }

    /** Each run's output replaces the last one's. */
    static CliRun eachRunAlone(App app) {
        return new CliRun(() -> app, true);
    }

    /** Output of every run, one after another, all with the same app. */
    static CliRun runsTogetherWith(App app) {
        return new CliRun(() -> app, false);
    }

    /** Output of every run, one after another, each with an app of its own (as separate processes would). */
    static CliRun runsTogether() {
        return new CliRun(App::new, false);
    }

    /** Runs the command; returns its exit status. */
    int run(String... args) {
        if (resetEachRun) {
            out.reset();
            err.reset();
        }
        return new Cli(app.get(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /** Forgets what was printed so far. */
    void reset() {
        out.reset();
        err.reset();
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
