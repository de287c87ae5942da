package org.didworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.didworkbench.App;
import org.didworkbench.service.CancellationToken;
import org.didworkbench.service.FixOptions;
import org.didworkbench.service.FixService;
import org.didworkbench.service.ProgressListener;
import org.didworkbench.service.ServiceException;
import org.didworkbench.service.Session;

/**
 * {@code fix WORKSPACE --rule CODE [--apply] [--date-order dmy|mdy]}: lists the safe corrections of
 * one rule's issues, or applies them as one logged change (as "fix all like this" does in the window).
 */
final class FixCommand {
    private final App app;
    private final PrintStream out;
    private final PrintStream err;
    private final FixService fixes = new FixService();

    FixCommand(App app, PrintStream out, PrintStream err) {
        this.app = app;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Options o = Options.parse(args, List.of("--rule", "--date-order"), List.of("--apply"));
        Path workspace = WorkspaceArgument.of(o, "fix");
        String rule = o.value("--rule");
        if (rule == null || rule.isBlank()) {
            throw new UsageException("name the rule whose issues to fix with --rule CODE, e.g. --rule DIDS017.");
        }
        rule = rule.trim().toUpperCase(Locale.ROOT);
        FixOptions options = new FixOptions(dateOrder(o.value("--date-order")));
        try (Session session = app.sessionService().open(workspace)) {
            session.notices().forEach(n -> err.println("did-workbench fix: note: " + n));
            if (!o.flag("--apply")) {
                // printed as found, a few hundred records at a time: the list of a large file is not held
                FixService.Listed listed = fixes.forEachFix(session, rule, options, c -> out.printf(
                        "Record %d (line %d), %s: '%s' -> '%s'%n", c.record(), c.line(), c.item(), c.before(),
                        c.after()));
                out.printf("%s to fix for %s; %s. Run again with --apply to make the changes.%n",
                        values(listed.fixable()), rule, leftOver(listed.ambiguous(), listed.unfixable()));
                return Cli.ACCEPTED;
            }
            // a chunk of records at a time inside the one change: a million-record file fits a small heap
            FixService.Applied applied = fixes.applyAll(session, rule, options, ProgressListener.NONE,
                    new CancellationToken());
            if (applied.fixed() == 0) {
                // nothing to change: no empty step in the change log or the undo history
                out.printf("Nothing to fix for %s; %s. Nothing was changed.%n", rule,
                        leftOver(applied.ambiguous(), applied.unfixable()));
                return Cli.ACCEPTED;
            }
            out.printf("Fixed %s for %s, logged as '%s'; %s. %s.%n",
                    values(applied.fixed()), rule, applied.reason(),
                    leftOver(applied.ambiguous(), applied.unfixable()), applied.outcome().counts().verdict());
            return Cli.ACCEPTED;
        } catch (ServiceException e) {
            err.println("did-workbench fix: " + e.getMessage());
            return Cli.CANNOT_RUN;
        }
    }

    private static FixOptions.DateOrder dateOrder(String value) throws UsageException {
        if (value == null) {
            return FixOptions.DateOrder.NONE;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "dmy" -> FixOptions.DateOrder.DMY;
            case "mdy" -> FixOptions.DateOrder.MDY;
            default -> throw new UsageException("--date-order must be dmy (day first) or mdy (month first).");
        };
    }

    private static String values(int n) {
        return String.format("%,d value%s", n, n == 1 ? "" : "s");
    }

    private static String leftOver(int ambiguous, int unfixable) {
        return String.format("%,d ambiguous (left; choose --date-order to fix dates), %,d with no safe fix (left)",
                ambiguous, unfixable);
    }
}
