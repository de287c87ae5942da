package org.didworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.didworkbench.App;
import org.didworkbench.service.ChangeEntry;
import org.didworkbench.service.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
    private static final Path SAMPLE = Path.of("sample-data/did-v1-sample-2026-09.csv");

    @TempDir
    Path dir;

    private final App app = new App();
    private final CliRun cli = CliRun.eachRunAlone(app);



    private Path workspace() throws Exception {
        Path src = dir.resolve("sample.csv");
        Path ws = dir.resolve("sample.didw");
        Files.copy(SAMPLE, src);
        assertThat(cli.run("validate", src.toString(), "--submission-date", "2026-10-15", "--workspace", ws.toString(),
                "--quiet")).isEqualTo(Cli.REJECTED);
        return ws;
    }

    @Test
    void withoutApplyItListsTheFixesAndChangesNothing() throws Exception {
        Path ws = workspace();

        assertThat(cli.run("fix", ws.toString(), "--rule", "DIDS017")).isEqualTo(Cli.ACCEPTED);

        assertThat(cli.out()).contains("Record 248 (line 248), POSTCODE OF USUAL ADDRESS: 'B134AB' -> 'B13 4AB'")
                .contains("6 values to fix for DIDS017; 0 ambiguous")
                .contains("--apply");
        try (Session s = app.sessionService().open(ws)) {
            assertThat(s.changeLog()).isEmpty();
            assertThat(s.issuesOfRule("DIDS017", 100)).hasSize(6);
        }
    }

    @Test
    void withApplyItMakesOneLoggedChangeThatClearsTheRule() throws Exception {
        Path ws = workspace();

        assertThat(cli.run("fix", ws.toString(), "--rule", "dids017", "--apply")).isEqualTo(Cli.ACCEPTED);

        assertThat(cli.out()).contains("Fixed 6 values for DIDS017, logged as 'fix DIDS017: postcode spacing and case'");
        try (Session s = app.sessionService().open(ws)) {
            assertThat(s.issuesOfRule("DIDS017", 100)).isEmpty();
            assertThat(s.changeLog()).hasSize(6).extracting(ChangeEntry::reason)
                    .containsOnly("fix DIDS017: postcode spacing and case");
            assertThat(s.changeLog()).extracting(ChangeEntry::action).containsOnly(s.changeLog().get(0).action());
        }
    }

    @Test
    void applyingWhenNothingIsLeftToFixLeavesNoEmptyStep() throws Exception {
        Path ws = workspace();
        assertThat(cli.run("fix", ws.toString(), "--rule", "DIDS017", "--apply")).isEqualTo(Cli.ACCEPTED);

        assertThat(cli.run("fix", ws.toString(), "--rule", "DIDS017", "--apply")).isEqualTo(Cli.ACCEPTED);

        assertThat(cli.out()).contains("Nothing to fix for DIDS017").contains("Nothing was changed");
        try (Session s = app.sessionService().open(ws)) {
            assertThat(s.changeLog()).hasSize(6).extracting(ChangeEntry::action)
                    .as("one action only: the second run logged nothing").containsOnly(s.changeLog().get(0).action());
        }
    }

    @Test
    void anAmbiguousDateIsLeftUntilTheUserGivesTheOrder() throws Exception {
        Path ws = workspace();

        assertThat(cli.run("fix", ws.toString(), "--rule", "DIDS045")).isEqualTo(Cli.ACCEPTED);
        assertThat(cli.out()).contains("'14/09/2026' -> '2026-09-14'").doesNotContain("11/09/2026")
                .contains("1 value to fix for DIDS045; 1 ambiguous");

        assertThat(cli.run("fix", ws.toString(), "--rule", "DIDS045", "--date-order", "dmy")).isEqualTo(Cli.ACCEPTED);
        assertThat(cli.out()).contains("'11/09/2026' -> '2026-09-11'").contains("2 values to fix for DIDS045; 0 ambiguous");
    }

    @Test
    void mistakesExitWithTwoAndOneClearLine() throws Exception {
        Path ws = workspace();

        assertThat(cli.run("fix", ws.toString())).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("--rule CODE");
        assertThat(cli.run("fix", ws.toString(), "--rule", "DIDS071")).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("no automatic fix for rule DIDS071");
        assertThat(cli.run("fix", ws.toString(), "--rule", "DIDS045", "--date-order", "ymd")).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("--date-order must be dmy");
        assertThat(cli.run("fix", "--rule", "DIDS017")).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("name the workspace to fix");
        assertThat(cli.run("fix", dir.resolve("missing.didw").toString(), "--rule", "DIDS017")).isEqualTo(Cli.CANNOT_RUN);
        assertThat(Cli.isCommand(new String[] {"fix"})).isTrue();
    }
}
