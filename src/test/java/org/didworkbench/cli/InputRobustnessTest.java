package org.didworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.didworkbench.App;
import org.didworkbench.io.SubmissionCharsets;
import org.didworkbench.service.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Awkward input end to end through {@code validate --workspace} and {@code export}: each file gives either a
 * sound workspace whose export is the file again, or exit status 2 with one plain line naming the file (and the
 * line, where there is one) and no workspace left behind; never a stack trace, never a changed input file.
 */
class InputRobustnessTest {
    /** A clean DID v1 record (synthetic). */
    static final String CLEAN = "9434765919,01,1967-04-01,A,1,B30 2UQ,P81029,04,G2427403,P81029,2026-09-23,"
            + "2026-09-23,2026-09-23,XANKL,,2026-09-24,RZZ01,RZZ01-0000001";

    @TempDir
    Path dir;

    private final App app = new App();
    private final CliRun cli = CliRun.eachRunAlone(app);



    static String record(int n) {
        return CLEAN.replace("RZZ01-0000001", String.format("RZZ01-%07d", n));
    }

    /** What validating and exporting a file gave. */
    record Outcome(int exit, String out, String err, Path workspace) {
    }

    /** Validates into a workspace; when that worked, exports it and checks the export is the file again. */
    private Outcome check(Path file) throws Exception {
        byte[] before = Files.exists(file) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        Path ws = dir.resolve(file.getFileName() + ".didw");
        int exit = cli.run("validate", file.toString(), "--submission-date", "2026-10-15", "--workspace", ws.toString());
        Outcome o = new Outcome(exit, cli.out(), cli.err(), ws);
        assertThat(o.err()).doesNotContain("\tat ").doesNotContain("Exception");
        if (before != null) {
            assertThat(Files.readAllBytes(file)).as("the input is never changed").isEqualTo(before);
        }
        if (exit == Cli.CANNOT_RUN) {
            assertThat(o.err().lines().count()).as("one line: %s", o.err()).isEqualTo(1);
            assertThat(ws).as("no workspace is left").doesNotExist();
            assertThat(Path.of(ws + ".part")).doesNotExist();
            return o;
        }
        assertThat(exit).isIn(Cli.ACCEPTED, Cli.REJECTED);
        assertThat(o.err()).isEmpty();
        try (Session s = app.sessionService().open(ws)) {
            assertThat(s.counts().records()).isPositive();
        }
        Path exported = dir.resolve(file.getFileName() + ".out");
        assertThat(cli.run("export", ws.toString(), "--out", exported.toString())).isEqualTo(Cli.ACCEPTED);
        assertThat(sha256(exported)).as("export of the untouched workspace").isEqualTo(sha256(file));
        return o;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void utf8AndWindows1252AreDetectedAndReported() throws Exception {
        Outcome utf8 = check(write("utf8.csv", record(1).replace("B30 2UQ", "B30 2UQ") + "\n"
                + record(2).replace("G2427403", "Gé") + "\n"));
        assertThat(utf8.out()).contains("UTF-8, comma, LF line endings");

        byte[] w1252 = (record(1) + "\r\n" + record(2).replace("XANKL", "X£é\u0081") + "\r\n")
                .getBytes(SubmissionCharsets.WINDOWS_1252);
        Outcome cp = check(write("w1252.csv", w1252));
        assertThat(cp.out()).contains("Windows-1252, comma, CRLF line endings");
    }

    @Test
    void byteOrderMarkAndEveryLineEnding() throws Exception {
        byte[] body = (record(1) + "\r\n" + record(2) + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        assertThat(check(write("bom.csv", bom)).out()).contains("UTF-8 with BOM");
        assertThat(check(write("lf.csv", record(1) + "\n" + record(2) + "\n")).out()).contains("LF line endings");
        assertThat(check(write("cr.csv", record(1) + "\r" + record(2) + "\r")).out()).contains("CR line endings");
        assertThat(check(write("mixed.csv", record(1) + "\r\n" + record(2) + "\n" + record(3) + "\r\n")).out())
                .contains("mixed line endings (mostly CRLF)");
        assertThat(check(write("nofinal.csv", record(1) + "\n" + record(2))).out())
                .contains("no line break at the end");
    }

    @Test
    void quotedFieldsBlankLinesAndTrailingEmptyLines() throws Exception {
        String quoted = record(1).replace("G2427403", "\"G24, \"\"27\"\"\n403\"");
        Outcome o = check(write("quoted.csv", "\n  \n" + quoted + "\r\n\r\n" + record(2) + "\n\n\n   \n"));
        assertThat(o.out()).contains("Records:         2 ");
        try (Session s = app.sessionService().open(o.workspace())) {
            assertThat(s.record(1).value(8)).isEqualTo("G24, \"27\"\n403");
            assertThat(s.record(2).line()).isEqualTo(6);
        }
    }

    @Test
    void aVeryLongFieldIsKeptAndFlaggedWithItsLine() throws Exception {
        String huge = "x".repeat(17 << 20);
        Outcome o = check(write("long.csv", record(1) + "\n" + record(2).replace("G2427403", huge) + "\n" + record(3)
                + "\n"));
        assertThat(o.exit()).isEqualTo(Cli.REJECTED);
        try (Session s = app.sessionService().open(o.workspace())) {
            assertThat(s.record(2).defect()).contains("longer than 16 MiB");
            assertThat(s.record(2).issues()).singleElement().satisfies(i -> {
                assertThat(i.line()).isEqualTo(2);
                assertThat(i.message()).contains("longer than 16 MiB");
            });
            // Records 1 and 3 are the same examination, which the workbench flags (a DQW warning);
            // nationally record 3 is clean.
            assertThat(s.record(3).issues()).allSatisfy(i -> assertThat(i.rule()).startsWith("DQW-"));
        }
    }

    @Test
    void nulBytesNearTheStartAreRefusedAndLaterOnesFlagTheirRecord() throws Exception {
        Outcome head = check(write("nul.csv", record(1) + "\n" + record(2).replace("P81029", "P8\0\0") + "\n"));
        assertThat(head.exit()).isEqualTo(Cli.CANNOT_RUN);
        assertThat(head.err()).contains("nul.csv").contains("NUL bytes at line 2");

        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 800; i++) {
            b.append(record(i)).append('\n');
        }
        b.append(record(801).replace("P81029", "P8\0")).append('\n');
        Outcome late = check(write("late-nul.csv", b.toString()));
        assertThat(late.exit()).isEqualTo(Cli.REJECTED);
        try (Session s = app.sessionService().open(late.workspace())) {
            assertThat(s.record(801).defect()).contains("NUL character (byte 0) on line 801");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void binaryJunkGivesAClearRefusalOrASoundWorkspace(long seed) throws Exception {
        byte[] junk = new byte[4096 * (int) seed];
        new Random(seed).nextBytes(junk);
        if (seed % 2 == 0) {
            // junk after a plausible start: the probe's head check passes, the records are broken
            byte[] start = (record(1) + "\n").repeat(700).getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[start.length + junk.length];
            System.arraycopy(start, 0, all, 0, start.length);
            System.arraycopy(junk, 0, all, start.length, junk.length);
            junk = all;
        }
        Outcome o = check(write("junk" + seed + ".csv", junk));
        if (o.exit() == Cli.CANNOT_RUN) {
            assertThat(o.err()).contains("junk" + seed + ".csv").contains("does not look like a text file");
        }
    }

    @Test
    void emptyFilesFoldersAndMissingFilesAreRefusedClearly() throws Exception {
        assertThat(check(write("empty.csv", new byte[0])).err())
                .isEqualTo("did-workbench validate: empty.csv is empty: there are no records to check.\n");
        assertThat(check(write("blank.csv", "\n \n\n")).err()).contains("blank.csv has no records to check");
        assertThat(check(write("header-only.csv", String.join(",", headerNames()) + "\n")).err())
                .contains("only a header row");
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        assertThat(check(folder).err()).contains("'folder.csv' is a folder");
        assertThat(check(dir.resolve("missing.csv")).err()).contains("missing.csv cannot be found");
    }

    @Test
    void anUnreadableFileIsRefusedClearly() throws Exception {
        Path file = write("locked.csv", record(1) + "\n");
        file.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file),
                "running as a user who can read any file (root): permissions cannot be tested here");
        Outcome o = check(file);
        assertThat(o.exit()).isEqualTo(Cli.CANNOT_RUN);
        assertThat(o.err()).contains("locked.csv cannot be read: permission denied");
    }

    private static List<String> headerNames() {
        List<String> names = new ArrayList<>();
        for (var item : org.didworkbench.domain.rules.did.DidV1Profile.create().items()) {
            names.add(item.name());
        }
        return names;
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
