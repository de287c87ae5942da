package org.didworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.didworkbench.App;
import org.didworkbench.service.ReportOptions;
import org.didworkbench.service.ReportService;
import org.didworkbench.service.ServiceException;

/** {@code report WORKSPACE --out FILE.pdf|FILE.html [--appendix]}: the quality summary of a workspace. */
final class ReportCommand {
    private final App app;
    private final PrintStream out;
    private final PrintStream err;

    ReportCommand(App app, PrintStream out, PrintStream err) {
        this.app = app;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Options o = Options.parse(args, List.of("--out"), List.of("--appendix", "--quiet"));
        if (o.positional().size() != 1) {
            throw new UsageException(o.positional().isEmpty() ? "name the workspace to report on."
                    : "expected one workspace, got " + o.positional().size() + ".");
        }
        Path workspace = Path.of(o.positional().get(0));
        Path target = reportPath(o, "--out");
        if (target == null) {
            throw new UsageException("name the report file with --out FILE.pdf or --out FILE.html.");
        }
        if (!Files.isRegularFile(workspace)) {
            err.println("did-workbench report: there is no workspace at " + workspace + ".");
            return Cli.CANNOT_RUN;
        }
        ReportOptions options = o.flag("--appendix") ? ReportOptions.withAppendix() : ReportOptions.summaryOnly();
        try {
            ReportService.Written written = app.reportService().writeReport(workspace, target, options);
            if (!o.flag("--quiet")) {
                out.println("DID Workbench: quality report for " + written.fileName());
                out.println("  Verdict: " + written.verdict());
                out.println("  Report written to " + target);
            }
            return Cli.ACCEPTED;
        } catch (ServiceException e) {
            err.println("did-workbench report: " + e.getMessage());
            return Cli.CANNOT_RUN;
        }
    }

    /** The report file named by {@code option}, checked for a .pdf or .html name; null when not given. */
    static Path reportPath(Options o, String option) throws UsageException {
        Path target = o.path(option);
        if (target != null && ReportService.Format.of(target).isEmpty()) {
            throw new UsageException(option + " must name a .pdf or .html file, not '" + target.getFileName() + "'.");
        }
        return target;
    }
}
