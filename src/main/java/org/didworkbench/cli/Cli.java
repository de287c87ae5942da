package org.didworkbench.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.didworkbench.App;
import org.didworkbench.service.Version;

/**
 * The command line. Every command runs with no display and never starts the JavaFX toolkit.
 *
 * <p>Exit status: 0 accepted (warnings allowed), 1 rejected, 2 could not run. Errors are one clear
 * line on stderr, never a stack trace (set {@code DIDW_DEBUG=1} to see one).
 */
public final class Cli {
    public static final int ACCEPTED = 0;
    public static final int REJECTED = 1;
    public static final int CANNOT_RUN = 2;

    private final App app;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(App app, PrintStream out, PrintStream err) {
        this.app = app;
        this.out = out;
        this.err = err;
    }

    /** True when the arguments name a command-line command (so no window is needed). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && List.of("validate", "export", "export-log", "report", "fix", "profiles", "history",
                "help", "--help", "-h", "version", "--version")
                .contains(args[0]);
    }

    /**
     * True for commands that read or write whole files (worth a JVM sized for the job). {@code fix} is one: it
     * goes through a rule's issues a chunk at a time, so a million-record workspace's fix fits the heap the
     * child is given (under 200 MB; left to itself a JVM on a large machine took 4 GB).
     */
    public static boolean isHeavy(String[] args) {
        return args.length > 0 && (List.of("validate", "export", "report", "fix").contains(args[0])
                || args[0].equals("history") && Arrays.stream(args).anyMatch(a -> a.startsWith("--compare")));
    }

    /** Runs a command and returns the exit status. */
    public int run(String[] args) {
        if (args.length == 0) {
            err.println(Usage.TEXT);
            return CANNOT_RUN;
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (command) {
                case "validate" -> new ValidateCommand(app, out, err).run(rest);
                case "export" -> new ExportCommand(app, out, err).run(rest);
                case "export-log" -> new ExportLogCommand(app, out, err).run(rest);
                case "report" -> new ReportCommand(app, out, err).run(rest);
                case "fix" -> new FixCommand(app, out, err).run(rest);
                case "profiles" -> new ProfilesCommand(app, out, err).run(rest);
                case "history" -> new HistoryCommand(app, out, err).run(rest);
                case "help", "--help", "-h" -> {
                    out.println(Usage.TEXT);
                    yield ACCEPTED;
                }
                case "version", "--version" -> {
                    out.println("DID Workbench " + Version.current());
                    yield ACCEPTED;
                }
                default -> {
                    err.println("did-workbench: unknown command '" + command + "'. Try 'help'.");
                    yield CANNOT_RUN;
                }
            };
        } catch (UsageException e) {
            err.println("did-workbench " + command + ": " + e.getMessage());
            err.println("Try 'java -jar did-workbench.jar help'.");
            return CANNOT_RUN;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("did-workbench " + command + ": an unexpected " + e.getClass().getSimpleName()
                    + " stopped the command; nothing was changed. Please report it (run with DIDW_DEBUG=1 for details).");
            if (System.getenv("DIDW_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return CANNOT_RUN;
        }
    }
}
