package org.didworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.didworkbench.App;
import org.didworkbench.service.ServiceException;
import org.didworkbench.service.Session;

/** {@code export-log WORKSPACE --out FILE.csv [--quiet]}: writes the change log. */
final class ExportLogCommand {
    private final App app;
    private final PrintStream out;
    private final PrintStream err;

    ExportLogCommand(App app, PrintStream out, PrintStream err) {
        this.app = app;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Options o = Options.parse(args, List.of("--out"), List.of("--quiet"));
        Path workspace = WorkspaceArgument.of(o, "export-log");
        Path target = o.path("--out");
        if (target == null) {
            throw new UsageException("name the CSV file to write with --out FILE.csv.");
        }
        try (Session session = app.sessionService().open(workspace)) {
            session.exportChangeLog(target);
            if (!o.flag("--quiet")) {
                int changes = session.changeLog().size();
                out.printf("Wrote %s: %,d change%s to %s.%n", target, changes, changes == 1 ? "" : "s",
                        session.sourceName());
            }
            return Cli.ACCEPTED;
        } catch (ServiceException e) {
            err.println("did-workbench export-log: " + e.getMessage());
            return Cli.CANNOT_RUN;
        }
    }
}
