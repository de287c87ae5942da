package org.didworkbench.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.rules.did.DidV1Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DIDS075: a record of the wrong shape is reported once, and nothing else is said of it. */
class ValidatorStructureTest {
    private final Validator validator = new Validator(DidV1Profile.create(),
            new RuleContext(LocalDate.of(2026, 10, 15), ReferenceData.none()));

    private static String[] fields(int n) {
        String[] v = new String[n];
        Arrays.fill(v, "");
        return v;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 17, 19, 30})
    void wrongFieldCountIsDids075Only(int n) {
        List<Issue> issues = validator.validate(new SubmissionRecord(4, 5, fields(n)));
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.rule()).isEqualTo("DIDS075");
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.record()).isEqualTo(4);
            assertThat(i.line()).isEqualTo(5);
            assertThat(i.message()).contains(n + " field").contains("18 are expected");
        });
        assertThat(validator.wellFormed(new SubmissionRecord(4, 5, fields(n)))).isFalse();
    }

    @Test
    void brokenQuotesAreDids075() {
        List<Issue> issues = validator.validate(new SubmissionRecord(1, 1, fields(18), "a quoted field is not closed"));
        assertThat(issues).extracting(Issue::rule).containsExactly("DIDS075");
        assertThat(issues.get(0).message()).contains("a quoted field is not closed");
    }

    @Test
    void eighteenFieldsAreWellFormed() {
        assertThat(validator.wellFormed(new SubmissionRecord(1, 1, fields(18)))).isTrue();
        assertThat(validator.validate(new SubmissionRecord(1, 1, fields(18))))
                .extracting(Issue::rule).doesNotContain("DIDS075");
    }

    @Test
    void rulesNeedingMissingReferenceDataAreListedAsNotChecked() {
        for (String code : validator.notChecked()) {
            assertThat(validator.profile().rule(code)).get()
                    .satisfies(r -> assertThat(r.references()).isNotEmpty());
        }
    }
}
