package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.didworkbench.domain.bulk.FindReplace;
import org.didworkbench.domain.bulk.ValueCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Find and replace, set a value and merge a cluster on the committed sample (no reference data). */
class BulkEditServiceTest {
    private static final int NHS_NUMBER = 0;
    private static final int ETHNIC = 3;
    private static final int GENDER = 4;
    private static final int POSTCODE = 5;

    @TempDir
    Path dir;

    private final BulkEditService bulk = new BulkEditService();

    private Session open() throws ServiceException {
        return new Workspaces(dir.resolve("home")).open(Workspaces.SAMPLE, dir.resolve("sample.didw"));
    }

    /** How many of the sample's values of an item (0-based column; the sample is plain CSV) satisfy a test. */
    private static long countInSample(int column, java.util.function.Predicate<String> test) throws IOException {
        return Files.readAllLines(Workspaces.SAMPLE, StandardCharsets.UTF_8).stream()
                .map(l -> l.split(",", -1)[column]).filter(test).count();
    }

    @Test
    void findAndReplaceOfAWholeValueIsPreviewedThenAppliedAsOneLoggedUndoStep() throws Exception {
        try (Session s = open()) {
            Counts before = s.counts();
            long dids014 = s.issuesOfRule("DIDS014", 100).size();

            BulkPreview p = bulk.previewReplace(s, GENDER, new FindReplace("f", "2", true, false));

            assertThat(p.count()).isEqualTo(3).isEqualTo((int) countInSample(GENDER, "F"::equalsIgnoreCase));
            assertThat(p.shown()).extracting(BulkChange::before, BulkChange::after).containsOnly(tuple("F", "2"));
            assertThat(p.shown()).extracting(BulkChange::line).isSorted();
            assertThat(p.shown()).allSatisfy(c -> assertThat(c.accession()).isNotEmpty()
                    .isEqualTo(s.record(c.record()).value(17)));
            assertThat(p.reason()).isEqualTo("Find and replace in PERSON GENDER CODE CURRENT: 'f' -> '2' (whole value)");
            assertThat(s.counts()).as("a preview changes nothing").isEqualTo(before);

            EditOutcome o = bulk.apply(s, p, "RIS sends F for female");

            assertThat(o.records()).hasSize(3);
            assertThat(s.issuesOfRule("DIDS014", 100)).hasSize((int) dids014 - 3);
            assertThat(s.changeLog()).hasSize(3).extracting(ChangeEntry::reason).containsOnly(
                    "Find and replace in PERSON GENDER CODE CURRENT: 'f' -> '2' (whole value) \u2014 RIS sends F for female");
            assertThat(s.changeLog()).extracting(ChangeEntry::action).containsOnly(o.action());

            s.undo();
            assertThat(s.counts()).isEqualTo(before);
            assertThat(s.canUndo()).isFalse();
        }
    }

    @Test
    void findAndReplaceWithinValuesCountsEveryChangeButShowsTheFirstThousand() throws Exception {
        try (Session s = open()) {
            BulkPreview p = bulk.previewReplace(s, NHS_NUMBER, new FindReplace("9", "8", false, true));

            long expected = countInSample(NHS_NUMBER, v -> v.contains("9"));
            assertThat(expected).isGreaterThan(BulkEditService.PREVIEW_ROWS);
            assertThat(p.count()).isEqualTo((int) expected);
            assertThat(p.shown()).hasSize(BulkEditService.PREVIEW_ROWS);
            assertThat(p.truncated()).isTrue();
            assertThat(p.shown().get(0).after()).isEqualTo(p.shown().get(0).before().replace('9', '8'));

            BulkPreview lower = bulk.previewReplace(s, POSTCODE, new FindReplace("ls", "XX", false, false));
            assertThat(lower.count()).isEqualTo(
                    (int) countInSample(POSTCODE, v -> v.toUpperCase(Locale.ROOT).contains("LS")));
            BulkPreview exact = bulk.previewReplace(s, POSTCODE, new FindReplace("ls", "XX", false, true));
            assertThat(exact.count()).isEqualTo((int) countInSample(POSTCODE, v -> v.contains("ls")));
        }
    }

