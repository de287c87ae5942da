package org.didworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.didworkbench.App;
import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.domain.quality.QualitySummary;
import org.didworkbench.domain.quality.Verdict;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.service.CancellationToken;
import org.didworkbench.service.ImportRequest;
import org.didworkbench.service.ImportResult;
import org.didworkbench.service.ProgressListener;
import org.didworkbench.service.ReportOptions;
import org.didworkbench.service.ServiceException;
import org.didworkbench.service.SubmissionFormat;

/** {@code validate FILE [options]}. */
final class ValidateCommand {
    private static final int TOP_RULES = 12;

    private final App app;
    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(App app, PrintStream out, PrintStream err) {
        this.app = app;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Options o = Options.parse(args, List.of("--submission-date", "--reference", "--header", "--issues",
                "--summary", "--workspace", "--profile", "--report"), List.of("--quiet", "--appendix", "--no-history"));
        if (o.positional().size() != 1) {
            throw new UsageException(o.positional().isEmpty() ? "name the submission file to check."
                    : "expected one submission file, got " + o.positional().size() + ".");
        }
        Path file = Path.of(o.positional().get(0));
        LocalDate submissionDate = date(o.value("--submission-date"));
        HeaderMode header = header(o.value("--header"));
        Path reference = o.path("--reference");
        Path workspace = o.path("--workspace");
        boolean quiet = o.flag("--quiet");
        Path report = ReportCommand.reportPath(o, "--report");
        if (o.flag("--appendix") && report == null) {
            throw new UsageException("--appendix adds to the report: give --report OUT.pdf or --report OUT.html too.");
        }
        if (workspace != null && Files.exists(workspace)) {
            throw new UsageException("the workspace " + workspace + " already exists; name a new file.");
        }
        ImportRequest request = new ImportRequest(file, workspace == null ? Path.of("unused.didw") : workspace,
                header, submissionDate, reference, o.value("--profile"));
        app.outlierSettings().problem().ifPresent(err::println);
        try {
            ImportResult result = app.validateService().validate(request, workspace != null, o.path("--issues"),
                    o.path("--summary"), report, o.flag("--appendix") ? ReportOptions.withAppendix()
                            : ReportOptions.summaryOnly(), ProgressListener.NONE, new CancellationToken());
            boolean remembered = !o.flag("--no-history") && remember(request, result);
            if (!quiet) {
                printSummary(file, result, o);
                if (remembered) {
                    out.println("  Remembered:      its summary figures, in the submission library ('history' lists"
                            + " them; --no-history skips this)");
                }
            }
            return result.summary().verdict() == Verdict.REJECTED ? Cli.REJECTED : Cli.ACCEPTED;
        } catch (ServiceException e) {
            err.println("did-workbench validate: " + e.getMessage());
            return Cli.CANNOT_RUN;
        }
    }

    /**
     * Remembers the month in the submission library. A library that cannot be written is reported
     * but does not change the verdict or the exit status: the check itself is complete.
     */
    private boolean remember(ImportRequest request, ImportResult result) {
        try {
            app.historyService().remember(request, result);
            return true;
        } catch (ServiceException e) {
            err.println("did-workbench validate: the file was checked, but not remembered in the submission library: "
                    + e.getMessage());
            return false;
        }
    }

    private void printSummary(Path file, ImportResult r, Options o) {
        QualitySummary s = r.summary();
        out.println("DID Workbench: " + file.getFileName());
        for (String line : ProfilesCommand.describe(r.choice())) {
            out.println(line);
        }
        out.printf("  Records:         %,d (%s)%n", s.records(), r.format() == SubmissionFormat.XML
                ? "XML, " + r.dialect().charset().displayName() + ", " + r.dialect().lineEndingName() + " line endings"
                : r.dialect().describe());
        out.printf("  Submission date: %s%n", o.value("--submission-date") == null
                ? LocalDate.now() + " (today)" : o.value("--submission-date"));
        out.printf("  Verdict:         %s%n", s.verdictSentence()
                + (s.verdict() == Verdict.REJECTED && s.warnings() > 0 ? String.format("; %,d warnings", s.warnings()) : ""));
        if (s.workbench() > 0) {
            out.printf("  Workbench:       %,d outlier and plausibility findings (DQW codes; they never change the verdict)%n",
                    s.workbench());
        }
        if (!s.byRule().isEmpty()) {
            out.println("  Issues by rule:");
            s.byRule().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(TOP_RULES)
                    .forEach(e -> out.printf("    %-22s %-8s %,8d  %s%n", e.getKey(), severity(r, e.getKey()),
                            e.getValue(), description(r, e.getKey())));
            if (s.byRule().size() > TOP_RULES) {
                out.printf("    … and %d more rules (see the issues file)%n", s.byRule().size() - TOP_RULES);
            }
        }
        if (!s.notChecked().isEmpty()) {
            out.println("  Not checked (no reference data; use --reference DIR): " + String.join(", ", s.notChecked()));
        }
        if (o.path("--issues") != null) {
            out.println("  Issues written to " + o.path("--issues"));
        }
        if (o.path("--summary") != null) {
            out.println("  Summary written to " + o.path("--summary"));
        }
        if (o.path("--report") != null) {
            out.println("  Report written to " + o.path("--report"));
        }
        out.printf("  Took %.1f s%n", r.elapsed().toMillis() / 1000.0);
    }

    private static java.util.Optional<Rule> rule(ImportResult r, String code) {
        return r.profile().rule(code)
                .or(() -> r.workbenchRules().stream().filter(w -> w.code().equals(code)).findFirst());
    }

    private static String severity(ImportResult r, String code) {
        return rule(r, code).map(x -> x.severity().label()).orElse("error");
    }

    private static String description(ImportResult r, String code) {
        String d = rule(r, code).map(Rule::description)
                .orElse("Record is not well-formed (wrong number of fields or broken quotes).");
        return d.length() > 80 ? d.substring(0, 79) + "…" : d;
    }

    static LocalDate date(String v) throws UsageException {
        if (v == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException("--submission-date must be a date written YYYY-MM-DD, not '" + v + "'.");
        }
    }

    static HeaderMode header(String v) throws UsageException {
        if (v == null) {
            return HeaderMode.AUTO;
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "yes" -> HeaderMode.YES;
            case "no" -> HeaderMode.NO;
            case "auto" -> HeaderMode.AUTO;
            default -> throw new UsageException("--header must be yes, no or auto, not '" + v + "'.");
        };
    }
}
