package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.didworkbench.domain.outliers.OutlierSettings;
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
        Workspaces w = new Workspaces(dir.resolve("home-" + name),
                new WorkbenchChecks(OutlierSettings.defaults()).recordCheck());
        return w.open(source, dir.resolve(name + ".didw"));
    }

    /**
     * The cells to change: every postcode fix, plus accession numbers and whole examinations copied so
     * that duplicate groups (DIDS071) and likely duplicates (DQW) form and break across the file.
     */
    private static Map<Long, Map<Integer, String>> edits(Session s) throws ServiceException {
        Map<Long, Map<Integer, String>> edits = new TreeMap<>();
        for (ProposedFix f : new FixService().preview(s, "DIDS017", FixOptions.DEFAULT).changes()) {
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

    private static List<RecordRow> everyRecord(Session s) {
        long n = s.counts().records();
        List<RecordRow> out = new ArrayList<>();
        for (long from = 1; from <= n; from += 300) {
            long[] numbers = new long[(int) Math.min(300, n - from + 1)];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = from + i;
            }
            out.addAll(s.records(numbers));
        }
        return out;
    }

    /**
     * Compares record by record, saying which record differs and how (the data is synthetic). A record's
     * issues are compared as a set: where they stand in its list follows the order its rules were last
     * recomputed in (a duplicate-group partner's DIDS071 goes to the end each time its group changes), which
     * differs between one change and many without changing what the record's issues are.
     */
    private static void assertSameRows(List<RecordRow> actual, List<RecordRow> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.size(); i++) {
            RecordRow a = actual.get(i);
            RecordRow e = expected.get(i);
            String which = "record " + e.record();
            assertThat(a.values()).as(which).isEqualTo(e.values());
            assertThat(a.issues()).as(which).containsExactlyInAnyOrderElementsOf(e.issues());
            assertThat(a.editedItems()).as(which).isEqualTo(e.editedItems());
            assertThat(a.line()).as(which).isEqualTo(e.line());
            assertThat(a.defect()).as(which).isEqualTo(e.defect());
        }
    }

    /** The change log as cells (record, item, old, new), in order, leaving out action ids and times. */
    private static List<List<Object>> cells(List<ChangeEntry> log) {
        return log.stream().map(e -> List.<Object>of(e.record(), e.item(), e.oldValue(), e.newValue())).toList();
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
}
