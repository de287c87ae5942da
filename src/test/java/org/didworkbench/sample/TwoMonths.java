package org.didworkbench.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two synthetic months of one provider for the month-over-month tests: August 2026 made by the
 * sample generator, and September 2026 made from the committed sample by changing three things on
 * purpose: most MRI records dropped (every NICIP 'M' record but each seventh), ETHNIC CATEGORY
 * blanked on every third record, and CT requests made 20 days earlier (a longer request-to-test wait).
 */
public final class TwoMonths {
    public static final Path SEPTEMBER_SAMPLE = Path.of("sample-data/did-v1-sample-2026-09.csv");
    public static final Path REFERENCE = Path.of("sample-data/reference");
    public static final LocalDate AUGUST_SUBMITTED = LocalDate.of(2026, 9, 15);
    public static final LocalDate SEPTEMBER_SUBMITTED = LocalDate.of(2026, 10, 15);

    private static final int ETHNIC = 3;
    private static final int REQUEST = 10;
    private static final int NICIP = 13;

    /** The August file. */
    public final Path august;
    /** The September file. */
    public final Path september;

    private TwoMonths(Path august, Path september) {
        this.august = august;
        this.september = september;
    }

    /** Writes both files into {@code dir}. */
    public static TwoMonths write(Path dir) throws IOException {
        Path august = dir.resolve("rzz-did-2026-08.csv");
        SampleGenerator.write(GeneratorOptions.defaults(2000).withSeed(20260815L)
                .withActivity(YearMonth.of(2026, 8), AUGUST_SUBMITTED), august);
        Path september = dir.resolve("rzz-did-2026-09.csv");
        List<String> out = new ArrayList<>();
        int mri = 0;
        int n = 0;
        for (String line : Files.readAllLines(SEPTEMBER_SAMPLE, StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            if (f.length != 18) {
                out.add(line);
                continue;
            }
            if (f[NICIP].trim().startsWith("M") && mri++ % 7 != 0) {
                continue;
            }
            if (n++ % 3 == 0) {
                f[ETHNIC] = "";
            }
            if (f[NICIP].trim().startsWith("C") && f[REQUEST].matches("\\d{4}-\\d{2}-\\d{2}")) {
                f[REQUEST] = LocalDate.parse(f[REQUEST]).minusDays(20).toString();
            }
            out.add(String.join(",", f));
        }
        Files.write(september, out, StandardCharsets.UTF_8);
        return new TwoMonths(august, september);
    }

    /**
     * Every NHS NUMBER, PERSON BIRTH DATE and POSTCODE OF USUAL ADDRESS in the two files (trimmed, non-blank):
     * what the submission library must never hold.
     */
    public Set<String> identifiers() throws IOException {
        Set<String> out = new HashSet<>();
        for (Path file : List.of(august, september)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split(",", -1);
                for (int i : new int[] {0, 2, 5}) {
                    if (i < f.length && !f[i].isBlank()) {
                        out.add(f[i].trim());
                    }
                }
            }
        }
        return out;
    }
}
