package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.outliers.OutlierSettings;

/**
 * What the bulk-change equivalence tests compare: every record of a session as the window reads it, and
 * the change log as cells. One change applied in bulk must leave exactly what the same change made
 * another way leaves.
 */
final class SessionRows {
    private SessionRows() {
    }

    /**
     * Opens {@code source} as its own workspace {@code NAME.didw} in {@code dir}, with the workbench checks on
     * as the application runs them, so each test starts from a fresh import of the same file.
     */
    static Session openFresh(Path dir, Path source, String name) throws ServiceException {
        Workspaces w = new Workspaces(dir.resolve("home-" + name),
                new WorkbenchChecks(OutlierSettings.defaults()).recordCheck());
        return w.open(source, dir.resolve(name + ".didw"));
    }

    /** Every record, read a few hundred at a time as the window does. */
    static List<RecordRow> everyRecord(Session s) {
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
    static void assertSameRows(List<RecordRow> actual, List<RecordRow> expected) {
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
    static List<List<Object>> cells(List<ChangeEntry> log) {
        return log.stream().map(e -> List.<Object>of(e.record(), e.item(), e.oldValue(), e.newValue())).toList();
    }

    /**
     * Undoes, then redoes, the change just made in both sessions, and checks after each step that the second
     * session is as the first (and as {@code original}, then {@code after}), its log cell for cell.
     */
    static void assertUndoAndRedoAlike(Session old, Session other, List<RecordRow> original, Counts originalCounts,
                                       List<RecordRow> after) throws ServiceException {
        old.undo(ProgressListener.NONE, new CancellationToken());
        other.undo(ProgressListener.NONE, new CancellationToken());
        assertSameRows(everyRecord(other), original);
        assertThat(other.counts()).isEqualTo(originalCounts).isEqualTo(old.counts());
        assertThat(other.canUndo()).isFalse();
        assertThat(cells(other.changeLog())).isEqualTo(cells(old.changeLog()));

        old.redo(ProgressListener.NONE, new CancellationToken());
        other.redo(ProgressListener.NONE, new CancellationToken());
        assertSameRows(everyRecord(other), after);
        assertThat(other.counts()).isEqualTo(old.counts());
        assertThat(cells(other.changeLog())).isEqualTo(cells(old.changeLog()));
    }
}
