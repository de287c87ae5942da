package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.rules.did.DidV1Profile;
import org.didworkbench.report.ReportModel;
import org.junit.jupiter.api.Test;

/** The report's corrections section, from the change log alone. */
class ReportCorrectionsTest {
    static final Profile PROFILE = DidV1Profile.create();

    static ChangeEntry entry(long action, String kind, String reason, String state, long record, String item) {
        return new ChangeEntry(action, Instant.parse("2026-10-14T09:00:00Z"), "analyst", kind, reason, state, record,
                record + 1, item, "old", "new");
    }

    static Counts counts(long edits) {
        return new Counts(2000, 10, 3, 4, 9, edits, true, "Would be rejected: 10 errors in 9 records");
    }

    @Test
    void countsAppliedChangesByItemAndByTheRuleTheirReasonNames() {
        List<ChangeEntry> log = List.of(
                entry(1, "fix", "Fix DIDS003: add the leading zero", "applied", 10, "NHS_NUMBER_STATUS_IND"),
                entry(1, "fix", "Fix DIDS003: add the leading zero", "applied", 11, "NHS_NUMBER_STATUS_IND"),
                entry(1, "fix", "Fix DIDS003: add the leading zero", "applied", 12, "NHS_NUMBER_STATUS_IND"),
                entry(2, "edit", "typo, see DIDS001", "applied", 20, "NHS_NUMBER"),
                entry(3, "edit", "", "applied", 21, "POSTCODE"),
                entry(4, "edit", "DQW-AGE-EXAM checked with the ward", "applied", 22, "PERSON_BIRTH_DATE"),
                entry(5, "revert", "", "applied", 20, "NHS_NUMBER"),
                entry(6, "edit", "DIDS017", "undone", 23, "POSTCODE"),
                entry(7, "undo", "", "done", 23, "POSTCODE"));

        ReportModel.Corrections c = ReportFigures.corrections(PROFILE, log, counts(5));

        assertThat(c.actions()).isEqualTo(5);
        assertThat(c.cellsChanged()).isEqualTo(7);
        assertThat(c.cellsEdited()).isEqualTo(5);
        assertThat(c.undone()).isEqualTo(1);
        assertThat(c.byItem()).containsExactly(
                new ReportModel.Tally("NHS NUMBER STATUS INDICATOR CODE", 3),
                new ReportModel.Tally("NHS NUMBER", 2),
                new ReportModel.Tally("PERSON BIRTH DATE", 1),
                new ReportModel.Tally("POSTCODE OF USUAL ADDRESS", 1));
        assertThat(c.byRule()).containsExactly(
                new ReportModel.Tally("DIDS003", 3),
                new ReportModel.Tally("DIDS001", 1),
                new ReportModel.Tally("DQW-AGE-EXAM", 1),
                new ReportModel.Tally("Edited by hand (no rule named)", 1),
                new ReportModel.Tally("Put back to the file's value", 1));
    }

    @Test
    void aReasonIsNeverPrintedOnlyTheRuleItNames() {
        ChangeEntry typed = entry(1, "edit", "patient said her NHS number is 9434765919", "applied", 1, "NHS_NUMBER");
        assertThat(ReportFigures.ruleOf(typed)).isEqualTo("Edited by hand (no rule named)");
        assertThat(ReportFigures.ruleOf(entry(1, "fix", "bulk: trim spaces", "applied", 1, "REFERRER")))
                .isEqualTo("Fixed in bulk (no rule named)");
    }

    @Test
    void anEmptyLogIsNoCorrections() {
        assertThat(ReportFigures.corrections(PROFILE, List.of(), counts(0)).isEmpty()).isTrue();
    }
}
