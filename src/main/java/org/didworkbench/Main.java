package org.didworkbench;

/** Entry point: a subcommand runs the command line with no display; no subcommand opens the window. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(org.didworkbench.cli.Cli.run(args, System.out, System.err));
    }
}
