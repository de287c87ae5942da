package org.didworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    private static String[] values(int n, String prefix) {
        String[] v = new String[n];
        for (int i = 0; i < n; i++) {
            v[i] = prefix + i;
        }
        return v;
    }

    @Test
    void loadsCompletesAndReopensWithEverythingKept() {
        Path file = dir.resolve("w.didw");
        try (Workspace ws = Workspace.createForImport(file, 3)) {
            BulkLoader loader = ws.bulkLoader();
            for (int r = 1; r <= 123; r++) {
                loader.addRecord(new SubmissionRecord(r, r + 1, values(3, "r" + r + "-")), r == 7 ? "raw7\r\n" : null);
            }
            loader.addRecord(new SubmissionRecord(124, 125, values(5, "x"), null), "x0,x1,x2,x3,x4\n");
            loader.addRecord(new SubmissionRecord(125, 126, values(2, "y"), "a quoted field is not closed"), "y0,\"y1\n");
            for (int r = 1; r <= 61; r++) {
                loader.addIssue(new Issue(r * 2, r * 2 + 1, "DIDS001", Severity.ERROR, List.of("A", "B"), "v" + r, "m" + r));
            }
            loader.flush();
            ws.putMeta("source.name", "sample.csv");
            ws.completeImport();
        }
        assertThat(file).exists();
        assertThat(dir.resolve("w.didw.part")).doesNotExist();

        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.recordCount()).isEqualTo(125);
            assertThat(ws.issueCount()).isEqualTo(61);
            assertThat(ws.meta()).containsEntry("source.name", "sample.csv");
            List<StoredRecord> some = ws.records(new long[] {124, 7, 125, 999});
            assertThat(some).extracting(s -> s.record().number()).containsExactly(7L, 124L, 125L);
            assertThat(some.get(0).raw()).isEqualTo("raw7\r\n");
            assertThat(some.get(0).record().values()).containsExactly("r7-0", "r7-1", "r7-2");
            assertThat(some.get(0).record().line()).isEqualTo(8);
            assertThat(some.get(1).record().values()).containsExactly("x0", "x1", "x2", "x3", "x4");
            assertThat(some.get(2).record().defect()).isEqualTo("a quoted field is not closed");
            assertThat(some.get(2).record().values()).containsExactly("y0", "y1");
            List<Issue> issues = new ArrayList<>();
            ws.forEachIssue(issues::add);
            assertThat(issues).hasSize(61);
            assertThat(issues.get(0)).isEqualTo(new Issue(2, 3, "DIDS001", Severity.ERROR, List.of("A", "B"), "v1", "m1"));
            List<Long> order = new ArrayList<>();
            ws.forEachRecord(s -> order.add(s.record().number()));
            assertThat(order).hasSize(125).isSorted();
        }
    }

    @Test
    void anUnfinishedLoadLeavesNoWorkspace() {
        Path file = dir.resolve("w.didw");
        Workspace ws = Workspace.createForImport(file, 2);
        ws.bulkLoader().addRecord(new SubmissionRecord(1, 1, values(2, "a")), null);
        ws.close();
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("w.didw.part")).doesNotExist();
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("no workspace");
    }

    @Test
    void aLeftoverPartFromAKilledLoadIsReplaced() throws Exception {
        Path file = dir.resolve("w.didw");
        Files.writeString(dir.resolve("w.didw.part"), "half a database");
        assertThatThrownBy(() -> Workspace.open(file)).hasMessageContaining("interrupted");
        try (Workspace ws = Workspace.createForImport(file, 2)) {
            ws.completeImport();
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.recordCount()).isZero();
        }
    }

    @Test
    void workspaceFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("private.didw");
        try (Workspace ws = Workspace.createForImport(file, 1)) {
            ws.completeImport();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void refusesToOverwriteAnExistingWorkspace() throws Exception {
        Path file = dir.resolve("w.didw");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> Workspace.createForImport(file, 1)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedClearly() throws Exception {
        Path file = dir.resolve("notes.didw");
        Files.writeString(file, "these are not the droids");
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("notes.didw").hasMessageNotContaining("droids");
    }
}
