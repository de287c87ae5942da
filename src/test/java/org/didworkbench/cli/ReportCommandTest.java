package org.didworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.didworkbench.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} and {@code validate --report}: what a script sees. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = CliRun.runsTogether();


    @Test
    void validateWritesTheReportBeforeItsTemporaryWorkspaceGoes() throws Exception {
        Path report = dir.resolve("sample.html");
        int code = cli.run("validate", ValidateCommandTest.SAMPLE.toString(), "--submission-date", "2026-10-15",
                "--reference", ValidateCommandTest.REFERENCE.toString(), "--report", report.toString());
        assertThat(code).isEqualTo(Cli.REJECTED);
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains("Report written to " + report);
        assertThat(Files.readString(report)).contains("WOULD BE REJECTED", "did-v1-sample-2026-09.csv")
                .doesNotContain("Appendix");
    }

    @Test
    void reportWritesAPdfOfAKeptWorkspace() throws Exception {
        Path ws = dir.resolve("clean.didw");
        assertThat(cli.run("validate", ValidateCommandTest.CLEAN.toString(), "--submission-date", "2026-10-15",
                "--workspace", ws.toString(), "--quiet")).isEqualTo(Cli.ACCEPTED);
        Path pdf = dir.resolve("clean.pdf");
        int code = cli.run("report", ws.toString(), "--out", pdf.toString(), "--appendix");
        assertThat(cli.err()).isEmpty();
        assertThat(code).isEqualTo(Cli.ACCEPTED);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(cli.out()).contains("Report written to " + pdf);
    }

    @Test
    void aReportNameThatIsNeitherPdfNorHtmlIsRefusedBeforeAnyWork() {
        assertThat(cli.run("validate", ValidateCommandTest.SAMPLE.toString(), "--report", dir.resolve("r.docx").toString()))
                .isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("--report must name a .pdf or .html file, not 'r.docx'");
        assertThat(dir.resolve("r.docx")).doesNotExist();
    }

    @Test
    void appendixWithoutAReportIsAUsageError() {
        assertThat(cli.run("validate", ValidateCommandTest.SAMPLE.toString(), "--appendix")).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("--appendix adds to the report");
    }

    @Test
    void reportNeedsAWorkspaceThatExistsAndAnOutFile() {
        assertThat(cli.run("report", dir.resolve("none.didw").toString(), "--out", dir.resolve("r.pdf").toString()))
                .isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("there is no workspace at");
        assertThat(cli.run("report", dir.resolve("none.didw").toString())).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("--out FILE.pdf or --out FILE.html");
        assertThat(Cli.isCommand(new String[] {"report"})).isTrue();
    }
}
