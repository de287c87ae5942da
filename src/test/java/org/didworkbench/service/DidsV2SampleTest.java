package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.domain.outliers.OutlierSettings;
import org.didworkbench.sample.CommittedSamples;
import org.didworkbench.sample.V2SampleGenerator;
import org.didworkbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed DIDS v2.0 sample, opened with profile detection: it is recognised as dids-v2 by its
 * header, and the provisional profile reports exactly the deliberate problems the generator placed.
 */
class DidsV2SampleTest {
    private static final Path SAMPLE = Path.of("sample-data", CommittedSamples.V2_FILE);

    @TempDir
    Path dir;

    @Test
    void theSampleIsDetectedAndEveryPlacedProblemIsReported() throws Exception {
        ProfileCatalogue catalogue = ProfileCatalogue.builtIn();
        ImportService imports = new ImportService(catalogue, new ReferenceService(),
                new WorkbenchChecks(OutlierSettings.defaults()));
        Path ws = dir.resolve("v2.didw");
        ImportResult result = imports.importSubmission(new ImportRequest(SAMPLE, ws, HeaderMode.AUTO,
                LocalDate.of(2026, 11, 16), Path.of("sample-data/reference"), null), ProgressListener.NONE,
                new CancellationToken());

        assertThat(result.profile().id()).isEqualTo("dids-v2");
        assertThat(result.choice().reason()).startsWith("detected: its header row names the items of DIDS v2.0");
        assertThat(result.dialect().header()).isTrue();
        assertThat(result.summary().records()).isEqualTo(2000);

        Map<String, Long> actual = new TreeMap<>();
        try (Workspace w = Workspace.open(ws)) {
            w.forEachIssue(i -> actual.merge(i.rule(), 1L, Long::sum));
        }
        Map<String, Long> expected = new TreeMap<>(expectedCounts());
        // Waits of six weeks or more are information about clean records, not placed problems.
        assertThat(actual.remove("DQW-V2-WAIT-6WK")).isPositive();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theSampleHeaderIsTheProfilesItemNames() throws Exception {
        StringWriter w = new StringWriter();
        V2SampleGenerator.write(CommittedSamples.v2().withRecords(1), w);

        assertThat(w.toString().lines().findFirst().orElseThrow()).isEqualTo(String.join(",",
                ProfileCatalogue.builtIn().resolve("dids-v2").items().stream().map(DataItem::name).toList()));
    }

    /** What the generator says it placed, turned into issue counts (a duplicate marks both of its records). */
    private static Map<String, Long> expectedCounts() throws Exception {
        Map<String, Long> expected = new HashMap<>();
        V2SampleGenerator.Summary s = V2SampleGenerator.write(CommittedSamples.v2(), new StringWriter());
        s.problems().forEach((problem, n) -> {
            for (String code : V2SampleGenerator.expectedCodes(problem)) {
                expected.merge(code, V2SampleGenerator.marksBothRecords(problem) ? 2 * n : n, Long::sum);
            }
        });
        return expected;
    }
}
