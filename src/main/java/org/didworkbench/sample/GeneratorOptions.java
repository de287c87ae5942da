package org.didworkbench.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param records        number of records (lines after any header), zero or more
 * @param seed           the random seed; the same options always give the same bytes
 * @param problems       which deliberate problems to place
 * @param activityMonth  the month every clean DIAGNOSTIC TEST DATE falls in
 * @param submissionDate the day the file is submitted; must be after the activity month. Cut-off
 *                       and future-date problems are placed relative to it, and clean reports
 *                       that would fall after it are left blank (not yet reported at extraction)
 * @param header         true to write a first line of the 18 DPS field names (DID v1 files have none)
 */
public record GeneratorOptions(long records, long seed, ProblemMix problems, YearMonth activityMonth,
                               LocalDate submissionDate, boolean header) {

    /** The seed of the committed sample files. */
    public static final long DEFAULT_SEED = 20260915L;
    public static final YearMonth DEFAULT_ACTIVITY_MONTH = YearMonth.of(2026, 9);
    public static final LocalDate DEFAULT_SUBMISSION_DATE = LocalDate.of(2026, 10, 15);

    public GeneratorOptions {
        if (records < 0) {
            throw new IllegalArgumentException("records must be zero or more, was " + records);
        }
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(activityMonth, "activityMonth");
        Objects.requireNonNull(submissionDate, "submissionDate");
        if (!submissionDate.isAfter(activityMonth.atEndOfMonth())) {
            throw new IllegalArgumentException("submission date " + submissionDate
                    + " must be after the activity month " + activityMonth);
        }
    }

    /** Realistic problems, default seed, September 2026 activity submitted 2026-10-15, no header. */
    public static GeneratorOptions defaults(long records) {
        return new GeneratorOptions(records, DEFAULT_SEED, ProblemMix.REALISTIC, DEFAULT_ACTIVITY_MONTH,
                DEFAULT_SUBMISSION_DATE, false);
    }

    public GeneratorOptions withRecords(long n) {
        return new GeneratorOptions(n, seed, problems, activityMonth, submissionDate, header);
    }

    public GeneratorOptions withSeed(long s) {
        return new GeneratorOptions(records, s, problems, activityMonth, submissionDate, header);
    }

    public GeneratorOptions withProblems(ProblemMix p) {
        return new GeneratorOptions(records, seed, p, activityMonth, submissionDate, header);
    }

    public GeneratorOptions withHeader(boolean h) {
        return new GeneratorOptions(records, seed, problems, activityMonth, submissionDate, h);
    }

    public GeneratorOptions withActivity(YearMonth month, LocalDate submitted) {
        return new GeneratorOptions(records, seed, problems, month, submitted, header);
    }
}
