package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Fix all like this" on the committed sample file (submission date 2026-10-15, no reference data). */
class FixServiceTest {
    @TempDir
    Path dir;

    private final FixService fixes = new FixService();

    private Session open() throws ServiceException {
        return new Workspaces(dir.resolve("home")).open(Workspaces.SAMPLE, dir.resolve("sample.didw"));
    }

    @Test
    void previewListsEveryPostcodeTheFixWouldChangeAndChangesNothing() throws Exception {
        try (Session s = open()) {
            Counts before = s.counts();
            FixPreview p = fixes.preview(s, "DIDS017", FixOptions.DEFAULT);

            assertThat(p.fixable()).isEqualTo(6);
            assertThat(p.ambiguous()).isZero();
            assertThat(p.unfixable()).isZero();
            assertThat(p.listed()).extracting(ProposedFix::before, ProposedFix::after).contains(
                    org.assertj.core.groups.Tuple.tuple("B134AB", "B13 4AB"),
                    org.assertj.core.groups.Tuple.tuple("NE122ZW", "NE12 2ZW"));
            ProposedFix first = p.listed().get(0);
            assertThat(first.item()).isEqualTo("POSTCODE OF USUAL ADDRESS");
            assertThat(first.line()).isEqualTo(first.record()); // the sample has no header row
            assertThat(p.reason()).isEqualTo("fix DIDS017: postcode spacing and case");
            assertThat(s.counts()).isEqualTo(before);
            assertThat(s.canUndo()).isFalse();
        }
    }

    @Test
    void ambiguousDatesAreCountedAndLeftUnlessTheUserChoosesAnOrder() throws Exception {
        try (Session s = open()) {
            FixPreview unchosen = fixes.preview(s, "DIDS045", FixOptions.DEFAULT);
            assertThat(unchosen.listed()).extracting(ProposedFix::before, ProposedFix::after)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("14/09/2026", "2026-09-14"));
            assertThat(unchosen.ambiguous()).isEqualTo(1); // 11/09/2026

            FixPreview dayFirst = fixes.preview(s, "DIDS045", new FixOptions(FixOptions.DateOrder.DMY));
            assertThat(dayFirst.listed()).extracting(ProposedFix::after)
                    .containsExactly("2026-09-11", "2026-09-14");
            assertThat(dayFirst.ambiguous()).isZero();
        }
    }

    @Test
    void applyRemovesEveryFixableIssueAsOneUndoStepAndLogsTheReason() throws Exception {
        try (Session s = open()) {
            Counts before = s.counts();
            FixPreview p = fixes.preview(s, "DIDS017", FixOptions.DEFAULT);

            EditOutcome outcome = fixes.apply(s, p, null);

            assertThat(s.issuesOfRule("DIDS017", 100)).isEmpty();
            assertThat(outcome.records()).hasSize(6);
            assertThat(s.counts().errors()).isEqualTo(before.errors() - 6);
            assertThat(s.counts().edits()).isEqualTo(before.edits() + 6);
            assertThat(s.counts().verdict()).isNotEqualTo(before.verdict());
            assertThat(Workspaces.values(s, p.listed().get(0).record()).get(5)).isEqualTo(p.listed().get(0).after());

            Path log = dir.resolve("changes.csv");
            s.exportChangeLog(log);
            List<String> rows = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertThat(rows.stream().filter(r -> r.contains("fix DIDS017: postcode spacing and case"))).hasSize(6);
            assertThat(s.changeLog()).extracting(ChangeEntry::kind).containsOnly("fix");
            assertThat(s.changeLog()).extracting(ChangeEntry::action).containsOnly(outcome.action());

            s.undo();

            assertThat(s.canUndo()).isFalse();
            assertThat(s.issuesOfRule("DIDS017", 100)).hasSize(6);
            assertThat(s.counts()).isEqualTo(before);
            assertThat(Workspaces.values(s, p.listed().get(0).record()).get(5)).isEqualTo(p.listed().get(0).before());
        }
    }

    @Test
    void leadingZeroAndGenderFixesClearTheirRules() throws Exception {
        try (Session s = open()) {
            for (String rule : List.of("DIDS003", "DIDS014", "DIDS021")) {
                FixPreview p = fixes.preview(s, rule, FixOptions.DEFAULT);
                assertThat(p.fixable()).as(rule).isPositive();
                fixes.apply(s, p, "");
                assertThat(s.issuesOfRule(rule, 100)).as(rule).hasSize(p.unfixable() + p.ambiguous());
            }
            assertThat(s.changeLog()).extracting(ChangeEntry::reason)
                    .contains("fix DIDS014: PERSON GENDER CODE CURRENT M/F/U to 1/2/0");
        }
    }

    @Test
    void aRuleWithoutAFixIsRefusedInPlainWords() throws Exception {
        try (Session s = open()) {
            assertThat(fixes.hasFix("DIDS071")).isFalse();
            assertThatThrownBy(() -> fixes.preview(s, "DIDS071", FixOptions.DEFAULT))
                    .isInstanceOf(ServiceException.class)
                    .hasMessageContaining("no automatic fix for rule DIDS071");
        }
    }
}
