package org.didworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.didworkbench.App;
import org.didworkbench.domain.history.LibraryEntry;
import org.didworkbench.service.CancellationToken;
import org.didworkbench.service.Counts;
import org.didworkbench.service.ProgressListener;
import org.didworkbench.service.ServiceException;
import org.didworkbench.service.Session;

/**
 * {@code export WORKSPACE --out FILE [--force] [--quiet] [--no-history]}: writes the corrected submission
 * and remembers it in the submission library.
 */
final class ExportCommand {
    private final App app;
    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(App app, PrintStream out, PrintStream err) {
        this.app = app;
        this.out = out;
        this.err = err;
    }

    /** Remembers the corrected file; a library that cannot be written is reported, the export stands. */
    /** Remembers the written file; null when it could not be (said on stderr). */
    private LibraryEntry remember(Session session, Path target) {
        try {
            return app.historyService().rememberCorrected(session, target);
        } catch (ServiceException e) {
            err.println("did-workbench export: the corrected file was written, but not remembered in the submission"
                    + " library: " + e.getMessage());
            return null;
        }
    }

    int run(List<String> args) throws UsageException {
        Options o = Options.parse(args, List.of("--out"), List.of("--force", "--quiet", "--no-history"));
        Path workspace = WorkspaceArgument.of(o, "export");
        Path target = o.path("--out");
        if (target == null) {
            throw new UsageException("name the corrected file to write with --out FILE.");
        }
        try (Session session = app.sessionService().open(workspace)) {
            session.exportCorrected(target, o.flag("--force"), ProgressListener.NONE, new CancellationToken());
            LibraryEntry remembered = o.flag("--no-history") ? null : remember(session, target);
            if (!o.flag("--quiet")) {
                Counts c = session.counts();
                out.printf("Wrote %s: %,d records from %s, %,d edited cell%s.%n", target, c.records(),
                        session.sourceName(), c.edits(), c.edits() == 1 ? "" : "s");
                out.println("  " + c.verdict());
                if (remembered != null) {
                    out.println(remembered.kind() == LibraryEntry.Kind.CORRECTED
                            ? "  Remembered in the submission library as a corrected file ('history' lists it)."
                            : "  The same as the file opened, which the submission library remembers as it is.");
                }
            }
            return Cli.ACCEPTED;
        } catch (ServiceException e) {
            err.println("did-workbench export: " + e.getMessage());
            return Cli.CANNOT_RUN;
        }
    }
}
