package org.didworkbench.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The DQMI formula of did-reference.md §6.1. */
class DqmiTest {

    @Test
    void defaultsWithinTheThresholdCostNothing() {
        // 1000 records, 990 valid, 15 defaults: under 2% of 1000 = 20, so no excess
        Dqmi.ItemScore s = Dqmi.score(new ItemQuality("ETHNIC_CATEGORY", 1000, 995, 990, 15), 0.02);
        assertThat(s.excessDefaults()).isZero();
        assertThat(s.score()).isCloseTo(99.0, within(1e-9));
    }

    @Test
    void defaultsBeyondTheThresholdAreTakenOffTheValidRecords() {
        // 50 defaults, 20 allowed: 30 in excess; (990 - 30) / 1000
        Dqmi.ItemScore s = Dqmi.score(new ItemQuality("ETHNIC_CATEGORY", 1000, 995, 990, 50), 0.02);
        assertThat(s.excessDefaults()).isCloseTo(30, within(1e-9));
        assertThat(s.score()).isCloseTo(96.0, within(1e-9));
    }

    @Test
    void missingValuesLowerTheScoreAsInvalidOnesDo() {
        Dqmi.ItemScore s = Dqmi.score(new ItemQuality("IMAGING_CODE_SNOMED", 200, 100, 100, 0), 0.02);
        assertThat(s.score()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void noRecordsNoScore() {
        assertThat(Dqmi.score(new ItemQuality("X", 0, 0, 0, 0), 0.02).score()).isNaN();
    }

    @Test
    void theFileScoreIsTheMeanItemScoreTimesCoverageLeavingOutItemsWithNoScore() {
        List<Dqmi.ItemScore> scores = Dqmi.scores(List.of(
                new ItemQuality("A", 100, 100, 100, 0),
                new ItemQuality("B", 100, 100, 80, 0),
                new ItemQuality("C", 0, 0, 0, 0)), new Dqmi.Thresholds(0.02, Map.of()));
        assertThat(Dqmi.overall(scores, 1.0)).isCloseTo(90.0, within(1e-9));
        assertThat(Dqmi.overall(scores, 0.5)).isCloseTo(45.0, within(1e-9));
    }

    @Test
    void thresholdsFallBackToTheStandardOne() {
        Dqmi.Thresholds t = Dqmi.Thresholds.didV1();
        assertThat(t.of("ETHNIC_CATEGORY")).isEqualTo(0.035);
        assertThat(t.of("PERSON_GENDER_CODE")).isEqualTo(0.02);
    }
}
