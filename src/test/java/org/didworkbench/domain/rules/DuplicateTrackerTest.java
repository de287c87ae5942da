package org.didworkbench.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateTrackerTest {

    @Test
    void reportsEveryRecordOfARepeatedKeyAndNoOther() {
        DuplicateTracker t = new DuplicateTracker();
        t.add("A\u0000RZZ01", 1);
        t.add("B\u0000RZZ01", 2);
        t.add("A\u0000RZZ01", 3);
        t.add("A\u0000RZZ02", 4);
        t.add(null, 5);
        t.add("A\u0000RZZ01", 6);
        assertThat(t.candidates()).containsExactly(1, 3, 6);
    }

    @Test
    void keepsFindingRepeatsAcrossTableGrowth() {
        DuplicateTracker t = new DuplicateTracker();
        for (int i = 1; i <= 100_000; i++) {
            t.add("ACC" + i, i);
        }
        t.add("ACC77", 100_001);
        t.add("ACC99999", 100_002);
        assertThat(t.candidates()).containsExactly(77, 99_999, 100_001, 100_002);
    }

    @Test
    void noKeysNoCandidates() {
        assertThat(new DuplicateTracker().candidates()).isEmpty();
    }

    @Test
    void recordNumbersBeyondSixteenMillionWidenTheEntriesAndKeepEarlierOnes() {
        DuplicateTracker t = new DuplicateTracker();
        t.add("ACC1", 5);
        t.add("ACC2", 6);
        t.add("ACC1", 20_000_000L);
        t.add("ACC3", 3_000_000_000L);
        t.add("ACC2", 3_000_000_001L);
        assertThat(t.candidates()).containsExactly(5, 6, 20_000_000L, 3_000_000_001L);
    }
}
