package org.didworkbench.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The DIDS v2.0 timestamp grammar (dids-v2-reference.md §1.5). */
class TimestampTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2020-08-21T10:15:20+01:00, 2020-08-21T09:15:20Z",
            "2022-12-01T09:18:00Z,      2022-12-01T09:18:00Z",
            "2022-12-01T09:18:00+00:00, 2022-12-01T09:18:00Z",
            "2022-12-01T09:18:00-00:00, 2022-12-01T09:18:00Z",
            "2024-02-29T23:59:59+01:00, 2024-02-29T22:59:59Z",
            "2026-01-01T00:00:00+05:30, 2025-12-31T18:30:00Z"})
    void parsesTheMomentMeant(String text, String instant) {
        assertThat(Timestamp.parse(text).instant()).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-20", "2026-09-20T10:15:20", "2026-09-20T10:15+01:00", "2026-09-20 10:15:20Z",
            "2026-09-20T10:15:20.5Z", "2026-02-29T10:15:20Z", "2026-09-20T24:00:00Z", "2026-09-20T10:60:00Z",
            "2026-09-20T10:15:20+0100", "2026-09-20T10:15:20+15:00", "2026-09-20T10:15:20z", "2026-9-20T10:15:20Z",
            "2026-09-20T10:15:20+01:00 "})
    void refusesAnythingElse(String text) {
        assertThat(Timestamp.parse(text)).isNull();
    }
}
