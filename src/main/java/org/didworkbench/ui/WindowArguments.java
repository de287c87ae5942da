package org.didworkbench.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.didworkbench.domain.dataset.HeaderMode;

/**
 * What the window was started with:
 * {@code [FILE] [--submission-date D] [--reference DIR] [--header M] [--profile ID|FILE.json]}.
 * Options left out are null (the window then uses the settings' submission date rule, the remembered
 * reference folder, detection).
 *
 * @param file           the file to open at start, or null
 * @param submissionDate the submission date, or null
 * @param reference      the reference data folder, or null
 * @param header         the header mode, or null
 * @param profile        the layout, as the command line's --profile (a built-in id or a profile file), or null
 */
public record WindowArguments(Path file, LocalDate submissionDate, Path reference, HeaderMode header,
                              String profile) {

    /** Arguments without a profile (detected). */
    public WindowArguments(Path file, LocalDate submissionDate, Path reference, HeaderMode header) {
        this(file, submissionDate, reference, header, null);
    }

    /** Reads the arguments; throws {@link IllegalArgumentException} with a message for the user. */
    public static WindowArguments parse(String[] args) {
        Path file = null;
        LocalDate date = null;
        Path reference = null;
        HeaderMode header = null;
        String profile = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--submission-date" -> {
                    String v = value(args, ++i, a);
                    try {
                        date = LocalDate.parse(v);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--submission-date needs a date as YYYY-MM-DD, not '" + v
                                + "'");
                    }
                }
                case "--reference" -> reference = Path.of(value(args, ++i, a));
                case "--profile" -> profile = value(args, ++i, a);
                case "--header" -> {
                    String v = value(args, ++i, a);
                    try {
                        header = HeaderMode.valueOf(v.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--header must be yes, no or auto, not '" + v + "'");
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option '" + a + "' (the window takes [FILE]"
                                + " [--submission-date YYYY-MM-DD] [--reference DIR] [--header yes|no|auto]"
                                + " [--profile ID|FILE.json])");
                    }
                    if (file != null) {
                        throw new IllegalArgumentException("the window opens one file at a time; got '" + file
                                + "' and '" + a + "'");
                    }
                    file = Path.of(a);
                }
            }
        }
        return new WindowArguments(file, date, reference, header, profile);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
