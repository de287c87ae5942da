package org.didworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.didworkbench.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing a profile on the command line: {@code profiles}, {@code --profile ID|FILE.json}, and what is shown. */
class ProfilesCommandTest {
    private static final Path V2_SAMPLE = Path.of("sample-data/dids-v2-sample-2026-10.csv");

    @TempDir
    Path dir;

    private final CliRun cli = CliRun.runsTogether();


    @Test
    void profilesListsTheBuiltInsWithTheirStatus() {
        assertThat(cli.run("profiles")).isZero();

        assertThat(cli.out()).containsPattern("did-v1 +DID v1 \\(DIDS v1.0\\) +built-in +18 +\\d+ +-")
                .containsPattern("dids-v2 +DIDS v2.0 \\(provisional\\) +built-in, provisional +21 +\\d+ +\\d+ items,"
                        + " \\d+ rules");
    }

    @Test
    void profilesPrintsABuiltInFileToCopy() throws Exception {
        assertThat(cli.run("profiles", "--print", "dids-v2")).isZero();

        assertThat(cli.out()).startsWith("{").contains("\"id\": \"dids-v2\"");
        Path copy = dir.resolve("copy.json");
        Files.writeString(copy, cli.out());
        cli.reset();
        assertThat(cli.run("profiles", copy.toString())).isZero();
        assertThat(cli.out()).contains("file copy.json, provisional");
    }

    @Test
    void profilesChecksANamedFileAndReportsItsMistakesWithLines() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"formatVersion": 1, "id": "bad", "title": "Bad", "structureRule": "S",
                 "items": [{"name": "A", "ddName": "A", "format": "an1", "mandation": "M"}],
                 "rules": [
                   {"kind": "requierd", "code": "R1", "severity": "error", "item": "A"}
                 ]}
                """);

        assertThat(cli.run("profiles", bad.toString())).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("did-workbench profiles: bad.json line 4:"
                + " rules[0].kind 'requierd' is not a rule kind;").contains("(did you mean 'required'?)");
    }

    @Test
    void theV2SampleValidatesWithTheProvisionalProfileNamedAndSaysSo() throws Exception {
        Path summary = dir.resolve("s.json");
        int code = cli.run("validate", V2_SAMPLE.toString(), "--profile", "dids-v2", "--submission-date", "2026-11-16",
                "--reference", "sample-data/reference", "--summary", summary.toString());

        assertThat(code).isEqualTo(Cli.REJECTED);
        assertThat(cli.out()).contains("Profile:         DIDS v2.0 (provisional) (dids-v2; built-in, provisional)")
                .contains("Chosen:          chosen by name")
                .contains("PROVISIONAL:").contains("DIDS00300302").contains("V2-START-FORMAT");
        JsonNode s = new ObjectMapper().readTree(summary.toFile());
        assertThat(s.get("profile").asText()).isEqualTo("dids-v2");
        assertThat(s.get("provisional").asBoolean()).isTrue();
        assertThat(s.get("profileSource").asText()).isEqualTo("built-in");
        assertThat(s.get("provisionalItems")).isNotEmpty();
        assertThat(s.at("/rules/DIDSREJ012/provisional").asBoolean()).isTrue();
        assertThat(s.at("/rules/DIDS00300302/provisional").asBoolean()).isFalse();
    }

    @Test
    void aProfileFileCanBeNamedAndIsShownAsAFile() throws Exception {
        // A provider's copy of the v2 profile: same file, its own id.
        String json = new String(App.class.getResourceAsStream("/org/didworkbench/profiles/dids-v2.json")
                .readAllBytes(), StandardCharsets.UTF_8).replace("\"id\": \"dids-v2\"", "\"id\": \"dids-v2-rzz\"");
        Path file = dir.resolve("rzz.json");
        Files.writeString(file, json);
        Path summary = dir.resolve("s.json");

        int code = cli.run("validate", V2_SAMPLE.toString(), "--profile", file.toString(), "--submission-date",
                "2026-11-16", "--summary", summary.toString());

        assertThat(code).isEqualTo(Cli.REJECTED);
        assertThat(cli.out()).contains("(dids-v2-rzz; file rzz.json, provisional)")
                .contains("Chosen:          chosen: the profile file rzz.json");
        JsonNode s = new ObjectMapper().readTree(summary.toFile());
        assertThat(s.get("profileSource").asText()).isEqualTo("file");
        assertThat(s.get("profileFile").asText()).isEqualTo("rzz.json");
    }

    @Test
    void theWorkedExampleOfDocsProfilesRunsAsTheDocsSay() throws Exception {
        Path issues = dir.resolve("i.csv");
        int code = cli.run("validate", "docs/examples/rzz-ris-export.csv", "--profile", "docs/examples/dids-v2-rzz.json",
                "--submission-date", "2026-11-16", "--issues", issues.toString());

        assertThat(code).isEqualTo(Cli.REJECTED);
        List<String> rows = Files.readAllLines(issues);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("2,3,CLOCK_START_DATE|ACTIVITY_CATEGORY,ETOS-EX-13,error,");
        assertThat(rows.get(2)).startsWith("2,3,RADIOLOGICAL_ACCESSION_NUM,V2-ACCESSION-LENGTH,error,RZZ01-0000002-ADD,");
        assertThat(rows.get(3)).isEqualTo("3,4,ACTIVITY_CATEGORY,ETOS-EX-12,error,01,\"ETOS-EX-12: DIAGNOSTIC IMAGING"
                + " ACTIVITY CATEGORY '01' is not WL, PL or UN (accession RZZ02-0000001).\"");
    }

    @Test
    void aBrokenProfileFileStopsValidateWithTheLine() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"formatVersion\": 1,\n  \"id\": \"x\",\n}\n");

        assertThat(cli.run("validate", V2_SAMPLE.toString(), "--profile", file.toString())).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).startsWith("did-workbench validate: broken.json line 4: is not"
                + " valid JSON:");
    }

    @Test
    void anUnknownProfileIdNamesTheKnownOnes() {
        assertThat(cli.run("validate", V2_SAMPLE.toString(), "--profile", "dids-v3")).isEqualTo(Cli.CANNOT_RUN);
        assertThat(cli.err()).contains("Unknown profile 'dids-v3'. Known profiles: did-v1,"
                + " dids-v2; or name a profile file ending .json.");
    }
}
