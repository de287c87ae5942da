package org.didworkbench.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class PackedPostcodeDirectoryTest {

    private static PackedPostcodeDirectory directory() {
        PackedPostcodeDirectory.Builder b = new PackedPostcodeDirectory.Builder();
        b.add("LS1 4HR", null);
        b.add("M1 1AE", null);
        b.add("LS2 9JT", YearMonth.of(2020, 1));
        b.add("B1 1AA", YearMonth.of(2019, 6));
        b.add("b11aa", null);
        b.add("NE1 4ST", YearMonth.of(2021, 12));
        b.add("NE1 4ST", YearMonth.of(2018, 3));
        return b.build();
    }

    @Test
    void findsPostcodesWhateverTheSpacingOrCase() {
        PackedPostcodeDirectory d = directory();
        assertThat(d.contains("LS1 4HR")).isTrue();
        assertThat(d.contains("ls1  4hr")).isTrue();
        assertThat(d.contains("LS14HR")).isTrue();
        assertThat(d.contains("M1 1AE")).isTrue();
        assertThat(d.contains("LS1 4HS")).isFalse();
        assertThat(d.contains("M1 1AF")).isFalse();
        assertThat(d.contains("ZZ99 3WZ")).isFalse();
        assertThat(d.contains("not a postcode")).isFalse();
        assertThat(d.contains(null)).isFalse();
    }

    @Test
    void keepsTerminationMonthsAndOnePostcodeOnce() {
        PackedPostcodeDirectory d = directory();
        assertThat(d.size()).isEqualTo(5);
        assertThat(d.terminated("LS2 9JT")).contains(YearMonth.of(2020, 1));
        assertThat(d.contains("LS2 9JT")).isTrue();
        assertThat(d.terminated("LS1 4HR")).isEmpty();
        assertThat(d.terminated("B1 1AA")).as("a live entry wins over a terminated one").isEmpty();
        assertThat(d.terminated("NE1 4ST")).as("the earliest termination is kept").contains(YearMonth.of(2018, 3));
        assertThat(d.terminated("XX1 1XX")).isEmpty();
    }

    @Test
    void anEmptyDirectoryHoldsNothing() {
        PackedPostcodeDirectory d = new PackedPostcodeDirectory.Builder().build();
        assertThat(d.size()).isZero();
        assertThat(d.contains("LS1 4HR")).isFalse();
    }

    @Test
    void refusesWhatIsNotAPostcode() {
        PackedPostcodeDirectory.Builder b = new PackedPostcodeDirectory.Builder();
        assertThat(b.add("LS1", null)).isFalse();
        assertThatThrownBy(() -> b.add(PostcodeKey.INVALID, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(b.build().size()).isZero();
    }

    @Test
    void growsPastItsFirstBuffer() {
        PackedPostcodeDirectory.Builder b = new PackedPostcodeDirectory.Builder();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            b.add(String.format("A%d %d%c%c", i % 100, i / 100 % 10, 'A' + i / 1000 % 26, 'A' + i / 26_000 % 26),
                    null);
        }
        PackedPostcodeDirectory d = b.build();
        assertThat(d.size()).isEqualTo(n);
        assertThat(d.contains("A99 9ZG")).isTrue();
        assertThat(d.contains("A0 0AA")).isTrue();
    }
}
