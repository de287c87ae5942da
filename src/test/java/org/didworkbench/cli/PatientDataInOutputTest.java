package org.didworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.didworkbench.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NHS numbers and postcodes planted in the broken places of files (next to NUL bytes, inside a quote never
 * closed, in records with too many fields, in a damaged workspace) never reach the command line's output.
 */
class PatientDataInOutputTest {
    private static final List<String> PLANTED = List.of("9434765919", "9732552476", "LS1 4AP", "M13 9PL",
            "943 476 5919", "9732552475");

    @TempDir
    Path dir;

    private final App app = new App();
    private final CliRun cli = CliRun.runsTogetherWith(app);

    private static String rec(String nhs, String postcode, String accession) {
        return String.join(",", nhs, "01", "1967-04-01", "A", "1", postcode, "P81029", "04", "G2427403", "P81029",
                "2026-09-23", "2026-09-23", "2026-09-23", "XANKL", "", "2026-09-24", "RZZ01", accession);
    }

    @Test
    void plantedValuesInBrokenFilesNeverReachStdoutOrStderr() throws Exception {
        String a = rec("9434765919", "LS1 4AP", "ACC-1");
        String b = rec("9732552476", "M13 9PL", "ACC-2");
        Path nulHead = Files.write(dir.resolve("nul.csv"), (a + "\n" + b.replace("M13 9PL", "M13\0 9PL") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        Path broken = Files.writeString(dir.resolve("broken.csv"), rec("9732552475", "LS1 4AP", "ACC-0") + "\n"
                + a + "\n"
                + b.replace("M13 9PL", "\"M13 9PL") + "\n"                     // a quote never closed
                + a + ",943 476 5919\n"                                         // 19 fields
                + b.replace("9732552476", "9732552476\"x\"") + "\n"             // text around quotes
                + "\"9434765919\"trailing,LS1 4AP\n"                            // 2 fields, text after a quote
                + "x".repeat(1 << 16) + "9434765919\n");                        // a very long line
        byte[] junk = new byte[20_000];
        new java.util.Random(7).nextBytes(junk);
        byte[] head = (a + "\n" + b + "\n").repeat(400).getBytes(StandardCharsets.UTF_8);
        byte[] mixed = new byte[head.length + junk.length];
        System.arraycopy(head, 0, mixed, 0, head.length);
        System.arraycopy(junk, 0, mixed, head.length, junk.length);
        Path binary = Files.write(dir.resolve("binary.csv"), mixed);

        cli.run("validate", nulHead.toString(), "--submission-date", "2026-10-15");
        cli.run("validate", broken.toString(), "--submission-date", "2026-10-15", "--workspace",
                dir.resolve("b.didw").toString(), "--issues", dir.resolve("issues.csv").toString());
        cli.run("validate", binary.toString(), "--submission-date", "2026-10-15");
        cli.run("export", dir.resolve("b.didw").toString(), "--out", dir.toString());
        cli.run("export", dir.resolve("b.didw").toString(), "--out", broken.toString());
        cli.run("export", dir.resolve("b.didw").toString(), "--out", dir.resolve("fixed.csv").toString());
        cli.run("export-log", dir.resolve("b.didw").toString(), "--out", dir.resolve("log.csv").toString());
        Files.writeString(dir.resolve("damaged.didw"), a + "\n" + b);
        cli.run("export", dir.resolve("damaged.didw").toString(), "--out", dir.resolve("x.csv").toString());

        String printed = cli.out() + cli.err();
        assertThat(printed).contains("broken.csv").contains("does not look like a text file");
        for (String value : PLANTED) {
            assertThat(printed).doesNotContain(value);
        }
        // the issues file is where values belong: it names them, which shows they were there to leak
        assertThat(Files.readString(dir.resolve("issues.csv"))).contains("9732552475");
    }
}
