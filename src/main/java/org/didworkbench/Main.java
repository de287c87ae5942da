package org.didworkbench;

import org.didworkbench.cli.Cli;
import org.didworkbench.ui.WorkbenchLauncher;

/**
 * Entry point. A command ({@code validate}, {@code help}, …) runs the command line with no display;
 * anything else ({@code [FILE] [--submission-date D] [--reference DIR]}) opens the window. Kept free
 * of JavaFX types so {@code java -jar} on the class path works and the command line never loads the
 * toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            if (Cli.isHeavy(args)) {
                var status = Relauncher.runInChild(args);
                if (status.isPresent()) {
                    System.exit(status.getAsInt());
                }
            }
            System.exit(new Cli(new App(), System.out, System.err).run(args));
        }
        // No command: the window, with [FILE] [--submission-date D] [--reference DIR] [--header M].
        System.exit(WorkbenchLauncher.launch(new App(), args, System.err));
    }
}
