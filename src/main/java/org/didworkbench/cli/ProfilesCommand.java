package org.didworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.App;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.service.ProfileCatalogue;
import org.didworkbench.service.ProfileChoice;
import org.didworkbench.service.ServiceException;

/**
 * {@code profiles [FILE.json ...]}: the built-in profiles with their status, and each profile file
 * named, checked (exit 2 when one has mistakes, which are printed with their lines).
 */
final class ProfilesCommand {
    private final App app;
    private final PrintStream out;
    private final PrintStream err;

    ProfilesCommand(App app, PrintStream out, PrintStream err) {
        this.app = app;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Options o = Options.parse(args, List.of(), List.of());
        ProfileCatalogue catalogue = app.profiles();
        out.printf("%-10s %-26s %-22s %6s %6s  %s%n", "ID", "TITLE", "STATUS", "ITEMS", "RULES", "NOT CONFIRMED");
        for (ProfileCatalogue.Entry e : catalogue.entries()) {
            out.println(row(e.profile(), e.status()));
        }
        int status = Cli.ACCEPTED;
        for (String file : o.positional()) {
            try {
                ProfileChoice c = catalogue.load(Path.of(file), "named");
                out.println(row(c.profile(), c.status()));
            } catch (ServiceException e) {
                err.println("did-workbench profiles: " + e.getMessage());
                status = Cli.CANNOT_RUN;
            }
        }
        if (o.positional().isEmpty()) {
            out.println();
            out.println("Choose one with validate --profile ID, or name a profile file (--profile my-layout.json);");
            out.println("see docs/profiles.md to adapt dids-v2 to your RIS export and your copy of the ETOS.");
        }
        return status;
    }

    private static String row(Profile p, String status) {
        return String.format("%-10s %-26s %-22s %6d %6d  %s", p.id(), p.title(), status, p.itemCount(),
                p.rules().size(), notConfirmed(p));
    }

    private static String notConfirmed(Profile p) {
        if (!p.provisional()) {
            return "-";
        }
        return p.provisionalItems().size() + " items, " + p.provisionalRules().size() + " rules";
    }

    /** The lines validate prints about the profile used. */
    static List<String> describe(ProfileChoice c) {
        Profile p = c.profile();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("  Profile:         %s (%s; %s)", p.title(), p.id(), c.status()));
        lines.add(String.format("  Chosen:          %s", c.reason()));
        if (p.provisional()) {
            lines.add(String.format("  PROVISIONAL:     %d of %d items and %d of %d rules are not confirmed by a published"
                    + " specification;", p.provisionalItems().size(), p.itemCount(), p.provisionalRules().size(),
                    p.rules().size()));
            lines.add("                   treat the verdict as a guide (see provisionalItems and provisionalRules in the"
                    + " summary JSON)");
        }
        return lines;
    }
}
