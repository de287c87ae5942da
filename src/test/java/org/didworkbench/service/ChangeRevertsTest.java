package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.bulk.FindReplace;
import org.didworkbench.domain.rules.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reverting changes chosen in the change log: the plan (pure), and one undo step on a real workspace. */
class ChangeRevertsTest {
    @TempDir
    Path dir;

    private static ChangeEntry change(long action, String state, long record, String item, String old, String now,
                                      String reason) {
        return new ChangeEntry(action, Instant.parse("2026-10-14T09:00:00Z"), "analyst", "fix", reason, state, record,
                record, item, old, now);
    }

    private static final Map<String, Integer> ITEMS = Map.of("POSTCODE", 5, "PERSON_GENDER_CODE", 4);

    @Test
    void eachCellGoesBackToItsValueBeforeTheEarliestChosenChange() {
        Map<String, String> current = new HashMap<>(Map.of("1:5", "LS1 4HR", "2:5", "B13 4AB", "2:4", "1"));
        List<ChangeEntry> chosen = List.of(
                change(3, "applied", 2, "PERSON_GENDER_CODE", "2", "1", ""),
                change(1, "applied", 1, "POSTCODE", "ls14hr", "LS14HR", "fix DIDS017: postcode spacing and case"),
                change(2, "applied", 1, "POSTCODE", "LS14HR", "LS1 4HR", "fix DIDS017: postcode spacing and case"),
                change(1, "applied", 2, "POSTCODE", "B134AB", "B13 4AB", "fix DIDS017: postcode spacing and case"));

        ChangeReverts.Plan plan = ChangeReverts.plan(chosen, ITEMS::get, (r, i) -> current.get(r + ":" + i), null);

        assertThat(plan.values()).isEqualTo(Map.of(1L, Map.of(5, "ls14hr"), 2L, Map.of(5, "B134AB", 4, "2")));
        assertThat(plan.reverted()).isEqualTo(4);
        assertThat(plan.left()).isZero();
        assertThat(plan.reason()).isEqualTo(
                "Revert of 4 changes from the change log (fix DIDS017: postcode spacing and case; fix)");
    }

    @Test
    void changesNoLongerInEffectAreLeftAndCounted() {
        Map<String, String> current = Map.of("1:5", "LS1 9ZZ", "2:5", "B13 4AB");
        List<ChangeEntry> chosen = List.of(
                change(1, "applied", 1, "POSTCODE", "LS14HR", "LS1 4HR", "fix"),   // changed again since
                change(1, "undone", 2, "POSTCODE", "B134AB", "B13 4AB", "fix"),    // undone
                change(1, "applied", 3, "UNKNOWN", "a", "b", "fix"));

        ChangeReverts.Plan plan = ChangeReverts.plan(chosen,
                n -> ITEMS.getOrDefault(n, -1), (r, i) -> current.get(r + ":" + i), "checked with the RIS team");

        assertThat(plan.values()).isEmpty();
        assertThat(plan.reverted()).isZero();
        assertThat(plan.left()).isEqualTo(3);
        assertThat(plan.reason()).endsWith("\u2014 checked with the RIS team");
    }

    @Test
    void revertingAGroupIsOneLoggedActionAndOneUndoStep() throws Exception {
        try (Session s = new Workspaces(dir.resolve("home")).open(Workspaces.SAMPLE, dir.resolve("s.didw"))) {
            FixService fixes = new FixService();
            fixes.apply(s, fixes.preview(s, "DIDS017", FixOptions.DEFAULT), null);
            assertThat(s.issuesOfRule("DIDS017", 100)).isEmpty();
            ChangeEntry corrected = s.changeLog().get(0);
            // A later hand correction of one of the fixed cells: reverting the fix must not undo it.
            s.setValue(corrected.record(), 5, "LS1 4HR", "checked");
            Counts afterEdits = s.counts();

            ChangeLogPage fixRows = s.changeLog(new ChangeLogQuery(null, "DIDS017", -1, -1), 100);
            assertThat(fixRows.total()).isEqualTo(6);
            assertThat(fixRows.rows()).filteredOn(ChangeLogRow::inEffect).hasSize(5);

            ChangeReverts.Result r = ChangeReverts.revert(s,
                    fixRows.rows().stream().map(ChangeLogRow::entry).toList(), "");

            assertThat(r.reverted()).isEqualTo(5);
            assertThat(r.left()).isEqualTo(1);
            assertThat(s.issuesOfRule("DIDS017", 100)).hasSize(5);
            assertThat(s.record(corrected.record()).value(5)).isEqualTo("LS1 4HR");
            List<ChangeEntry> reverts = s.changeLog().stream().filter(e -> e.kind().equals("revert")).toList();
            assertThat(reverts).hasSize(5).extracting(ChangeEntry::action).containsOnly(r.outcome().action());
            assertThat(reverts.get(0).reason())
                    .isEqualTo("Revert of 5 changes from the change log (fix DIDS017: postcode spacing and case)");

            s.undo();
            assertThat(s.counts()).isEqualTo(afterEdits);
            assertThat(s.issuesOfRule("DIDS017", 100)).isEmpty();
        }
    }

