package org.didworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.didworkbench.App;
import org.didworkbench.sample.TwoMonths;
import org.didworkbench.service.WorkspaceLocations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history command's contract: the list, the comparison, forgetting, --no-history and the exit codes. */
class HistoryCommandTest {
    @TempDir
    Path dir;

    private App app;
    private TwoMonths months;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        app = new App(new WorkspaceLocations(Map.of("DIDW_LIBRARY", dir.resolve("library.sqlite").toString()),
                "Linux", dir.resolve("home"), Clock.systemDefaultZone()));
        months = TwoMonths.write(dir);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(app, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private int validate(Path file, String submitted, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("validate", file.toString(), "--submission-date",
                submitted, "--reference", TwoMonths.REFERENCE.toString(), "--quiet"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void anEmptyLibrarySaysHowMonthsGetRemembered() {
        assertThat(run("history")).isZero();
        assertThat(stdout()).startsWith("No submissions are remembered yet (library: " + dir.resolve("library.sqlite"));
        assertThat(stderr()).isEmpty();
    }

    @Test
    void validatedMonthsAreListedNewestFirst() {
        assertThat(validate(months.august, "2026-09-15")).isEqualTo(1);
        assertThat(validate(months.september, "2026-10-15")).isEqualTo(1);
        assertThat(validate(TwoMonths.SEPTEMBER_SAMPLE, "2026-10-15", "--no-history")).isEqualTo(1);

        assertThat(run("history")).isZero();
        List<String> lines = stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("Submission library: ").endsWith("(2 submissions)");
        assertThat(lines.get(1)).matches("Month +File +Profile +Records +Verdict +Errors +Warnings +Remembered +SHA-256");
        assertThat(lines.get(2)).matches("2026-09 +rzz-did-2026-09\\.csv +did-v1 +1,\\d{3} +rejected +\\d+ +\\d+"
                + " +\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} +[0-9a-f]{12}");
        assertThat(lines.get(3)).matches("2026-08 +rzz-did-2026-08\\.csv +did-v1 +2,000 +rejected .*");
        assertThat(stdout()).as("--no-history left the sample out").doesNotContain("did-v1-sample");
    }

    @Test
    void compareNamesTheShiftsAndPrintsATablePerDimension() {
        validate(months.august, "2026-09-15");
        assertThat(run("history", "--compare", months.september.toString(), "--submission-date", "2026-10-15",
                "--reference", TwoMonths.REFERENCE.toString())).isZero();
        String text = stdout();
        assertThat(text).startsWith("DID Workbench: rzz-did-2026-09.csv (September 2026, did-v1; checked now)\n"
                + "Compared with August 2026: rzz-did-2026-08.csv (remembered ");
        assertThat(text).contains("Big shifts (3):\n  - MRI volume fell ")
                .contains("  - Completeness of ETHNIC CATEGORY fell from 100.0% to ")
                .contains("  - CT median request-to-test wait rose from ");
        assertThat(text).contains("\nVolume by modality\n", "\nVolume by site (SITE CODE (OF IMAGING))\n",
                "\nCompleteness (records with a value)\n", "\nMedian days from request to test\n");
        assertThat(text.lines().filter(l -> l.endsWith("<-- shift")).count()).isEqualTo(3);
        assertThat(text).contains("Shifts are flagged when volume changes by 20% and 30 records");
        assertThat(stderr()).isEmpty();

        run("history");
        assertThat(stdout()).as("the file compared is remembered").contains("rzz-did-2026-09.csv");
    }

    @Test
    void aFirstMonthHasNothingToCompareWith() {
        assertThat(run("history", "--compare", months.august.toString(), "--submission-date", "2026-09-15",
                "--no-history")).isZero();
        assertThat(stdout()).contains("No earlier month of this provider is remembered");
        run("history");
        assertThat(stdout()).startsWith("No submissions are remembered yet");
    }

    @Test
    void forgetOneOrAll() {
        validate(months.august, "2026-09-15");
        validate(months.september, "2026-10-15");
        run("history");
        String sha = stdout().lines().filter(l -> l.startsWith("2026-08")).findFirst().orElseThrow()
                .replaceAll(".* ", "");

        assertThat(run("history", "--forget", sha)).isZero();
        assertThat(stdout()).isEqualTo("Forgot 1 remembered submission.\n");
        assertThat(run("history", "--forget", sha)).isEqualTo(2);
        assertThat(stderr()).startsWith("did-workbench history: No remembered submission has a SHA-256 starting");
        assertThat(run("history", "--forget", "all")).isZero();
        assertThat(stdout()).isEqualTo("Forgot 1 remembered submission.\n");
    }

    @Test
    void misuseIsExplainedWithExitTwo() {
        assertThat(run("history", "--forget", "xyz")).isEqualTo(2);
        assertThat(stderr()).contains("first 6 or more digits");
        assertThat(run("history", "--compare", "a.csv", "--forget", "all")).isEqualTo(2);
        assertThat(stderr()).contains("give --compare or --forget, not both.");
        assertThat(run("history", "--reference", "x")).isEqualTo(2);
        assertThat(stderr()).contains("go with --compare FILE");
        assertThat(run("history", "--compare", dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("did-workbench history: Could not read missing.csv");
    }
}
