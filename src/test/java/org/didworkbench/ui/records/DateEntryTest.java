package org.didworkbench.ui.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateEntryTest {

    @ParameterizedTest(name = "''{0}'' is stored as ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "2026-09-23|2026-09-23",
        "23/09/2026|2026-09-23",
        "3/9/2026|2026-09-03",
        "23-09-2026|2026-09-23",
        "23.09.2026|2026-09-23",
        "20260923|2026-09-23",
        " 23/09/2026 |2026-09-23",
        "31/02/2026|31/02/2026",
        "2026-13-01|2026-13-01",
        "09/23/2026|09/23/2026",
        "tomorrow|tomorrow",
    })
    void datesAreStoredAsCcyyMmDdWhenTheyAreRealDates(String typed, String stored) {
        assertThat(DateEntry.normalise(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({"an10 CCYY-MM-DD,true", "n10,false", "max an8,false"})
    void dateItemsAreKnownByTheirFormat(String format, boolean date) {
        assertThat(DateEntry.isDateFormat(format)).isEqualTo(date);
    }
}
