package org.didworkbench;

import org.didworkbench.cli.Cli;

/**
 * Entry point. A command ({@code validate}, …) runs the command line with no display; anything else
 * opens the window. Kept free of JavaFX types so {@code java -jar} on the class path works and the
 * command line never loads the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !Cli.isCommand(args)) {
            System.exit(new Cli(new App(), System.out, System.err).run(args.length == 0 ? new String[] {"help"} : args));
        }
        if (Cli.isHeavy(args)) {
            var status = Relauncher.runInChild(args);
            if (status.isPresent()) {
                System.exit(status.getAsInt());
            }
        }
        System.exit(new Cli(new App(), System.out, System.err).run(args));
    }
}
