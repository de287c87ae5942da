package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.didworkbench.domain.outliers.OutlierSettings;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.did.DidV1Items;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session asked to prepare for edits reads the records for the workbench checks on a thread of its
 * own, and its edits then get exactly the workbench findings they get without preparing.
 */
class EditPreparationTest {

    @Test
    void anEditAfterPreparingGetsTheSameFindingsAsOneWithout(@TempDir Path dir) throws Exception {
        WorkbenchRecordCheck checks = new WorkbenchChecks(OutlierSettings.defaults()).recordCheck();
        Workspaces w = new Workspaces(dir, checks);
        Path a = dir.resolve("a.didw");
        Path b = dir.resolve("b.didw");
        w.importFile(Workspaces.SAMPLE, a);
        w.importFile(Workspaces.SAMPLE, b);
        // a record reported long after its test (a workbench outlier), then reported on the day of the test
        List<Issue> prepared;
        List<Issue> plain;
        long rec;
        try (Session s = w.sessions.open(a)) {
            s.prepareForEdits();
            s.prepareForEdits(); // a second call starts nothing more
            rec = firstWith(s, "DQW-OUT-TEST-REP");
            s.setValue(rec, DidV1Items.SERVICE_REPORT_DATE, s.record(rec).value(DidV1Items.DIAGNOSTIC_TEST_DATE), "test");
            prepared = s.record(rec).issues();
        }
        try (Session s = w.sessions.open(b)) {
            s.setValue(rec, DidV1Items.SERVICE_REPORT_DATE, s.record(rec).value(DidV1Items.DIAGNOSTIC_TEST_DATE), "test");
            plain = s.record(rec).issues();
        }
        assertThat(prepared).isEqualTo(plain).extracting(Issue::rule).doesNotContain("DQW-OUT-TEST-REP");
    }

    private static long firstWith(Session s, String rule) {
        for (long r = 1; r <= s.counts().records(); r++) {
            if (s.record(r).issues().stream().anyMatch(i -> i.rule().equals(rule))) {
                return r;
            }
        }
        throw new AssertionError("the sample has no " + rule);
    }

    @Test
    void aSessionOpenedByItsImportJudgesEditsAsOneOpenedLater(@TempDir Path dir) throws Exception {
        Workspaces w = new Workspaces(dir, new WorkbenchChecks(OutlierSettings.defaults()).recordCheck());
        Path a = dir.resolve("a.didw");
        Path b = dir.resolve("b.didw");
        List<Issue> imported;
        List<Issue> reopened;
        long rec;
        try (Session s = w.sessions.importAndOpen(w.request(Workspaces.SAMPLE, a), ProgressListener.NONE,
                new CancellationToken())) {
            rec = firstWith(s, "DQW-OUT-TEST-REP");
            s.setValue(rec, DidV1Items.SERVICE_REPORT_DATE, s.record(rec).value(DidV1Items.DIAGNOSTIC_TEST_DATE), "test");
            imported = s.record(rec).issues();
            // a likely duplicate made by the edit is found with the import's analysis too
            s.setValue(rec + 1, DidV1Items.NHS_NUMBER, s.record(rec).value(DidV1Items.NHS_NUMBER), "test");
            imported = List.of(imported, s.record(rec + 1).issues()).stream().flatMap(List::stream).toList();
        }
        w.importFile(Workspaces.SAMPLE, b);
        try (Session s = w.sessions.open(b)) {
            s.setValue(rec, DidV1Items.SERVICE_REPORT_DATE, s.record(rec).value(DidV1Items.DIAGNOSTIC_TEST_DATE), "test");
            List<Issue> first = s.record(rec).issues();
            s.setValue(rec + 1, DidV1Items.NHS_NUMBER, s.record(rec).value(DidV1Items.NHS_NUMBER), "test");
            reopened = List.of(first, s.record(rec + 1).issues()).stream().flatMap(List::stream).toList();
        }
        assertThat(imported).isEqualTo(reopened).extracting(Issue::rule).doesNotContain("DQW-OUT-TEST-REP");
    }

    @Test
    void closingASessionWhilePreparingStopsCleanly(@TempDir Path dir) throws Exception {
        Workspaces w = new Workspaces(dir, new WorkbenchChecks(OutlierSettings.defaults()).recordCheck());
        Path a = dir.resolve("a.didw");
        w.importFile(Workspaces.SAMPLE, a);
        Session s = w.sessions.open(a);
        s.prepareForEdits();
        s.close();
        // the workspace opens and edits again afterwards
        try (Session again = w.sessions.open(a)) {
            again.setValue(1, DidV1Items.ETHNIC_CATEGORY, "A", "test");
            assertThat(again.record(1).value(DidV1Items.ETHNIC_CATEGORY)).isEqualTo("A");
        }
    }
}
