package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.did.DidV1Items;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorTest {
    private static final int NHS = DidV1Items.NHS_NUMBER;
    private static final int ACC = DidV1Items.RADIOLOGICAL_ACCESSION_NUM;
    private static final int SITE = DidV1Items.SITE_CODE_IMAGING;

    @TempDir
    Path dir;

    private Session sample() throws Exception {
        return new Workspaces(dir).open(Workspaces.SAMPLE, dir.resolve("w.didw"));
    }

    private static List<String> codes(Session s, long record) {
        return s.record(record).issues().stream().map(Issue::rule).toList();
    }

    @Test
    void anEditRevalidatesTheRecordAndIsLoggedWithWhoAndWhy() throws Exception {
        try (Session s = sample()) {
            assertThat(codes(s, 1)).isEmpty();
            EditOutcome out = s.setValue(1, NHS, "9434765918", "typo check");

            assertThat(out.records()).containsExactly(1L);
            assertThat(out.action()).isPositive();
            assertThat(codes(s, 1)).contains("DIDS001");
            assertThat(s.record(1).editedItems()).containsExactly(NHS);
            assertThat(out.counts().edits()).isEqualTo(1);
            List<ChangeEntry> log = s.history(1);
            assertThat(log).hasSize(1);
            ChangeEntry e = log.get(0);
            assertThat(e.kind()).isEqualTo("edit");
            assertThat(e.state()).isEqualTo("applied");
            assertThat(e.reason()).isEqualTo("typo check");
            assertThat(e.user()).isEqualTo(System.getProperty("user.name"));
            assertThat(e.item()).isEqualTo("NHS_NUMBER");
            assertThat(e.oldValue()).isEqualTo("9994137778");
            assertThat(e.newValue()).isEqualTo("9434765918");
            assertThat(e.line()).isEqualTo(1);
        }
    }

    @Test
    void undoRedoAndANewEditDiscardingTheRedoHistory() throws Exception {
        try (Session s = sample()) {
            long errors = s.counts().errors();
            s.setValue(1, NHS, "9434765918", "");
            s.setValue(2, NHS, "9434765918", "");
            assertThat(s.counts().errors()).isEqualTo(errors + 2);
            assertThat(s.canUndo()).isTrue();
            assertThat(s.canRedo()).isFalse();

            EditOutcome u = s.undo();
            assertThat(u.records()).containsExactly(2L);
            assertThat(Workspaces.values(s, 2).get(NHS)).isEqualTo("9990324786");
            assertThat(s.counts().errors()).isEqualTo(errors + 1);
            assertThat(s.canRedo()).isTrue();
            s.redo();
            assertThat(Workspaces.values(s, 2).get(NHS)).isEqualTo("9434765918");
            s.undo();
            s.undo();
            assertThat(s.canUndo()).isFalse();
            assertThat(s.counts().errors()).isEqualTo(errors);
            assertThat(s.counts().edits()).isZero();
            assertThat(s.record(1).editedItems()).isEmpty();

            s.redo();    // redoes the first edit (the earliest undone)
            assertThat(Workspaces.values(s, 1).get(NHS)).isEqualTo("9434765918");
            assertThat(Workspaces.values(s, 2).get(NHS)).isEqualTo("9990324786");
            s.setValue(3, NHS, "9732552476", "");
            assertThat(s.canRedo()).isFalse();
            assertThat(s.changeLog()).extracting(ChangeEntry::kind, ChangeEntry::state).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("edit", "applied"),
                    org.assertj.core.groups.Tuple.tuple("edit", "discarded"),
                    org.assertj.core.groups.Tuple.tuple("undo", "done"),
                    org.assertj.core.groups.Tuple.tuple("redo", "done"),
                    org.assertj.core.groups.Tuple.tuple("undo", "done"),
                    org.assertj.core.groups.Tuple.tuple("undo", "done"),
                    org.assertj.core.groups.Tuple.tuple("redo", "done"),
                    org.assertj.core.groups.Tuple.tuple("edit", "applied"));
            assertThatThrownBy(s::redo).isInstanceOf(ServiceException.class).hasMessage("There is nothing to redo.");
        }
    }

    @Test
    void reopeningRestoresValuesIssuesAndUndoHistory() throws Exception {
        Path ws = dir.resolve("w.didw");
        Workspaces w = new Workspaces(dir);
        try (Session s = w.open(Workspaces.SAMPLE, ws)) {
            s.setValue(5, NHS, "9434765918", "first");
            s.setValues(Map.of(6L, Map.of(NHS, "9434765918"), 7L, Map.of(NHS, "9434765918")), "bulk");
        }
        try (Session s = w.sessions.open(ws)) {
            assertThat(s.counts().edits()).isEqualTo(3);
            assertThat(codes(s, 6)).contains("DIDS001");
            assertThat(s.canUndo()).isTrue();
            EditOutcome u = s.undo();
            assertThat(u.records()).containsExactlyInAnyOrder(6L, 7L);
            assertThat(codes(s, 6)).doesNotContain("DIDS001");
            assertThat(s.counts().edits()).isEqualTo(1);
        }
        try (Session s = w.sessions.open(ws)) {
            assertThat(s.canRedo()).isTrue();
            s.redo();
            assertThat(s.counts().edits()).isEqualTo(3);
        }
    }

    @Test
    void revertPutsTheFileValueBackAndCanItselfBeUndone() throws Exception {
        try (Session s = sample()) {
            s.setValue(1, NHS, "9434765918", "");
            s.setValue(1, NHS, "9732552476", "");
            s.setValue(1, SITE, "RZZ02", "");
            EditOutcome r = s.revertCell(1, NHS, "wrong record");
            assertThat(r.action()).isPositive();
            assertThat(Workspaces.values(s, 1).get(NHS)).isEqualTo("9994137778");
            assertThat(s.record(1).editedItems()).containsExactly(SITE);
            assertThat(s.revertCell(1, NHS, "again").action()).isZero();
            s.undo();
            assertThat(Workspaces.values(s, 1).get(NHS)).isEqualTo("9732552476");
            s.revertRecord(1, "");
            assertThat(s.record(1).editedItems()).isEmpty();
            assertThat(s.counts().edits()).isZero();
            assertThat(s.record(1).issues()).isEmpty();
        }
    }

    @Test
    void settingAValueBackToTheFileValueClearsTheEditedMark() throws Exception {
        try (Session s = sample()) {
            s.setValue(1, NHS, "9434765918", "");
            s.setValue(1, NHS, "9994137778", "");
            assertThat(s.record(1).editedItems()).isEmpty();
            assertThat(s.counts().edits()).isZero();
            assertThat(s.setValue(1, NHS, "9994137778", "").action()).as("no change, no action").isZero();
        }
    }

    @Test
    void duplicateGroupsFollowTheEditOnBothTheOldAndTheNewKey() throws Exception {
        try (Session s = sample()) {
            long a = 1;
            long b = 2;
            String accA = Workspaces.values(s, a).get(ACC);
            String siteA = Workspaces.values(s, a).get(SITE);
            // b joins a's key: both get DIDS071
            EditOutcome out = s.setValues(Map.of(b, Map.of(ACC, " " + accA + " ", SITE, siteA)), "");
            assertThat(out.records()).containsExactlyInAnyOrder(a, b);
            assertThat(codes(s, a)).containsExactly("DIDS071");
            assertThat(codes(s, b)).containsExactly("DIDS071");
            assertThat(s.record(a).issues().get(0).message()).contains("is used by 2 records (also line 2)");
            // b leaves again: a is clean again
            out = s.undo();
            assertThat(out.records()).containsExactlyInAnyOrder(a, b);
            assertThat(codes(s, a)).isEmpty();
            assertThat(codes(s, b)).isEmpty();
        }
    }

    @Test
    void anEditThatEndsADuplicateClearsThePartnerToo() throws Exception {
        try (Session s = sample()) {
            List<Issue> dups = s.issuesOfRule("DIDS071", 10);
            assertThat(dups).hasSizeGreaterThanOrEqualTo(2);
            long first = dups.get(0).record();
            long partner = dups.get(1).record();
            long errors = s.counts().errors();
            EditOutcome out = s.setValue(first, ACC, "RZZ99-UNIQUE-1", "fix duplicate");
            assertThat(out.records()).contains(first, partner);
            assertThat(codes(s, first)).doesNotContain("DIDS071");
            assertThat(codes(s, partner)).doesNotContain("DIDS071");
            assertThat(s.counts().errors()).isEqualTo(errors - 2);
        }
    }

    @Test
    void cachedCountsAgreeWithAFreshCount() throws Exception {
        Path ws = dir.resolve("w.didw");
        Workspaces w = new Workspaces(dir);
        Counts cached;
        try (Session s = w.open(Workspaces.SAMPLE, ws)) {
            List<Issue> dups = s.issuesOfRule("DIDS071", 10);
            s.setValue(dups.get(0).record(), ACC, "X1", "");
            s.setValue(3, NHS, "123", "");
            s.setValue(3, NHS, "", "");
            s.setValues(Map.of(10L, Map.of(SITE, "RZZ01", ACC, Workspaces.values(s, 11).get(ACC)),
                    11L, Map.of(SITE, "RZZ01")), "");
            s.undo();
            s.revertRecord(3, "");
            cached = s.counts();
        }
        try (Session s = w.sessions.open(ws)) {
            assertThat(s.counts()).isEqualTo(cached);
        }
    }

    @Test
    void summaryOfAnUneditedWorkspaceEqualsTheImportSummary() throws Exception {
        Workspaces w = new Workspaces(dir);
        ImportResult imported = w.importFile(Workspaces.SAMPLE, dir.resolve("w.didw"));
        try (Session s = w.sessions.open(dir.resolve("w.didw"))) {
            assertThat(s.summary()).isEqualTo(imported.summary());
            s.setValue(1, NHS, "9434765918", "");
            assertThat(s.summary().errors()).isEqualTo(imported.summary().errors() + 1);
            s.undo();
            assertThat(s.summary()).isEqualTo(imported.summary());
        }
    }

    @Test
    void refusesValuesTheFileCannotCarryWithoutQuotingThem() throws Exception {
        try (Session s = sample()) {
            assertThatThrownBy(() -> s.setValue(1, NHS, "94347\0" + "65919", ""))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("NUL")
                    .hasMessageNotContaining("94347");
            assertThatThrownBy(() -> s.setValue(1, 99, "x", ""))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("no item 100");
            assertThatThrownBy(() -> s.setValue(999_999, NHS, "9434765919", ""))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("no record 999999");
            assertThat(s.changeLog()).isEmpty();
        }
    }

    @Test
    void aWindows1252WorkspaceRefusesCharactersItsFileCannotHold() throws Exception {
        String line = String.join(",", "9434765919", "01", "1967-04-01", "A", "1", "B30 2UQ", "P81029", "04",
                "G2427403", "P81029", "2026-09-23", "2026-09-23", "2026-09-23", "XANKL", "", "2026-09-24", "RZZ01",
                "RZZ01-é") + "\r\n";
        Path src = dir.resolve("w1252.csv");
        Files.write(src, line.getBytes(org.didworkbench.io.SubmissionCharsets.WINDOWS_1252));
        try (Session s = new Workspaces(dir).open(src, dir.resolve("w.didw"))) {
            assertThatThrownBy(() -> s.setValue(1, ACC, "RZZ01-Ā", ""))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("Windows-1252")
                    .hasMessageNotContaining("RZZ01");
            assertThat(s.setValue(1, ACC, "RZZ01-£", "").action()).isPositive();
        }
    }

    @Test
    void aRecordWithTooFewFieldsCannotGainOne() throws Exception {
        Path src = dir.resolve("short.csv");
        Files.writeString(src, "a,b,c\n");
        try (Session s = new Workspaces(dir).open(src, dir.resolve("w.didw"))) {
            assertThatThrownBy(() -> s.setValue(1, 5, "x", "")).isInstanceOf(ServiceException.class)
                    .hasMessageContaining("has only 3 fields");
            assertThat(s.setValue(1, 1, "B", "").records()).containsExactly(1L);
            assertThat(codes(s, 1)).containsExactly("DIDS075");
        }
    }
}