    @Test
    void theChangeLogQueryFiltersByItemTextLineAndActionAndIsLimited() throws Exception {
        try (Session s = new Workspaces(dir.resolve("home")).open(Workspaces.SAMPLE, dir.resolve("s.didw"))) {
            FixService fixes = new FixService();
            EditOutcome fix = fixes.apply(s, fixes.preview(s, "DIDS017", FixOptions.DEFAULT), null);
            fixes.apply(s, fixes.preview(s, "DIDS014", FixOptions.DEFAULT), null);

            assertThat(s.changeLog(ChangeLogQuery.ALL, 100).total()).isEqualTo(10);
            assertThat(s.changeLog(new ChangeLogQuery("POSTCODE", null, -1, -1), 100).total()).isEqualTo(6);
            assertThat(s.changeLog(new ChangeLogQuery("PERSON GENDER CODE CURRENT", null, -1, -1), 100).total())
                    .isEqualTo(4);
            assertThat(s.changeLog(new ChangeLogQuery("NO SUCH ITEM", null, -1, -1), 100).total()).isZero();
            assertThat(s.changeLog(new ChangeLogQuery(null, "m/f/u", -1, -1), 100).total()).isEqualTo(4);
            assertThat(s.changeLog(ChangeLogQuery.ofAction(fix.action()), 100).total()).isEqualTo(6);
            long line = s.changeLog(ChangeLogQuery.ALL, 1).rows().get(0).entry().line();
            assertThat(s.changeLog(new ChangeLogQuery(null, null, line, -1), 100).rows())
                    .extracting(row -> row.entry().line()).containsOnly(line);

            ChangeLogPage limited = s.changeLog(ChangeLogQuery.ALL, 3);
            assertThat(limited.rows()).hasSize(3);
            assertThat(limited.total()).isEqualTo(10);
            assertThat(limited.truncated()).isTrue();
        }
    }
    @Test
    void aCancelledRevertOfALargeActionKeepsNothing() throws Exception {
        try (Session s = new Workspaces(dir.resolve("home")).open(Workspaces.SAMPLE, dir.resolve("s.didw"))) {
            BulkEditService bulk = new BulkEditService();
            // NHS NUMBER STATUS INDICATOR CODE '01' -> '02' on most of the 2,000 records: a large action
            EditOutcome replaced = bulk.apply(s, bulk.previewReplace(s, 1, new FindReplace("01", "02", true, true)),
                    null);
            long size = ChangeReverts.changesOf(s, replaced.action());
            assertThat(size).isGreaterThanOrEqualTo(1000);
            Counts before = s.counts();
            List<ChangeEntry> logBefore = s.changeLog();
            List<String> valuesBefore = s.recordValues(new long[] {1, 2, 3, 500, 1999}).stream()
                    .map(r -> r.value(1)).toList();
            List<Issue> issuesBefore = s.issuesOfRule("DIDS017", 100);

            CancellationToken cancel = new CancellationToken();
            List<String> phases = new ArrayList<>();
            // Cancel once the revert is being written: some of its cells are already changed in the transaction
            ProgressListener progress = (done, total, phase) -> {
                phases.add(phase);
                if (phase.equals(Revalidator.SAVING) && done > 0) {
                    cancel.cancel();
                }
            };

            assertThatThrownBy(() -> ChangeReverts.revertAction(s, replaced.action(), "", progress, cancel))
                    .isInstanceOf(CancelledException.class);

            assertThat(phases).contains(ChangeReverts.READING_LOG, ChangeReverts.CHECKING, Revalidator.SAVING);
            assertThat(s.counts()).isEqualTo(before);
            assertThat(s.changeLog()).isEqualTo(logBefore);
            assertThat(s.recordValues(new long[] {1, 2, 3, 500, 1999}).stream().map(r -> r.value(1)).toList())
                    .isEqualTo(valuesBefore).contains("02");
            assertThat(s.issuesOfRule("DIDS017", 100)).isEqualTo(issuesBefore);
            // The session carries on: the same revert, not cancelled, is one step that undo takes back
            ChangeReverts.Result r = ChangeReverts.revertAction(s, replaced.action(), "", ProgressListener.NONE,
                    new CancellationToken());
            assertThat(r.reverted()).isEqualTo((int) size);
            assertThat(s.counts().edits()).isZero();
            s.undo();
            assertThat(s.counts()).isEqualTo(before);
        }
    }
    /** A log entry as what it did, leaving out when. */
    private static List<Object> what(ChangeEntry e) {
        return List.of(e.record(), e.item(), e.oldValue(), e.newValue(), e.kind(), e.reason(), e.state());
    }

