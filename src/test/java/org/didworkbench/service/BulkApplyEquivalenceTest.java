package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.didworkbench.service.SessionRows.assertSameRows;
import static org.didworkbench.service.SessionRows.cells;
import static org.didworkbench.service.SessionRows.everyRecord;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.didworkbench.domain.rules.did.DidV1Items;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk change over many records (well over the few hundred the workspace handles per statement) must
 * leave exactly what the same cells changed one at a time leave: values, issues in their order, edited
 * marks, counts and change log; undo and redo must restore either side; a cancelled bulk change must
 * leave nothing behind. The workbench checks (likely duplicates) are on, as in the app.
 */
class BulkApplyEquivalenceTest {
    private static final int POSTCODE = DidV1Items.POSTCODE;
    private static final int ACC = DidV1Items.RADIOLOGICAL_ACCESSION_NUM;
    private static final int SITE = DidV1Items.SITE_CODE_IMAGING;
    private static final int[] EXAM = {DidV1Items.NHS_NUMBER, DidV1Items.PERSON_BIRTH_DATE, DidV1Items.POSTCODE,
        DidV1Items.IMAGING_CODE_NICIP, DidV1Items.IMAGING_CODE_SNOMED, DidV1Items.DIAGNOSTIC_TEST_DATE, SITE};

    @TempDir
    Path dir;

    private Path source;

