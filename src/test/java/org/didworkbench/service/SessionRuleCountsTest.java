package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issues panel lists every rule with its own meaning, workbench outlier checks included. */
class SessionRuleCountsTest {
    @TempDir
    Path dir;

    @Test
    void everyRuleHasItsOwnDescriptionAndWorkbenchChecksAreMarked() throws Exception {
        Workspaces w = new Workspaces(dir);
        try (Session s = w.open(Workspaces.SAMPLE, dir.resolve("w.didw"))) {
            List<RuleCount> counts = s.ruleCounts();
            assertThat(counts).extracting(RuleCount::code).contains("DIDS001", "DIDS075", "DQW-DM01-6WK");
            RuleCount dm01 = counts.stream().filter(c -> c.code().equals("DQW-DM01-6WK")).findFirst().orElseThrow();
            assertThat(dm01.workbench()).isTrue();
            assertThat(dm01.description()).contains("6 weeks").doesNotContain("18 fields");
            assertThat(dm01.items()).contains("DIAGNOSTIC_TEST_DATE");
            RuleCount structure = counts.stream().filter(c -> c.code().equals("DIDS075")).findFirst().orElseThrow();
            assertThat(structure.description()).contains("18 fields");
            assertThat(structure.workbench()).isFalse();
            assertThat(counts).filteredOn(c -> !c.code().equals("DIDS075"))
                    .allSatisfy(c -> assertThat(c.description()).doesNotContain("well-formed CSV"));
        }
    }
}
