package org.didworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The choices the settings dialog stores: text size and the submission date rule, and what a bad stored value gives. */
class WorkbenchSettingsChoicesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
    private final InMemorySettingsStore store = new InMemorySettingsStore();
    private final WorkbenchSettings settings = new WorkbenchSettings(store);

    @Test
    void theSubmissionDateFollowsTheChosenRule() {
        assertThat(settings.defaultSubmissionDate(TODAY)).isEqualTo(TODAY);
        settings.setSubmissionDateRule(SubmissionDateRule.FIFTEENTH_OF_THIS_MONTH);
        assertThat(settings.defaultSubmissionDate(TODAY)).isEqualTo(LocalDate.of(2026, 10, 15));
        settings.setSubmissionDateRule(SubmissionDateRule.FIXED);
        settings.setFixedSubmissionDate(LocalDate.of(2026, 6, 14));
        assertThat(new WorkbenchSettings(store).defaultSubmissionDate(TODAY)).isEqualTo(LocalDate.of(2026, 6, 14));
    }

    @Test
    void theTextSizeIsKeptWithinElevenToEighteen() {
        assertThat(settings.fontSize()).isEmpty();
        settings.setFontSize(16);
        assertThat(new WorkbenchSettings(store).fontSize()).hasValue(16);
        settings.setFontSize(0);
        assertThat(settings.fontSize()).isEmpty();
        settings.setFontSize(40);
        assertThat(settings.fontSize()).isEmpty();
    }

    @Test
    void badStoredValuesGiveTheDefaultsAndAreReportedOnce() {
        store.put("view.font-size", "huge");
        store.put("open.date-rule", "NEXT_TUESDAY");
        store.put("open.date-fixed", "15/10/2026");
        store.put("view.dark", "maybe");

        assertThat(settings.fontSize()).isEmpty();
        assertThat(settings.submissionDateRule()).isEqualTo(SubmissionDateRule.TODAY);
        assertThat(settings.fixedSubmissionDate()).isEmpty();
        assertThat(settings.defaultSubmissionDate(TODAY)).isEqualTo(TODAY);

        assertThat(settings.repair()).hasSize(4).anySatisfy(m -> assertThat(m).contains("'huge'", "11 to 18"))
                .anySatisfy(m -> assertThat(m).contains("'NEXT_TUESDAY'", "Today's date applies"))
                .anySatisfy(m -> assertThat(m).contains("'15/10/2026'", "CCYY-MM-DD"))
                .anySatisfy(m -> assertThat(m).contains("view.dark", "'maybe'"));
        assertThat(settings.repair()).as("reported once").isEmpty();
    }

    @Test
    void aFixedRuleWithoutItsDateFallsBackToToday() {
        settings.setSubmissionDateRule(SubmissionDateRule.FIXED);
        assertThat(settings.defaultSubmissionDate(TODAY)).isEqualTo(TODAY);
        assertThat(settings.repair()).singleElement().asString().contains("no date was saved");
        assertThat(settings.submissionDateRule()).isEqualTo(SubmissionDateRule.TODAY);
    }
}
