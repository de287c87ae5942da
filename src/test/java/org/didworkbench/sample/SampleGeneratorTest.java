package org.didworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleGeneratorTest {
    @TempDir
    static Path reference;

    @BeforeAll
    static void writeReference() throws IOException {
        SampleGenerator.writeReference(reference);
    }

    private static String generate(GeneratorOptions o) throws IOException {
        StringWriter w = new StringWriter();
        SampleGenerator.write(o, w);
        return w.toString();
    }

    private static List<String> lines(String text) {
        assertThat(text).doesNotContain("\r");
        if (text.isEmpty()) {
            return List.of();
        }
        assertThat(text).endsWith("\n");
        return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    }

    @Test
    void theSameOptionsGiveTheSameBytes() throws IOException {
        GeneratorOptions o = GeneratorOptions.defaults(3000);
        assertThat(generate(o)).isEqualTo(generate(o));
    }

    @Test
    void anotherSeedGivesOtherRecords() throws IOException {
        List<String> a = lines(generate(GeneratorOptions.defaults(500)));
        List<String> b = lines(generate(GeneratorOptions.defaults(500).withSeed(7)));
        assertThat(a).hasSize(500);
        assertThat(b).hasSize(500);
        assertThat(a.get(0)).isNotEqualTo(b.get(0));
        assertThat(b).doesNotContainAnyElementsOf(a);
    }

    @Test
    void aHeaderIsOneLineOfTheFieldNamesInFrontOfTheSameRecords() throws IOException {
        List<String> plain = lines(generate(GeneratorOptions.defaults(200)));
        List<String> headed = lines(generate(GeneratorOptions.defaults(200).withHeader(true)));
        assertThat(headed.get(0)).isEqualTo("NHS_NUMBER,NHS_NUMBER_STATUS_IND,PERSON_BIRTH_DATE,ETHNIC_CATEGORY,"
                + "PERSON_GENDER_CODE,POSTCODE,PRACTICE_CODE,PATIENT_SOURCE_SETTING,REFERRER,REFERRING_ORG_CODE,"
                + "DIAGNOSTIC_TEST_REQUEST_DATE,DIAG_TEST_REQUEST_REC_DATE,DIAGNOSTIC_TEST_DATE,IMAGING_CODE_NICIP,"
                + "IMAGING_CODE_SNOMED,SERVICE_REPORT_DATE,SITE_CODE_IMAGING,RADIOLOGICAL_ACCESSION_NUM");
        assertThat(headed.subList(1, headed.size())).isEqualTo(plain);
    }

    @Test
    void zeroRecordsIsAnEmptyFile() throws IOException {
        assertThat(generate(GeneratorOptions.defaults(0))).isEmpty();
    }

    @Test
    void everyRecordOfTheCleanMixIsClean() throws IOException {
        GeneratorOptions o = GeneratorOptions.defaults(10_000).withProblems(ProblemMix.NONE);
        SampleRecordClassifier c = new SampleRecordClassifier(reference, o);
        List<String> all = lines(generate(o));
        assertThat(all).hasSize(10_000);
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            String[] f = line.split(",", -1);
            // the basic shape, spelt out: 18 fields, mod 11, ISO dates, Verhoeff
            assertThat(f).as("line %d", i + 1).hasSize(18);
            assertThat(SampleRecordClassifier.mod11(f[0])).as("NHS number on line %d", i + 1).isTrue();
            for (int k : new int[] {2, 10, 11, 12}) {
                assertThat(LocalDate.parse(f[k])).isNotNull();
            }
            if (!f[14].isEmpty()) {
                assertThat(SampleRecordClassifier.verhoeff(f[14])).as("SCTID on line %d", i + 1).isTrue();
            }
            SampleRecordClassifier.Result r = c.classify(line);
            assertThat(r.clean()).as("line %d: %s -> %s", i + 1, line, r).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} submitted {1}")
    @CsvSource({"2027-01,2027-02-03", "2027-02,2027-03-31", "2026-12,2027-01-15", "2024-02,2024-03-12"})
    void cleanRecordsStayCleanInOtherMonths(String month, String submitted) throws IOException {
        GeneratorOptions o = GeneratorOptions.defaults(3000).withProblems(ProblemMix.NONE)
                .withActivity(YearMonth.parse(month), LocalDate.parse(submitted));
        SampleRecordClassifier c = new SampleRecordClassifier(reference, o);
        for (String line : lines(generate(o))) {
            SampleRecordClassifier.Result r = c.classify(line);
            assertThat(r.clean()).as("%s -> %s", line, r).isTrue();
        }
    }

    @Test
    void eachRealisticRecordCarriesExactlyItsScheduledProblemAndNothingElse() throws IOException {
        GeneratorOptions o = GeneratorOptions.defaults(10_000);
        SampleRecordClassifier c = new SampleRecordClassifier(reference, o);
        ProblemSchedule schedule = new ProblemSchedule(o.seed(), o.problems());
        List<String> all = lines(generate(o));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Problem expected = schedule.at(i);
            SampleRecordClassifier.Result r = c.classify(all.get(i));
            boolean ok = r.unexplained().isEmpty()
                    && (expected == null ? r.problems().isEmpty() : r.problems().equals(java.util.Set.of(expected)));
            if (!ok) {
                failures.add("line " + (i + 1) + " expected " + expected + " got " + r + ": " + all.get(i));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void problemRatesAreTheDocumentedMixAndTheSummarySaysSo() throws IOException {
        GeneratorOptions o = GeneratorOptions.defaults(10_000).withSeed(99);
        StringWriter w = new StringWriter();
        GenerationSummary summary = SampleGenerator.write(o, w);
        SampleRecordClassifier c = new SampleRecordClassifier(reference, o);
        Map<Problem, Long> seen = new EnumMap<>(Problem.class);
        for (String line : lines(w.toString())) {
            c.classify(line).problems().forEach(p -> seen.merge(p, 1L, Long::sum));
        }
        for (Problem p : Problem.values()) {
            assertThat(seen.get(p)).as(p.name()).isEqualTo(10L * p.perThousand());
            assertThat(summary.count(p)).as(p.name()).isEqualTo(10L * p.perThousand());
        }
        assertThat(summary.records()).isEqualTo(10_000);
        double share = summary.problemRecords() / 10_000.0;
        assertThat(share).isBetween(0.03, 0.06);
        assertThat(Problem.totalPerThousand() * 10L).isEqualTo(summary.problemRecords());
    }

    @Test
    void aTwoThousandRecordFileHoldsEveryKindOfProblem() throws IOException {
        GenerationSummary s = SampleGenerator.write(GeneratorOptions.defaults(2000), new StringWriter());
        assertThat(s.problems().keySet()).containsExactlyInAnyOrder(Problem.values());
    }

    @Test
    void waitsAndTurnaroundsLookLikeTheModality() throws IOException {
        GeneratorOptions o = GeneratorOptions.defaults(20_000).withProblems(ProblemMix.NONE);
        Map<Character, List<Integer>> electiveWaits = new java.util.HashMap<>();
        Map<Character, List<Integer>> turnaround = new java.util.HashMap<>();
        Map<String, Integer> sources = new java.util.HashMap<>();
        int status01 = 0;
        for (String line : lines(generate(o))) {
            String[] f = line.split(",", -1);
            char modality = modality(f);
            LocalDate test = LocalDate.parse(f[12]);
            sources.merge(f[7], 1, Integer::sum);
            status01 += f[1].equals("01") ? 1 : 0;
            if (f[7].equals("03") || f[7].equals("04")) {
                electiveWaits.computeIfAbsent(modality, k -> new ArrayList<>())
                        .add((int) (test.toEpochDay() - LocalDate.parse(f[11]).toEpochDay()));
            }
            if (!f[15].isEmpty()) {
                turnaround.computeIfAbsent(modality, k -> new ArrayList<>())
                        .add((int) (LocalDate.parse(f[15]).toEpochDay() - test.toEpochDay()));
            }
        }
        assertThat(median(electiveWaits.get('X'))).isLessThanOrEqualTo(1);
        assertThat(median(electiveWaits.get('C'))).isBetween(12, 24);
        assertThat(median(electiveWaits.get('M'))).isBetween(14, 24);
        assertThat(median(electiveWaits.get('U'))).isBetween(10, 18);
        assertThat(Math.max(max(electiveWaits.get('C')), max(electiveWaits.get('M')))).isGreaterThan(60);
        assertThat(max(turnaround.get('X'))).isLessThanOrEqualTo(7);
        assertThat(max(turnaround.get('C'))).isLessThanOrEqualTo(7);
        assertThat(median(turnaround.get('X'))).isLessThanOrEqualTo(1);
        assertThat(status01).isGreaterThan(18_000);
        assertThat(sources.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(2).map(Map.Entry::getKey)).containsExactlyInAnyOrder("03", "04");
    }

    private static char modality(String[] f) {
        if (!f[13].isEmpty()) {
            return f[13].charAt(0);
        }
        return new SyntheticWorld().imagingRows().stream().filter(r -> r.sctId().equals(f[14])).findFirst()
                .orElseThrow().nicip().charAt(0);
    }

    private static int median(List<Integer> v) {
        List<Integer> s = v.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    private static int max(List<Integer> v) {
        return v.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    @Test
    void writingToAPathCreatesTheFolderAndReturnsTheSummary(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("a/b/file.csv");
        GenerationSummary s = SampleGenerator.write(GeneratorOptions.defaults(1000), out);
        assertThat(Files.readString(out)).isEqualTo(generate(GeneratorOptions.defaults(1000)));
        assertThat(s.problemRecords()).isEqualTo(Problem.totalPerThousand());
    }

    @Test
    void optionsRefuseASubmissionDateInsideTheActivityMonth() {
        assertThatThrownBy(() -> GeneratorOptions.defaults(1).withActivity(YearMonth.of(2026, 9),
                LocalDate.of(2026, 9, 30))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GeneratorOptions.defaults(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theClassifierNoticesARecordThatIsNotClean() throws IOException {
        GeneratorOptions o = GeneratorOptions.defaults(1).withProblems(ProblemMix.NONE);
        String line = lines(generate(o)).get(0);
        String[] f = line.split(",", -1);
        assertThat(new SampleRecordClassifier(reference, o).classify(line).clean()).isTrue();

        String[] late = f.clone();
        late[11] = LocalDate.parse(f[12]).plusDays(1).toString(); // received after the test
        assertThat(new SampleRecordClassifier(reference, o).classify(String.join(",", late)).unexplained())
                .contains("received after test");

        String[] unknownSite = f.clone();
        unknownSite[16] = "RZZ05";
        assertThat(new SampleRecordClassifier(reference, o).classify(String.join(",", unknownSite)).unexplained())
                .contains("unknown site");
    }
}