    /** The sample (2,000 records) with the space taken out of every second record's postcode. */
    @BeforeEach
    void makeSource() throws Exception {
        List<String> lines = Files.readAllLines(Workspaces.SAMPLE, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i % 2 == 1 && line.indexOf('"') < 0) {
                String[] f = line.split(",", -1);
                if (f.length > POSTCODE) {
                    f[POSTCODE] = f[POSTCODE].replace(" ", "");
                    line = String.join(",", f);
                }
            }
            out.add(line);
        }
        source = dir.resolve("postcodes.csv");
        Files.write(source, out, StandardCharsets.UTF_8);
    }

    private Session open(String name) throws ServiceException {
        return SessionRows.openFresh(dir, source, name);
    }

    /**
     * The cells to change: every postcode fix, plus accession numbers and whole examinations copied so
     * that duplicate groups (DIDS071) and likely duplicates (DQW) form and break across the file.
     */
    private static Map<Long, Map<Integer, String>> edits(Session s) throws ServiceException {
        Map<Long, Map<Integer, String>> edits = new TreeMap<>();
        for (ProposedFix f : new FixService().preview(s, "DIDS017", FixOptions.DEFAULT).listed()) {
            edits.computeIfAbsent(f.record(), r -> new TreeMap<>()).put(f.itemIndex(), f.after());
        }
        long n = s.counts().records();
        for (long r = 9; r <= n; r += 9) {
            if (s.record(r).values().size() > ACC) {
                edits.computeIfAbsent(r, k -> new TreeMap<>()).put(ACC, "DUP" + (r % 40));
            }
        }
        for (long r = 13; r <= n; r += 13) {
            RecordRow previous = s.record(r - 1);
            if (s.record(r).values().size() <= SITE || previous.values().size() <= SITE) {
                continue; // a record with too few fields cannot gain one
            }
            for (int item : EXAM) {
                edits.computeIfAbsent(r, k -> new TreeMap<>()).put(item, previous.value(item));
            }
        }
        return edits;
    }

    @Test
    void oneBulkChangeLeavesWhatTheSameChangesMadeOneByOneLeave() throws Exception {
        try (Session bulk = open("bulk"); Session single = open("single")) {
            List<RecordRow> original = everyRecord(bulk);
            Counts originalCounts = bulk.counts();
            Map<Long, Map<Integer, String>> edits = edits(bulk);
            long cellCount = edits.values().stream().mapToLong(Map::size).sum();
            assertThat(edits).hasSizeGreaterThan(1000);

            EditOutcome outcome = bulk.setValues(edits, "bulk");
            for (Map.Entry<Long, Map<Integer, String>> e : edits.entrySet()) {
                for (Map.Entry<Integer, String> cell : e.getValue().entrySet()) {
                    single.setValue(e.getKey(), cell.getKey(), cell.getValue(), "one");
                }
            }

            List<RecordRow> after = everyRecord(bulk);
            assertSameRows(after, everyRecord(single));
            assertThat(after).isNotEqualTo(original);
            assertThat(bulk.counts()).isEqualTo(single.counts());
            assertThat(outcome.counts()).isEqualTo(bulk.counts());
            assertThat(bulk.ruleCounts()).isEqualTo(single.ruleCounts());
            // a fresh count from the workspace agrees with the totals the change kept up to date
            assertThat(bulk.counts().edits()).isEqualTo(single.counts().edits());

            List<ChangeEntry> log = bulk.changeLog();
            assertThat(cells(log)).isEqualTo(cells(single.changeLog()));
            assertThat(log).hasSize((int) single.changeLog().size());
            assertThat(log).extracting(ChangeEntry::action).containsOnly(outcome.action());
            assertThat(cellCount).isGreaterThanOrEqualTo(log.size());
            // every record whose values or issues changed is reported for repainting
            for (int i = 0; i < after.size(); i++) {
                if (!after.get(i).equals(original.get(i))) {
                    assertThat(outcome.records()).contains(after.get(i).record());
                }
            }

            CancellationToken cancelled = new CancellationToken();
            cancelled.cancel();
            assertThatThrownBy(() -> bulk.undo(ProgressListener.NONE, cancelled))
                    .isInstanceOf(CancelledException.class);
            assertThat(bulk.counts()).isEqualTo(single.counts());
            assertThat(bulk.cellsToUndo()).isEqualTo(log.size());

            bulk.undo(ProgressListener.NONE, new CancellationToken());
            assertSameRows(everyRecord(bulk), original);
            // the undo is logged as the exact inverse of the change, last cell first
            List<List<Object>> undone = cells(bulk.changeLog().subList(log.size(), 2 * log.size()));
            List<List<Object>> inverse = new ArrayList<>();
            for (int i = log.size() - 1; i >= 0; i--) {
                ChangeEntry e = log.get(i);
                inverse.add(List.of(e.record(), e.item(), e.newValue(), e.oldValue()));
            }
            assertThat(undone).isEqualTo(inverse);
            assertThat(bulk.cellsToRedo()).isEqualTo(log.size());
            assertThat(bulk.counts()).isEqualTo(originalCounts);
            assertThat(bulk.canUndo()).isFalse();

            bulk.redo();
            assertSameRows(everyRecord(bulk), after);
            assertThat(bulk.counts()).isEqualTo(single.counts());
        }
    }

    @Test
    void aCancelledBulkChangeLeavesNothingBehindAndTheSessionCarriesOn() throws Exception {
        try (Session s = open("cancel")) {
            List<RecordRow> original = everyRecord(s);
            Counts counts = s.counts();
            FixService fixes = new FixService();
            FixPreview p = fixes.preview(s, "DIDS017", FixOptions.DEFAULT);
            assertThat(p.fixable()).isGreaterThanOrEqualTo(1000);
            CancellationToken cancel = new CancellationToken();
            AtomicInteger reports = new AtomicInteger();
            ProgressListener cancelMidway = (done, total, phase) -> {
                reports.incrementAndGet();
                if (done > 0 && done < total) {
                    cancel.cancel();
                }
            };

            assertThatThrownBy(() -> fixes.apply(s, p, null, cancelMidway, cancel))
                    .isInstanceOf(CancelledException.class);

            assertThat(reports.get()).isGreaterThanOrEqualTo(2);
            assertSameRows(everyRecord(s), original);
            assertThat(s.counts()).isEqualTo(counts);
            assertThat(s.canUndo()).isFalse();
            assertThat(s.changeLog()).isEmpty();

            AtomicLong last = new AtomicLong(-1);
            AtomicLong total = new AtomicLong();
            EditOutcome done = fixes.apply(s, p, null, (d, t, phase) -> {
                assertThat(d).isGreaterThanOrEqualTo(last.get());
                last.set(d);
                total.set(t);
            }, new CancellationToken());
            assertThat(last.get()).isEqualTo(total.get()).isPositive();
            assertThat(s.issuesOfRule("DIDS017", 10)).isEmpty();
            assertThat(s.changeLog()).hasSize(p.fixable()).extracting(ChangeEntry::action)
                    .containsOnly(done.action());
        }
    }
    /** Sets the accession number and site of these records (one key each) in {@code edits}. */
    private static void key(Map<Long, Map<Integer, String>> edits, String accession, long... records) {
        for (long r : records) {
            edits.computeIfAbsent(r, k -> new TreeMap<>()).put(ACC, accession);
            edits.computeIfAbsent(r, k -> new TreeMap<>()).put(SITE, "RZZ01");
        }
    }

    /** The DIDS071 message of a record, or null when it has none. */
    private static String duplicateMessage(Session s, long record) {
        return s.record(record).issues().stream().filter(i -> i.rule().equals("DIDS071"))
                .map(org.didworkbench.domain.rules.Issue::message).findFirst().orElse(null);
    }

    /**
     * The change is worked a chunk of 500 records at a time, but duplicate groups are a property of the
     * whole change: records changed in different chunks that come to share a key form one group, a group
     * whose members lie in different chunks is broken or shrunk, a record moves from one group to another
     * that other chunks fill, and an unchanged partner in a late chunk loses its issue. All of it must
     * come out as the same cells changed one by one, and undo and redo must take it back and forth.
     */
    @Test
    void duplicateGroupsFormedAndBrokenAcrossChunksMatchOneByOneEdits() throws Exception {
        try (Session bulk = open("groups-bulk"); Session single = open("groups-single")) {
            // groups standing before the change, each spread over chunks (records 1-500, 501-1000, ...)
            Map<Long, Map<Integer, String>> setup = new TreeMap<>();
            key(setup, "GRP-A", 30, 1530);
            key(setup, "GRP-B", 40, 1040, 1840);
            key(setup, "GRP-C", 50, 1950);
            bulk.setValues(setup, "setup");
            single.setValues(setup, "setup");
            assertThat(duplicateMessage(bulk, 1530)).contains("used by 2 records");
            assertThat(duplicateMessage(bulk, 1840)).contains("used by 3 records");
            List<RecordRow> before = everyRecord(bulk);

            // every postcode fix (about one record in two, all four chunks), plus the key changes
            Map<Long, Map<Integer, String>> edits = new TreeMap<>();
            for (ProposedFix f : new FixService().preview(bulk, "DIDS017", FixOptions.DEFAULT).listed()) {
                edits.computeIfAbsent(f.record(), r -> new TreeMap<>()).put(f.itemIndex(), f.after());
            }
            key(edits, "NEW-X", 60, 1660, 1950);  // formed from chunks 1 and 4; 1950 leaves GRP-C for it
            key(edits, "NEW-Y", 70, 770, 1270);   // formed from chunks 1, 2 and 3
            key(edits, "SOLO-1", 30);             // GRP-A broken in chunk 1: 1530 (chunk 4, unchanged) alone
            key(edits, "SOLO-2", 1040);           // GRP-B shrinks in chunk 3...
            key(edits, "GRP-B", 80);              // ...after gaining 80 in chunk 1
            key(edits, "SOLO-3", 50);             // GRP-C: both members leave, in chunks 1 and 4
            assertThat(edits.keySet()).anyMatch(r -> r > 1500);

            EditOutcome outcome = bulk.setValues(edits, "bulk");
            for (Map.Entry<Long, Map<Integer, String>> e : edits.entrySet()) {
                for (Map.Entry<Integer, String> cell : e.getValue().entrySet()) {
                    single.setValue(e.getKey(), cell.getKey(), cell.getValue(), "one");
                }
            }

            List<RecordRow> after = everyRecord(bulk);
            assertSameRows(after, everyRecord(single));
            assertThat(bulk.counts()).isEqualTo(single.counts());
            assertThat(bulk.ruleCounts()).isEqualTo(single.ruleCounts());
            // what the groups are now, said outright so that the comparison cannot pass by both sides being wrong
            assertThat(duplicateMessage(bulk, 60)).contains("used by 3 records");
            assertThat(duplicateMessage(bulk, 1950)).contains("used by 3 records");
            assertThat(duplicateMessage(bulk, 770)).contains("used by 3 records");
            assertThat(duplicateMessage(bulk, 1530)).isNull();
            assertThat(duplicateMessage(bulk, 30)).isNull();
            assertThat(duplicateMessage(bulk, 50)).isNull();
            assertThat(duplicateMessage(bulk, 1040)).isNull();
            assertThat(duplicateMessage(bulk, 1840)).contains("used by 3 records");
            assertThat(duplicateMessage(bulk, 80)).contains("used by 3 records");
            // the unchanged partner whose issue went is repainted too
            assertThat(outcome.records()).contains(1530L, 1840L, 40L);

            bulk.undo(ProgressListener.NONE, new CancellationToken());
            assertSameRows(everyRecord(bulk), before);
            assertThat(duplicateMessage(bulk, 1530)).contains("used by 2 records");
            bulk.redo(ProgressListener.NONE, new CancellationToken());
            assertSameRows(everyRecord(bulk), after);
            assertThat(bulk.counts()).isEqualTo(single.counts());
        }
    }

    /**
     * A value refused in a late chunk (after earlier chunks were written in the transaction) leaves nothing
     * of the change: no value, issue, log row or undo step.
     */
    @Test
    void aValueRefusedInALateChunkLeavesNothingOfTheChange() throws Exception {
        try (Session s = open("refused")) {
            List<RecordRow> original = everyRecord(s);
            Counts counts = s.counts();
            Map<Long, Map<Integer, String>> edits = new TreeMap<>();
            for (ProposedFix f : new FixService().preview(s, "DIDS017", FixOptions.DEFAULT).listed()) {
                edits.computeIfAbsent(f.record(), r -> new TreeMap<>()).put(f.itemIndex(), f.after());
            }
            long last = ((TreeMap<Long, Map<Integer, String>>) edits).lastKey();
            assertThat(last).isGreaterThan(1500);
            edits.put(last, Map.of(POSTCODE, "LS1\u00003FA"));

            assertThatThrownBy(() -> s.setValues(edits, "bulk")).isInstanceOf(ServiceException.class)
                    .hasMessageContaining("NUL");

            assertSameRows(everyRecord(s), original);
            assertThat(s.counts()).isEqualTo(counts);
            assertThat(s.changeLog()).isEmpty();
            assertThat(s.canUndo()).isFalse();
            // the session carries on
            edits.remove(last);
            assertThat(s.setValues(edits, "bulk").action()).isPositive();
            assertThat(s.changeLog()).hasSize(edits.size());
        }
    }
    /**
     * The command line's fix --apply goes through the rule's issues a page at a time inside the change
     * (FixService.applyAll) instead of listing every fix first: it must change, count and log exactly what
     * the preview then apply of the window does, and list (forEachFix) exactly what the preview lists.
     */
    @Test
    void aStreamedFixAllChangesAndLogsWhatPreviewThenApplyDoes() throws Exception {
        try (Session listed = open("fix-listed"); Session streamed = open("fix-streamed")) {
            FixService fixes = new FixService();
            FixPreview preview = fixes.preview(listed, "DIDS017", FixOptions.DEFAULT);
            assertThat(preview.fixable()).isGreaterThanOrEqualTo(1000); // several pages and chunks

            List<ProposedFix> each = new ArrayList<>();
            FixService.Listed counted = fixes.forEachFix(streamed, "DIDS017", FixOptions.DEFAULT, each::add);
            assertThat(each).isEqualTo(preview.listed());
            assertThat(counted).isEqualTo(new FixService.Listed(preview.fixable(), preview.ambiguous(),
                    preview.unfixable()));

            EditOutcome applied = fixes.apply(listed, preview, null);
            AtomicLong last = new AtomicLong(-1);
            FixService.Applied all = fixes.applyAll(streamed, "DIDS017", FixOptions.DEFAULT, (d, t, phase) -> {
                assertThat(d).isGreaterThanOrEqualTo(last.get());
                last.set(d);
            }, new CancellationToken());

            assertThat(all.fixed()).isEqualTo(preview.fixable());
            assertThat(all.ambiguous()).isEqualTo(preview.ambiguous());
            assertThat(all.unfixable()).isEqualTo(preview.unfixable());
            assertThat(all.reason()).isEqualTo(preview.reason());
            assertSameRows(everyRecord(streamed), everyRecord(listed));
            assertThat(streamed.counts()).isEqualTo(listed.counts());
            assertThat(all.outcome().counts()).isEqualTo(applied.counts());
            assertThat(cells(streamed.changeLog())).isEqualTo(cells(listed.changeLog()));
            assertThat(streamed.changeLog()).extracting(ChangeEntry::reason).containsOnly(preview.reason());
            assertThat(all.outcome().records()).isEqualTo(applied.records());

            // nothing left to fix: no empty step in the log or the undo history
            int logged = streamed.changeLog().size();
            FixService.Applied again = fixes.applyAll(streamed, "DIDS017", FixOptions.DEFAULT, ProgressListener.NONE,
                    new CancellationToken());
            assertThat(again.fixed()).isZero();
            assertThat(again.outcome().action()).isZero();
            assertThat(streamed.changeLog()).hasSize(logged);
            streamed.undo();
            assertThat(streamed.canUndo()).isFalse();
            assertThat(streamed.issuesOfRule("DIDS017", 10)).isNotEmpty();
        }
    }

    /** A file rule as given but not naming its key items, so an edit finds its groups by a pass over the file. */
    private static org.didworkbench.domain.rules.UniquenessRule unnamedKeys(
            org.didworkbench.domain.rules.UniquenessRule rule) {
        return new org.didworkbench.domain.rules.UniquenessRule() {
            @Override
            public String code() {
                return rule.code();
            }

            @Override
            public org.didworkbench.domain.rules.Severity severity() {
                return rule.severity();
            }

            @Override
            public List<String> fields() {
                return rule.fields();
            }

            @Override
            public String description() {
                return rule.description();
            }

            @Override
            public org.didworkbench.domain.rules.RuleKind kind() {
                return rule.kind();
            }

            @Override
            public String key(org.didworkbench.domain.rules.RecordView record) {
                return rule.key(record);
            }

            @Override
            public org.didworkbench.domain.rules.Finding describe(org.didworkbench.domain.rules.RecordView record,
                                                                 int groupSize, long[] otherLines) {
                return rule.describe(record, groupSize, otherLines);
            }
        };
    }

    /**
     * A file rule that does not name its key items (a profile's own rule may not) has its groups found by a
     * pass over the file instead of the key index; a change spanning chunks must end the same either way.
     */
    @Test
    void groupsOfARuleWithoutNamedKeyItemsEndAsThoseFoundThroughTheIndex() throws Exception {
        Workspaces w = new Workspaces(dir.resolve("home-scan"));
        Path indexed = dir.resolve("indexed.didw");
        Path scanned = dir.resolve("scanned.didw");
        w.importFile(source, indexed);
        w.importFile(source, scanned);
        Map<Long, Map<Integer, String>> setup = new TreeMap<>();
        key(setup, "GRP-A", 30, 1530);
        key(setup, "GRP-B", 40, 1040, 1840);
        Map<Long, Map<Integer, String>> edits = new TreeMap<>();
        key(edits, "NEW-X", 60, 1660, 1950);
        key(edits, "SOLO-1", 30);
        key(edits, "SOLO-2", 1040);
        for (long r = 100; r <= 1900; r += 100) {
            edits.computeIfAbsent(r, k -> new TreeMap<>()).put(POSTCODE, "LS1 3FA");
        }
        org.didworkbench.domain.dataset.Profile profile;
        try (Session s = w.sessions.open(indexed)) {
            profile = s.profile();
            s.setValues(setup, "setup");
            s.setValues(edits, "bulk");
        }
        org.didworkbench.domain.dataset.Profile unnamed = new org.didworkbench.domain.dataset.Profile(profile.id(),
                profile.title(), profile.provisional(), profile.items(), profile.recordRules(),
                profile.uniquenessRules().stream().map(BulkApplyEquivalenceTest::unnamedKeys).toList(),
                profile.structureRule(), profile.basis(), profile.ruleProvenance(), profile.xml());
        org.didworkbench.domain.rules.Validator validator = new org.didworkbench.domain.rules.Validator(unnamed,
                new org.didworkbench.domain.rules.RuleContext(Workspaces.SUBMISSION_DATE,
                        org.didworkbench.domain.reference.ReferenceData.none()));
        assertThat(validator.uniquenessRules()).isNotEmpty().allMatch(u -> u.keyItems().length == 0);
        try (org.didworkbench.store.Workspace ws = org.didworkbench.store.Workspace.open(scanned)) {
            Editor editor = new Editor(ws, unnamed, validator, () -> null);
            editor.setValues(setup, Editor.FIX, "setup");
            editor.setValues(edits, Editor.FIX, "bulk");
        }
        try (Session a = w.sessions.open(indexed); Session b = w.sessions.open(scanned)) {
            assertSameRows(everyRecord(b), everyRecord(a));
            assertThat(duplicateMessage(b, 1950)).contains("used by 3 records");
            assertThat(duplicateMessage(b, 1530)).isNull();
            assertThat(duplicateMessage(b, 1840)).contains("used by 2 records");
            assertThat(b.counts()).isEqualTo(a.counts());
        }
    }
}
