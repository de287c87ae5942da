package org.didworkbench.ui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Severity;
import org.didworkbench.domain.rules.did.DidV1Items;
import org.didworkbench.service.RecordRow;
import org.didworkbench.ui.records.CellPresenter.CellLook;
import org.didworkbench.ui.records.CellPresenter.Mark;
import org.junit.jupiter.api.Test;

class CellPresenterTest {
    private static final List<DataItem> ITEMS = DidV1Items.items();
    private static final DataItem NHS = ITEMS.get(DidV1Items.NHS_NUMBER);
    private static final DataItem STATUS = ITEMS.get(DidV1Items.NHS_NUMBER_STATUS_IND);

    private static final Issue CHECK_DIGIT = new Issue(21, 22, "DIDS001", Severity.ERROR, List.of("NHS_NUMBER"),
            "9993215292", "NHS NUMBER '9993215292' fails the modulus 11 check digit; expected a 10-digit NHS number"
            + " whose last digit is its check digit.");
    private static final Issue STATUS_WARNING = new Issue(21, 22, "DIDS004", Severity.WARNING,
            List.of("NHS_NUMBER_STATUS_IND", "NHS_NUMBER"), "02", "NHS NUMBER STATUS INDICATOR CODE '02' …");
    private static final Issue PALINDROME = new Issue(21, 22, "DQW-NHS-PALINDROME", Severity.WARNING,
            List.of("NHS_NUMBER"), "9993215292", "NHS NUMBER looks made up.");

    private static RecordRow row(List<Issue> issues, Set<Integer> edited) {
        String[] values = new String[ITEMS.size()];
        java.util.Arrays.fill(values, "x");
        values[0] = "9993215292";
        values[1] = "02";
        return new RecordRow(21, 22, List.of(values), issues, edited, null);
    }

    @Test
    void anErrorMarksItsCellAndTheTooltipGivesCodeMessageAndValue() {
        CellLook look = CellPresenter.look(row(List.of(CHECK_DIGIT), Set.of()), 0, NHS, false);

        assertThat(look.mark()).isEqualTo(Mark.ERROR);
        assertThat(look.text()).isEqualTo("9993215292");
        assertThat(look.tooltip()).contains("DIDS001", "error", "fails the modulus 11 check digit",
                "Value: '9993215292'");
        assertThat(look.edited()).isFalse();
    }

    @Test
    void aCellWithoutIssuesIsPlain() {
        CellLook look = CellPresenter.look(row(List.of(CHECK_DIGIT), Set.of()), 1, STATUS, false);

        assertThat(look.mark()).isEqualTo(Mark.NONE);
        assertThat(look.tooltip()).isNull();
    }

    @Test
    void aRuleOverSeveralItemsMarksEachAndTheWorstIssueWins() {
        RecordRow r = row(List.of(PALINDROME, STATUS_WARNING, CHECK_DIGIT), Set.of());

        assertThat(CellPresenter.look(r, 1, STATUS, false).mark()).isEqualTo(Mark.WARNING);
        CellLook nhs = CellPresenter.look(r, 0, NHS, false);
        assertThat(nhs.mark()).isEqualTo(Mark.ERROR);
        assertThat(nhs.issues()).hasSize(3);
        assertThat(nhs.tooltip()).contains("DQW-NHS-PALINDROME", "outlier", "DIDS004", "DIDS001");
    }

    @Test
    void workbenchChecksAreOutliersNotWarnings() {
        assertThat(CellPresenter.markOf(PALINDROME)).isEqualTo(Mark.OUTLIER);
        assertThat(CellPresenter.markOf(STATUS_WARNING)).isEqualTo(Mark.WARNING);
        assertThat(CellPresenter.look(row(List.of(PALINDROME), Set.of()), 0, NHS, false).mark())
                .isEqualTo(Mark.OUTLIER);
    }

    @Test
    void anEditedCellSaysSo() {
        CellLook look = CellPresenter.look(row(List.of(), Set.of(0)), 0, NHS, false);

        assertThat(look.edited()).isTrue();
        assertThat(look.tooltip()).contains("Edited");
    }

    @Test
    void maskingHidesTheIdentifierInTheCellAndInTheTooltip() {
        CellLook look = CellPresenter.look(row(List.of(CHECK_DIGIT), Set.of()), 0, NHS, true);

        assertThat(look.text()).doesNotContain("9993215").endsWith("292");
        assertThat(look.tooltip()).doesNotContain("9993215292").contains("DIDS001");
        assertThat(CellPresenter.look(row(List.of(), Set.of()), 1, STATUS, true).text()).isEqualTo("02");
    }

    @Test
    void theRowHeaderShowsTheLineAndTheWorstIssueOfTheRecord() {
        Issue structure = new Issue(21, 22, "DIDS075", Severity.ERROR, List.of("RECORD"), "",
                "The record has 17 fields; expected 18.");
        CellLook look = CellPresenter.recordLook(row(List.of(STATUS_WARNING, structure), Set.of(3)), ITEMS, false);

        assertThat(look.text()).isEqualTo("22");
        assertThat(look.mark()).isEqualTo(Mark.ERROR);
        assertThat(look.edited()).isTrue();
        assertThat(look.tooltip()).contains("2 issues", "DIDS075", "17 fields").doesNotContain("DIDS004");
    }

    @Test
    void withValueShowsTheTypedValueAsAnEdit() {
        RecordRow r = CellPresenter.withValue(row(List.of(), Set.of()), 0, "9434765919");

        assertThat(r.value(0)).isEqualTo("9434765919");
        assertThat(r.editedItems()).containsExactly(0);
        assertThat(r.record()).isEqualTo(21);
    }
}