    @Test
    void settingAValueOnChosenRecordsChangesOnlyThoseThatDiffer() throws Exception {
        try (Session s = open()) {
            Set<Long> chosen = new TreeSet<>();
            s.issuesOfRule("DIDS012", 100).forEach(i -> chosen.add(i.record()));
            assertThat(chosen).hasSize(4);
            long alreadyA = firstRecordWith(s, ETHNIC, "A");
            chosen.add(alreadyA);

            BulkPreview p = bulk.previewSetValue(s, chosen, ETHNIC, "A");

            assertThat(p.count()).isEqualTo(4);
            assertThat(p.shown()).extracting(BulkChange::record).doesNotContain(alreadyA);
            assertThat(p.reason()).isEqualTo("Set ETHNIC CATEGORY to 'A' on 5 selected records");

            EditOutcome o = bulk.apply(s, p, null);
            assertThat(s.issuesOfRule("DIDS012", 100)).isEmpty();
            assertThat(o.counts().edits()).isEqualTo(4);
            s.undo();
            assertThat(s.issuesOfRule("DIDS012", 100)).hasSize(4);
        }
    }

    private static long firstRecordWith(Session s, int item, String value) {
        long[] found = {-1};
        s.forEachValue(item, value, (record, line, v) -> {
            if (found[0] < 0 && v.equals(value)) {
                found[0] = record;
            }
        });
        return found[0];
    }

    @Test
    void similarPostcodesClusterAndMergeIntoTheMostCommonValidOne() throws Exception {
        try (Session s = open()) {
            ItemClusters found = bulk.clusters(s, POSTCODE);

            // The sample writes eight postcodes two ways: without the space (DIDS017) or with a trailing space.
            assertThat(found.found()).isEqualTo(8);
            assertThat(found.itemName()).isEqualTo("POSTCODE OF USUAL ADDRESS");
            ClusterChoice first = found.clusters().get(0);
            assertThat(first.cluster().values()).extracting(ValueCount::value, ValueCount::count)
                    .containsExactly(tuple("LS2 2AA", 8L), tuple("LS22AA", 1L));
            assertThat(first.suggested()).isEqualTo("LS2 2AA");
            assertThat(first.valid()).containsExactly("LS2 2AA");
            ClusterChoice trailing = found.clusters().stream()
                    .filter(c -> c.cluster().key().equals("LS78HY")).findFirst().orElseThrow();
            assertThat(trailing.valid()).as("trimmed before the rules read it").hasSize(2);

            long dids017 = s.issuesOfRule("DIDS017", 100).size();
            BulkPreview merge = bulk.previewMerge(s, POSTCODE, first.cluster(), first.suggested());
            assertThat(merge.count()).isEqualTo(1);
            assertThat(merge.reason())
                    .isEqualTo("Merged cluster in POSTCODE OF USUAL ADDRESS: 'LS22AA' -> 'LS2 2AA'");

            bulk.apply(s, merge, "");
            assertThat(s.issuesOfRule("DIDS017", 100)).hasSize((int) dids017 - 1);
            assertThat(bulk.clusters(s, POSTCODE).found()).isEqualTo(7);
            s.undo();
            assertThat(bulk.clusters(s, POSTCODE).found()).isEqualTo(8);
        }
    }

    @Test
    void aMergeReasonNamesAFewValuesAndCountsTheRest() {
        assertThat(BulkEditService.mergeReason("ITEM", List.of("a", "b", "c", "d", "e"), "X"))
                .isEqualTo("Merged cluster in ITEM: 'a', 'b', 'c' and 2 more -> 'X'");
    }

    @Test
    void theRulesOfAnItemAloneDecideWhetherAValueIsValid() throws Exception {
        try (Session s = open()) {
            assertThat(s.passesItemRules(GENDER, "1")).isTrue();
            assertThat(s.passesItemRules(GENDER, "M")).isFalse();
            assertThat(s.passesItemRules(NHS_NUMBER, "9434765919")).isTrue();
            assertThat(s.passesItemRules(NHS_NUMBER, "9434765918")).isFalse();
            assertThat(s.passesItemRules(POSTCODE, "LS1 4HR")).isTrue();
            assertThat(s.passesItemRules(POSTCODE, "LS14HR")).isFalse();
        }
    }
}
