package org.didworkbench.sample;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A stand-alone entry point for the generator, until the {@code generate} subcommand exists:
 * <pre>
 * java -cp target/did-workbench.jar org.didworkbench.sample.GenerateMain --records N --out FILE
 *      [--seed S] [--clean] [--header] [--month 2026-09] [--submission-date 2026-10-15]
 * java -cp target/did-workbench.jar org.didworkbench.sample.GenerateMain --v2 --records N --out FILE [--seed S]
 * java -cp target/did-workbench.jar org.didworkbench.sample.GenerateMain --reference FOLDER
 * java -cp target/did-workbench.jar org.didworkbench.sample.GenerateMain --committed-samples FOLDER
 * </pre>
 * Exit status 0 on success, 2 on a usage or write error.
 */
public final class GenerateMain {
    static final String USAGE = """
            usage: GenerateMain --records N --out FILE [--seed S] [--clean] [--header]
                                [--month YYYY-MM] [--submission-date YYYY-MM-DD]
                   GenerateMain --v2 --records N --out FILE [--seed S] [--clean]
                   GenerateMain --reference FOLDER
                   GenerateMain --committed-samples FOLDER""";

    private GenerateMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs with the given arguments; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        GeneratorOptions options = GeneratorOptions.defaults(0);
        long records = -1;
        Path file = null;
        YearMonth month = options.activityMonth();
        LocalDate submitted = options.submissionDate();
        boolean v2 = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--records" -> records = Long.parseLong(value(args, ++i, a));
                    case "--out" -> file = Path.of(value(args, ++i, a));
                    case "--seed" -> options = options.withSeed(Long.parseLong(value(args, ++i, a)));
                    case "--clean" -> options = options.withProblems(ProblemMix.NONE);
                    case "--header" -> options = options.withHeader(true);
                    case "--v2" -> {
                        v2 = true;
                        month = V2SampleGenerator.defaults(0).activityMonth();
                        submitted = V2SampleGenerator.defaults(0).submissionDate();
                    }
                    case "--month" -> month = YearMonth.parse(value(args, ++i, a));
                    case "--submission-date" -> submitted = LocalDate.parse(value(args, ++i, a));
                    case "--reference" -> {
                        Path folder = Path.of(value(args, ++i, a));
                        SampleGenerator.writeReference(folder);
                        out.println("wrote reference files under " + folder);
                        return 0;
                    }
                    case "--committed-samples" -> {
                        Path folder = Path.of(value(args, ++i, a));
                        CommittedSamples.writeAll(folder);
                        out.println("wrote the committed sample files under " + folder);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
                }
            }
            if (records < 0 || file == null) {
                throw new IllegalArgumentException("--records and --out are required");
            }
            options = options.withRecords(records).withActivity(month, submitted);
            long start = System.nanoTime();
            if (v2) {
                V2SampleGenerator.Summary s = V2SampleGenerator.write(options, file);
                out.printf("wrote %d DIDS v2.0 records (%d with a deliberate problem) to %s in %d ms%n", s.records(),
                        s.problems().values().stream().mapToLong(Long::longValue).sum(), file,
                        (System.nanoTime() - start) / 1_000_000);
                return 0;
            }
            GenerationSummary s = SampleGenerator.write(options, file);
            long ms = (System.nanoTime() - start) / 1_000_000;
            out.printf("wrote %d records (%d with a deliberate problem) to %s in %d ms%n",
                    s.records(), s.problemRecords(), file, ms);
            return 0;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("GenerateMain: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("GenerateMain: could not write: " + e.getMessage());
            return 2;
        }
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }
}
