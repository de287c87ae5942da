package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.didworkbench.App;
import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.report.ReportModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a workspace with corrections: before and after, and what was changed. */
class ReportAfterEditsTest {
    @TempDir
    Path dir;

    @Test
    void aFixShowsInTheVerdictTheItemFiguresAndTheCorrections() throws Exception {
        App app = new App();
        Path ws = dir.resolve("edited.didw");
        app.validateService().validate(new ImportRequest(ReportServiceTest.SAMPLE, ws, HeaderMode.AUTO,
                LocalDate.of(2026, 10, 15), ReportServiceTest.REFERENCE, null), true, null, null, ProgressListener.NONE,
                new CancellationToken());
        try (Session session = app.sessionService().open(ws)) {
            ReportModel before = app.reportService().build(session, ReportOptions.summaryOnly());
            int status = session.profile().indexOf("NHS_NUMBER_STATUS_IND");
            List<Issue> bad = session.issuesOfRule("DIDS003", 10);
            Issue first = bad.get(0);
            session.setValue(first.record(), status, "01", "Fix DIDS003: add the leading zero");
            int ethnic = session.profile().indexOf("ETHNIC_CATEGORY");
            Issue lower = session.issuesOfRule("DIDS012", 10).get(0);
            session.setValue(lower.record(), ethnic, "A", "");

            ReportModel after = app.reportService().build(session, ReportOptions.summaryOnly());

            assertThat(after.edited()).isTrue();
            assertThat(after.before()).isEqualTo(before.now());
            assertThat(after.now().errors()).isEqualTo(before.now().errors() - 2);
            assertThat(after.corrections().actions()).isEqualTo(2);
            assertThat(after.corrections().cellsChanged()).isEqualTo(2);
            assertThat(after.corrections().cellsEdited()).isEqualTo(2);
            assertThat(after.corrections().byRule()).containsExactlyInAnyOrder(
                    new ReportModel.Tally("DIDS003", 1), new ReportModel.Tally("Edited by hand (no rule named)", 1));
            assertThat(after.corrections().byItem()).containsExactlyInAnyOrder(
                    new ReportModel.Tally("NHS NUMBER STATUS INDICATOR CODE", 1), new ReportModel.Tally("ETHNIC CATEGORY", 1));
            // the item figures are today's: one more valid status code than when the file was opened
            assertThat(validOf(after, "NHS_NUMBER_STATUS_IND")).isEqualTo(validOf(before, "NHS_NUMBER_STATUS_IND") + 1);
            assertThat(after.rules().stream().filter(r -> r.code().equals("DIDS003")).findFirst().orElseThrow().count())
                    .isEqualTo(bad.size() - 1);
            assertThat(after.waits()).hasSameSizeAs(before.waits());
            assertThat(after.waitsNote()).isEmpty();

            String page = app.reportService().render(after);
            assertThat(page).contains("Verdict before and after", "When the file was opened: would be rejected",
                    "Cells changed by rule fixed", "DIDS003");
            assertThat(ReportServiceTest.found(page, ReportServiceTest.identifiersIn(ReportServiceTest.SAMPLE))).isEmpty();
        }
    }

    private static long validOf(ReportModel m, String item) {
        return m.items().stream().filter(i -> i.quality().item().equals(item)).findFirst().orElseThrow().quality().valid();
    }
}
