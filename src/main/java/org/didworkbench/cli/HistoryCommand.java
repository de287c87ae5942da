package org.didworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.didworkbench.App;
import org.didworkbench.domain.history.Comparison;
import org.didworkbench.domain.history.ComparisonTable;
import org.didworkbench.domain.history.LibraryEntry;
import org.didworkbench.domain.history.MonthComparison;
import org.didworkbench.domain.history.ShiftThresholds;
import org.didworkbench.domain.history.Shift;
import org.didworkbench.domain.history.SubmissionFigures;
import org.didworkbench.service.CancellationToken;
import org.didworkbench.service.HistoryService;
import org.didworkbench.service.ImportRequest;
import org.didworkbench.service.MonthOverMonth;
import org.didworkbench.service.ProgressListener;
import org.didworkbench.service.ServiceException;
import org.didworkbench.service.Session;

/**
 * {@code history}: lists the months the submission library remembers; {@code --compare FILE|WORKSPACE}
 * sets a submission beside the earlier months of the same provider and names the big shifts;
 * {@code --forget SHA|all} forgets entries.
 */
final class HistoryCommand {
    private static final int SHA_SHOWN = 12;

    private final App app;
    private final PrintStream out;
    private final PrintStream err;

    HistoryCommand(App app, PrintStream out, PrintStream err) {
        this.app = app;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Options o = Options.parse(args, List.of("--compare", "--forget", "--submission-date", "--reference",
                "--header", "--profile"), List.of("--no-history"));
        if (!o.positional().isEmpty()) {
            throw new UsageException("history takes no file of its own: use --compare FILE to compare one.");
        }
        if (o.value("--compare") != null && o.value("--forget") != null) {
            throw new UsageException("give --compare or --forget, not both.");
        }
        boolean checks = o.value("--submission-date") != null || o.value("--reference") != null
                || o.value("--header") != null || o.value("--profile") != null || o.flag("--no-history");
        if (checks && o.value("--compare") == null) {
            throw new UsageException("--submission-date, --reference, --header, --profile and --no-history go with"
                    + " --compare FILE.");
        }
        HistoryService history = app.historyService();
        try {
            if (o.value("--forget") != null) {
                return forget(history, o.value("--forget"));
            }
            if (o.value("--compare") != null) {
                return compare(history, o);
            }
            return list(history);
        } catch (ServiceException e) {
            err.println("did-workbench history: " + e.getMessage());
            return Cli.CANNOT_RUN;
        }
    }

    // ------------------------------------------------------------------ list

    private int list(HistoryService history) throws ServiceException {
        List<LibraryEntry> entries = history.entries();
        if (entries.isEmpty()) {
            out.println("No submissions are remembered yet (library: " + history.library() + ").");
            out.println("Each file checked with 'validate' (unless --no-history), opened in the window or exported"
                    + " corrected is remembered by its summary figures.");
            return Cli.ACCEPTED;
        }
        out.printf("Submission library: %s (%d submission%s)%n", history.library(), entries.size(),
                entries.size() == 1 ? "" : "s");
        TextTable t = new TextTable(List.of("Month", "File", "Profile", "Records", "Verdict", "Errors", "Warnings",
                "Remembered", "SHA-256"), false, false, false, true, false, true, true, false, false);
        for (LibraryEntry e : entries) {
            SubmissionFigures f = e.figures();
            t.row(f.dataMonth() == null ? "unknown" : f.dataMonth().toString(),
                    f.fileName() + (e.kind() == LibraryEntry.Kind.CORRECTED ? " (corrected)" : ""), f.profile(),
                    count(f.records()), f.verdict().name().toLowerCase(Locale.ROOT), count(f.errors()),
                    count(f.warnings()), history.when(e), f.sha256().substring(0, SHA_SHOWN));
        }
        t.print(out, "");
        out.println("Compare a file with earlier months: history --compare FILE. Forget one: history --forget SHA.");
        return Cli.ACCEPTED;
    }

    // ------------------------------------------------------------------ forget

    private int forget(HistoryService history, String which) throws ServiceException {
        int n = history.forget(which);
        out.printf("Forgot %d remembered submission%s.%n", n, n == 1 ? "" : "s");
        return Cli.ACCEPTED;
    }

    // ------------------------------------------------------------------ compare

    private int compare(HistoryService history, Options o) throws UsageException, ServiceException {
        Path target = Path.of(o.value("--compare"));
        MonthOverMonth result;
        if (WorkspaceArgument.isWorkspace(target)) {
            if (o.value("--submission-date") != null || o.value("--reference") != null
                    || o.value("--header") != null || o.value("--profile") != null) {
                throw new UsageException("a workspace keeps its own submission date, reference data and profile;"
                        + " give those options with a submission file only.");
            }
            try (Session session = app.sessionService().open(target)) {
                result = history.compare(session);
            }
        } else {
            ImportRequest request = new ImportRequest(target, Path.of("unused.didw"),
                    ValidateCommand.header(o.value("--header")), ValidateCommand.date(o.value("--submission-date")),
                    o.path("--reference"), o.value("--profile"));
            result = history.compare(request, !o.flag("--no-history"), ProgressListener.NONE,
                    new CancellationToken());
        }
        print(result, history.thresholds());
        return Cli.ACCEPTED;
    }

    private void print(MonthOverMonth r, ShiftThresholds thresholds) {
        SubmissionFigures f = r.current();
        out.printf("DID Workbench: %s (%s, %s; %s)%n", f.fileName(), MonthComparison.monthWords(f.dataMonth()),
                f.profile(), r.origin());
        if (r.comparison().isEmpty()) {
            out.println(r.explanation());
            return;
        }
        Comparison c = r.comparison().get();
        SubmissionFigures before = c.baseline().figures();
        String then = MonthComparison.monthWords(before.dataMonth());
        out.printf("Compared with %s: %s (%sremembered %s)%n", then, before.fileName(),
                c.baseline().kind() == LibraryEntry.Kind.CORRECTED ? "corrected file, " : "",
                app.historyService().when(c.baseline()));
        if (c.earlier().size() > 1) {
            out.println("Earlier months remembered: " + String.join(", ", c.earlier().stream()
                    .map(e -> MonthComparison.monthWords(e.figures().dataMonth())).toList()));
        }
        out.println();
        if (c.shifts().isEmpty()) {
            out.println("No big shifts: every figure below is within the thresholds.");
        } else {
            out.printf("Big shifts (%d):%n", c.shifts().size());
            for (Shift s : c.shifts()) {
                out.println("  - " + s.sentence());
            }
        }
        for (String note : c.notes()) {
            out.println("Note: " + note);
        }
        String now = MonthComparison.monthWords(f.dataMonth());
        for (ComparisonTable table : c.tables()) {
            out.println();
            out.println(table.title());
            TextTable t = new TextTable(List.of("", then, now, "Change", ""), false, true, true, true, false);
            for (ComparisonTable.Row row : table.rows()) {
                t.row(row.label(), row.before(), row.now(), row.change(), row.flagged() ? "<-- shift" : "");
            }
            t.print(out, "  ");
        }
        out.println();
        out.println(thresholds.describe() + " See docs/history.md.");
    }

    private static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
