package org.didworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.didworkbench.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate command's published contract: exit codes, the issues CSV and the summary JSON. */
class ValidateCommandTest {
    static final Path SAMPLE = Path.of("sample-data/did-v1-sample-2026-09.csv");
    static final Path CLEAN = Path.of("sample-data/did-v1-clean-2026-09.csv");
    static final Path REFERENCE = Path.of("sample-data/reference");
    static final String CLEAN_ROW = "9434765919,01,1950-03-14,A,2,LS1 4HR,P81001,04,G1234567,P81001,2026-09-01,"
            + "2026-09-02,2026-09-20,XCHES,,2026-09-21,RZZ01,ACC0001";

    @TempDir
    Path dir;

    private final CliRun cli = CliRun.runsTogether();


    private static List<CSVRecord> csv(Path file) throws Exception {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file))) {
            return parser.getRecords();
        }
    }

    @Test
    void sampleIsRejectedAndEveryOutputAgrees() throws Exception {
        Path issues = dir.resolve("issues.csv");
        Path summary = dir.resolve("summary.json");
        int code = cli.run("validate", SAMPLE.toString(), "--submission-date", "2026-10-15", "--reference",
                REFERENCE.toString(), "--issues", issues.toString(), "--summary", summary.toString());

        assertThat(code).isEqualTo(1);
        assertThat(cli.err()).isEmpty();
        assertThat(Files.readAllLines(issues).get(0)).isEqualTo("record,line,field,rule,severity,value,message");
        List<CSVRecord> rows = csv(issues);
        JsonNode json = new ObjectMapper().readTree(summary.toFile());
        assertThat(json.get("records").asLong()).isEqualTo(2000);
        assertThat(json.get("verdict").asText()).isEqualTo("rejected");
        assertThat(json.get("profile").asText()).isEqualTo("did-v1");
        assertThat(json.get("notChecked")).isEmpty();

        Map<String, Long> counted = new HashMap<>();
        long errors = 0;
        for (CSVRecord r : rows) {
            counted.merge(r.get("rule"), 1L, Long::sum);
            if (r.get("severity").equals("error")) {
                errors++;
            }
            assertThat(r.get("severity")).isIn("error", "warning");
            assertThat(Long.parseLong(r.get("record"))).isBetween(1L, 2000L);
            assertThat(r.get("message")).isNotBlank();
        }
        assertThat(json.get("errors").asLong()).isEqualTo(errors);
        json.get("byRule").fields().forEachRemaining(e ->
                assertThat(counted.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue().asLong()));
        assertThat(counted.keySet()).hasSize(json.get("byRule").size());
        for (String item : List.of("NHS_NUMBER", "POSTCODE", "RADIOLOGICAL_ACCESSION_NUM")) {
            JsonNode q = json.get("items").get(item);
            assertThat(q.get("completeness").asDouble()).isBetween(0.0, 1.0);
            assertThat(q.get("validity").asDouble()).isBetween(0.0, 1.0);
            assertThat(q.get("defaultRate").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(cli.out()).contains("Would be rejected");
    }

    @Test
    void duplicateAccessionGivesARowForEveryRecordInvolved() throws Exception {
        Path file = dir.resolve("dups.csv");
        String other = CLEAN_ROW.replace("ACC0001", "ACC0002");
        Files.writeString(file, CLEAN_ROW + "\n" + other + "\n" + CLEAN_ROW.replace(",ACC0001", ", ACC0001 ") + "\n");
        Path issues = dir.resolve("issues.csv");
        int code = cli.run("validate", file.toString(), "--submission-date", "2026-10-15", "--issues", issues.toString());
        assertThat(code).isEqualTo(1);
        List<CSVRecord> dup = csv(issues).stream().filter(r -> r.get("rule").equals("DIDS071")).toList();
        assertThat(dup).extracting(r -> r.get("record")).containsExactly("1", "3");
        assertThat(dup.get(0).get("field")).isEqualTo("RADIOLOGICAL_ACCESSION_NUM|SITE_CODE_IMAGING");
        assertThat(dup.get(0).get("message")).contains("line 3");
    }

    @Test
    void cleanFileIsAcceptedWithExitZero() throws Exception {
        Path summary = dir.resolve("s.json");
        int code = cli.run("validate", CLEAN.toString(), "--submission-date", "2026-10-15", "--reference",
                REFERENCE.toString(), "--summary", summary.toString(), "--quiet");
        assertThat(code).isZero();
        assertThat(cli.out()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(summary.toFile());
        assertThat(json.get("verdict").asText()).isEqualTo("accepted");
        assertThat(json.get("errors").asLong()).isZero();
    }

    @Test
    void headerRowIsDetectedSkippedAndNotCounted() throws Exception {
        Path file = dir.resolve("with-header.csv");
        String header = "nhs_number,NHS_NUMBER_STATUS_IND,PERSON_BIRTH_DATE,ETHNIC_CATEGORY,PERSON_GENDER_CODE,POSTCODE,"
                + "PRACTICE_CODE,PATIENT_SOURCE_SETTING,REFERRER,REFERRING_ORG_CODE,DIAGNOSTIC_TEST_REQUEST_DATE,"
                + "DIAG_TEST_REQUEST_REC_DATE,DIAGNOSTIC_TEST_DATE,IMAGING_CODE_NICIP,IMAGING_CODE_SNOMED,"
                + "SERVICE_REPORT_DATE,SITE_CODE_IMAGING,RADIOLOGICAL_ACCESSION_NUM";
        Files.writeString(file, header + "\r\n" + CLEAN_ROW + "\r\n" + CLEAN_ROW.replace("9434765919", "9434765918")
                .replace("ACC0001", "ACC0002") + "\r\n");
        Path issues = dir.resolve("i.csv");
        Path summary = dir.resolve("s.json");
        int code = cli.run("validate", file.toString(), "--submission-date", "2026-10-15", "--issues", issues.toString(),
                "--summary", summary.toString());
        assertThat(code).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(summary.toFile()).get("records").asLong()).isEqualTo(2);
        List<CSVRecord> rows = csv(issues);
        assertThat(rows).filteredOn(r -> r.get("rule").equals("DIDS001")).singleElement().satisfies(r -> {
            assertThat(r.get("record")).isEqualTo("2");
            assertThat(r.get("line")).isEqualTo("3");
        });
        assertThat(cli.out()).contains("header row");
    }

    @Test
    void recordsOfSeventeenAndNineteenFieldsAreReportedAndTheRestStillChecked() throws Exception {
        Path file = dir.resolve("shape.csv");
        String seventeen = CLEAN_ROW.substring(0, CLEAN_ROW.lastIndexOf(','));
        String nineteen = CLEAN_ROW.replace("ACC0001", "ACC0003") + ",EXTRA";
        String badNhs = CLEAN_ROW.replace("9434765919", "9434765918").replace("ACC0001", "ACC0004");
        Files.writeString(file, seventeen + "\n" + CLEAN_ROW + "\n" + nineteen + "\n" + badNhs + "\n");
        Path issues = dir.resolve("i.csv");
        assertThat(cli.run("validate", file.toString(), "--submission-date", "2026-10-15", "--issues", issues.toString()))
                .isEqualTo(1);
        List<CSVRecord> rows = csv(issues);
        assertThat(rows).filteredOn(r -> r.get("rule").equals("DIDS075"))
                .extracting(r -> r.get("record")).containsExactly("1", "3");
        assertThat(rows).filteredOn(r -> r.get("rule").equals("DIDS001"))
                .extracting(r -> r.get("record")).containsExactly("4");
    }

    @Test
    void withoutReferenceDataTheReferenceRulesAreNotCheckedNotPassed() throws Exception {
        Path summary = dir.resolve("s.json");
        cli.run("validate", CLEAN.toString(), "--submission-date", "2026-10-15", "--summary", summary.toString());
        List<String> notChecked = new ArrayList<>();
        new ObjectMapper().readTree(summary.toFile()).get("notChecked").forEach(n -> notChecked.add(n.asText()));
        assertThat(notChecked).contains("DIDS016", "DIDS018", "DIDS024", "DIDS057", "DIDS059", "DIDS068", "DIDS077",
                "DIDS078", "DIDS079", "DIDS080", "DIDS081", "DIDS082");
        assertThat(cli.out()).contains("Not checked");
    }

    @Test
    void aMissingFileIsExitTwoWithOneClearLine() {
        int code = cli.run("validate", dir.resolve("nope.csv").toString());
        assertThat(code).isEqualTo(2);
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.err()).contains("nope.csv").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badOptionsAreExitTwo() {
        assertThat(cli.run("validate", SAMPLE.toString(), "--submission-date", "15/10/2026")).isEqualTo(2);
        assertThat(cli.err()).contains("YYYY-MM-DD");
        assertThat(cli.run("validate", SAMPLE.toString(), "--header", "maybe")).isEqualTo(2);
        assertThat(cli.run("validate", SAMPLE.toString(), "--frobnicate")).isEqualTo(2);
        assertThat(cli.run("validate")).isEqualTo(2);
        assertThat(cli.run("validate", SAMPLE.toString(), "--profile", "did-v9")).isEqualTo(2);
        assertThat(cli.err()).contains("did-v9").doesNotContain("Exception");
    }

    @Test
    void keepsTheWorkspaceWhenAsked() {
        Path ws = dir.resolve("kept.didw");
        cli.run("validate", CLEAN.toString(), "--submission-date", "2026-10-15", "--workspace", ws.toString(), "--quiet");
        assertThat(ws).isRegularFile();
        assertThat(cli.run("validate", CLEAN.toString(), "--workspace", ws.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("already exists");
    }

    @Test
    void theSizedChildJvmPassesTheExitStatusOn() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.didworkbench.Main",
                "validate", SAMPLE.toString(), "--submission-date", "2026-10-15", "--quiet")
                .redirectErrorStream(true);
        pb.environment().remove("DIDW_NO_RELAUNCH");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isEqualTo(1);
    }

    @Test
    void validateNeverLoadsTheJavaFxToolkit() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), "org.didworkbench.Main",
                "validate", CLEAN.toString(), "--submission-date", "2026-10-15", "--quiet")
                .redirectErrorStream(true);
        pb.environment().put("DIDW_NO_RELAUNCH", "1");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(output).contains("org.didworkbench.cli.ValidateCommand").doesNotContain("javafx.");
    }
}
