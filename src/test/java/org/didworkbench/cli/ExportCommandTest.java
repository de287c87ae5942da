package org.didworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.didworkbench.App;
import org.didworkbench.service.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    private static final Path SAMPLE = Path.of("sample-data/did-v1-sample-2026-09.csv");

    @TempDir
    Path dir;

    private final App app = new App();
    private final CliRun cli = CliRun.eachRunAlone(app);



    private Path workspace() {
        Path src = dir.resolve("sample.csv");
        Path ws = dir.resolve("sample.didw");
        try {
            Files.copy(SAMPLE, src);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(cli.run("validate", src.toString(), "--submission-date", "2026-10-15", "--workspace", ws.toString(),
                "--quiet")).isEqualTo(Cli.REJECTED);
        return ws;
    }

    @Test
    void exportOfAnUneditedWorkspaceGivesTheSourceBackByteForByte() throws Exception {
        Path ws = workspace();
        Path corrected = dir.resolve("corrected.csv");

        assertThat(cli.run("export", ws.toString(), "--out", corrected.toString())).isEqualTo(Cli.ACCEPTED);

        assertThat(Files.readAllBytes(corrected)).isEqualTo(Files.readAllBytes(SAMPLE));
        assertThat(cli.out()).contains("Wrote " + corrected).contains("2,000 records from sample.csv, 0 edited cells")
                .contains("Would be rejected")
                .contains("The same as the file opened").doesNotContain("as a corrected file");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void exportWritesEditsAndExportLogListsThem() throws Exception {
        Path ws = workspace();
        try (Session s = app.sessionService().open(ws)) {
            s.setValue(1, 0, "9434765919", "checked on PAS");
            s.setValue(2, 0, "9732552476", "");
            s.undo();
        }
        Path corrected = dir.resolve("corrected.csv");
        assertThat(cli.run("export", ws.toString(), "--out", corrected.toString())).isEqualTo(Cli.ACCEPTED);
        assertThat(cli.out()).contains("Remembered in the submission library as a corrected file");
        List<String> lines = Files.readAllLines(corrected);
        List<String> original = Files.readAllLines(SAMPLE);
        assertThat(lines.get(0)).isEqualTo(original.get(0).replace("9994137778", "9434765919"));
        assertThat(lines.subList(1, lines.size())).isEqualTo(original.subList(1, original.size()));
        assertThat(cli.out()).contains("1 edited cell.");

        Path log = dir.resolve("log.csv");
        assertThat(cli.run("export-log", ws.toString(), "--out", log.toString())).isEqualTo(Cli.ACCEPTED);
        assertThat(cli.out()).contains("3 changes");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(log)).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("action", "time", "user", "kind",
                "reason", "state", "record", "line", "item", "old_value", "new_value");
        assertThat(rows).extracting(r -> r.get("kind") + "/" + r.get("state") + "/" + r.get("record") + "/"
                        + r.get("item") + "/" + r.get("old_value") + "/" + r.get("new_value"))
                .containsExactly("edit/applied/1/NHS_NUMBER/9994137778/9434765919",
                        "edit/undone/2/NHS_NUMBER/9990324786/9732552476",
                        "undo/done/2/NHS_NUMBER/9732552476/9990324786");
        assertThat(rows.get(0).get("reason")).isEqualTo("checked on PAS");
        assertThat(rows.get(0).get("user")).isEqualTo(System.getProperty("user.name"));
        assertThat(java.time.Instant.parse(rows.get(0).get("time"))).isNotNull();
    }

    @Test
    void refusesToReplaceTheSubmissionWithoutForce() throws Exception {
        Path ws = workspace();
        Path src = dir.resolve("sample.csv");
        try (Session s = app.sessionService().open(ws)) {
            s.setValue(1, 0, "9434765919", "");
        }
        byte[] before = Files.readAllBytes(src);

        assertThat(cli.run("export", ws.toString(), "--out", src.toString())).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("would replace the submission file sample.csv").contains("--force");
        assertThat(Files.readAllBytes(src)).isEqualTo(before);
        // the same file through another spelling of its path
        Path other = dir.resolve(".").resolve("sub").resolve("..").resolve("sample.csv");
        Files.createDirectories(dir.resolve("sub"));
        assertThat(cli.run("export", ws.toString(), "--out", other.toString())).isEqualTo(Cli.CANNOT_RUN);
        assertThat(Files.readAllBytes(src)).isEqualTo(before);

        assertThat(cli.run("export", ws.toString(), "--out", src.toString(), "--force")).isEqualTo(Cli.ACCEPTED);
        assertThat(Files.readString(src)).startsWith("9434765919,");
    }

    @Test
    void neverWritesOverTheWorkspace() throws Exception {
        Path ws = workspace();
        assertThat(cli.run("export", ws.toString(), "--out", ws.toString(), "--force")).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("cannot be written over the workspace");
        assertThat(cli.run("export-log", ws.toString(), "--out", ws + "-wal")).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.run("export", ws.toString(), "--out", dir.resolve("x.csv").toString())).isEqualTo(Cli.ACCEPTED);
    }

    @Test
    void clearMessagesForMissingArgumentsAndWorkspaces() {
        assertThat(cli.run("export")).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("name the workspace");
        assertThat(cli.run("export", dir.resolve("none.didw").toString())).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("--out");
        assertThat(cli.run("export", dir.resolve("none.didw").toString(), "--out", dir.resolve("o.csv").toString()))
                .isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("did-workbench export: There is no workspace at").doesNotContain("Exception");
        assertThat(cli.run("export-log", dir.resolve("none.didw").toString(), "--out", "x.csv"))
                .isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).startsWith("did-workbench export-log: ");
        assertThat(cli.run("help")).isEqualTo(Cli.ACCEPTED);
        assertThat(cli.out()).contains("export WORKSPACE --out FILE").contains("export-log WORKSPACE --out FILE.csv");
        assertThat(Cli.isCommand(new String[] {"export"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"export-log"})).isTrue();
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedWithoutAStackTrace() throws Exception {
        Path notWs = Files.writeString(dir.resolve("notes.didw"), "9434765919 lives at LS1 4AP");
        assertThat(cli.run("export", notWs.toString(), "--out", dir.resolve("o.csv").toString())).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("notes.didw").doesNotContain("9434765919").doesNotContain("\tat ");
    }
}
