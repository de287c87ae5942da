package org.didworkbench.cli;

import java.io.PrintStream;

/** The command line: {@code validate}, {@code export}, {@code report}. */
public final class Cli {
    private Cli() {
    }

    /** Runs a command; returns the exit status (0 accepted, 1 rejected, 2 could not run). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("did-workbench: not implemented yet");
        return 2;
    }
}
