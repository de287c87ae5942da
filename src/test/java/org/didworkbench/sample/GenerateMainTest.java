package org.didworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheFileTheOptionsDescribe(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.csv");
        assertThat(run("--records", "1500", "--out", file.toString(), "--seed", "5", "--clean", "--header",
                "--month", "2026-08", "--submission-date", "2026-09-14")).isZero();
        StringWriter expected = new StringWriter();
        SampleGenerator.write(new GeneratorOptions(1500, 5, ProblemMix.NONE, java.time.YearMonth.of(2026, 8),
                java.time.LocalDate.of(2026, 9, 14), true), expected);
        assertThat(Files.readString(file)).isEqualTo(expected.toString());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote 1500 records (0 with a deliberate problem)");
    }

    @Test
    void writesTheReferenceFolder(@TempDir Path dir) {
        assertThat(run("--reference", dir.toString())).isZero();
        assertThat(dir.resolve("nicip/nicip.csv")).exists();
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhy() {
        assertThat(run("--records", "10")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--records and --out are required", "usage:");
        assertThat(run("--records", "ten", "--out", "x.csv")).isEqualTo(2);
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(run("--records", "1", "--out", "x.csv", "--month", "2026-09", "--submission-date",
                "2026-09-20")).isEqualTo(2);
    }
}
