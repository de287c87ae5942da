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
 * {@code profiles --print ID}: the built-in profile file, to copy and adapt.
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
        Options o = Options.parse(args, List.of("--print"), List.of());
        ProfileCatalogue catalogue = app.profiles();
        String print = o.value("--print");
        if (print != null) {
            // The built-in file itself, to copy and adapt (docs/profiles.md).
            try {
                catalogue.resolve(print);
            } catch (ServiceException e) {
                throw new UsageException(e.getMessage());
            }
            out.print(ProfileCatalogue.builtInText(print.toLowerCase(java.util.Locale.ROOT) + ".json"));
            return Cli.ACCEPTED;
        }
        List<Profile> rows = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        for (ProfileCatalogue.Entry e : catalogue.entries()) {
            rows.add(e.profile());
            statuses.add(e.status());
        }
        int status = Cli.ACCEPTED;
        List<String> problems = new ArrayList<>();
        for (String file : o.positional()) {
            try {
                ProfileChoice c = catalogue.load(Path.of(file), "named");
                rows.add(c.profile());
                statuses.add(c.status());
            } catch (ServiceException e) {
                problems.add("did-workbench profiles: " + e.getMessage());
                status = Cli.CANNOT_RUN;
            }
        }
        int id = 2;
        int title = 5;
        int st = 6;
        for (int i = 0; i < rows.size(); i++) {
            id = Math.max(id, rows.get(i).id().length());
            title = Math.max(title, rows.get(i).title().length());
            st = Math.max(st, statuses.get(i).length());
        }
        String format = "%-" + id + "s  %-" + title + "s  %-" + st + "s  %5s  %5s  %s%n";
        out.printf(format, "ID", "TITLE", "STATUS", "ITEMS", "RULES", "NOT CONFIRMED");
        for (int i = 0; i < rows.size(); i++) {
            Profile p = rows.get(i);
            out.printf(format, p.id(), p.title(), statuses.get(i), p.itemCount(), p.rules().size(), notConfirmed(p));
        }
        problems.forEach(err::println);
        if (o.positional().isEmpty()) {
            out.println();
            out.println("Choose one with validate --profile ID, or name a profile file (--profile my-layout.json).");
            out.println("To adapt dids-v2 to your RIS export and your copy of the ETOS: profiles --print dids-v2 >"
                    + " my-layout.json, then see docs/profiles.md.");
        }
        return status;
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