    /**
     * Reverting a whole large action goes through its log a chunk at a time inside the revert; it must do
     * exactly what listing the action's changes and reverting them does: the same cells back, the same
     * changes left (one overwritten since, one whose action is undone), the same counts and the same log.
     */
    @Test
    void revertingAWholeActionAChunkAtATimeDoesWhatRevertingItsListedChangesDoes() throws Exception {
        Workspaces w = new Workspaces(dir.resolve("home"));
        try (Session streamed = w.open(Workspaces.SAMPLE, dir.resolve("streamed.didw"));
             Session listed = w.open(Workspaces.SAMPLE, dir.resolve("listed.didw"))) {
            BulkEditService bulk = new BulkEditService();
            long action = 0;
            for (Session s : List.of(streamed, listed)) {
                action = bulk.apply(s, bulk.previewReplace(s, 1, new FindReplace("01", "02", true, true)), "recode")
                        .action();
                s.setValue(3, 1, "03", "corrected since"); // that change is no longer in effect
            }
            assertThat(ChangeReverts.changesOf(streamed, action)).isGreaterThanOrEqualTo(1000);

            ChangeReverts.Result a = ChangeReverts.revertAction(streamed, action, "ticket 12", ProgressListener.NONE,
                    new CancellationToken());
            ChangeReverts.Result b = ChangeReverts.revertListed(listed, action, "ticket 12", ProgressListener.NONE,
                    new CancellationToken());

            assertThat(a.reverted()).isEqualTo(b.reverted()).isPositive();
            assertThat(a.left()).isEqualTo(b.left()).isEqualTo(1);
            assertThat(a.outcome().records()).isEqualTo(b.outcome().records());
            assertThat(streamed.counts()).isEqualTo(listed.counts());
            assertThat(streamed.changeLog().stream().map(ChangeRevertsTest::what).toList())
                    .isEqualTo(listed.changeLog().stream().map(ChangeRevertsTest::what).toList());
            long[] all = java.util.stream.LongStream.rangeClosed(1, streamed.counts().records()).toArray();
            assertThat(streamed.records(all)).isEqualTo(listed.records(all));

            // an undone action has nothing in effect: everything is left, nothing is logged
            for (Session s : List.of(streamed, listed)) {
                s.undo(); // the revert
                s.undo(); // the later correction
                s.undo(); // the action itself
            }
            ChangeReverts.Result undone = ChangeReverts.revertAction(streamed, action, "", ProgressListener.NONE,
                    new CancellationToken());
            ChangeReverts.Result undoneListed = ChangeReverts.revertListed(listed, action, "", ProgressListener.NONE,
                    new CancellationToken());
            assertThat(undone.outcome().action()).isZero();
            assertThat(undone.left()).isEqualTo(ChangeReverts.changesOf(streamed, action));
            assertThat(List.of(undone.reverted(), undone.left()))
                    .isEqualTo(List.of(undoneListed.reverted(), undoneListed.left()));
        }
    }
}
