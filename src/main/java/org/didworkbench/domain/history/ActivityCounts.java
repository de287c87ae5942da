package org.didworkbench.domain.history;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts of well-formed records by site, by patient source setting and by month, gathered while a
 * file is read ({@link ActivityTally}). Keys are organisation codes, national codes or one of the
 * bucket labels of {@link ActivityTally}; never a patient value.
 *
 * @param bySite        SITE CODE (OF IMAGING) to records
 * @param bySource      PATIENT SOURCE SETTING TYPE (DIAGNOSTIC IMAGING) code to records
 * @param byTestMonth   month of a valid DIAGNOSTIC TEST DATE (or procedure start) to records
 * @param byRequestMonth month of a valid DIAGNOSTIC TEST REQUEST DATE to records
 */
public record ActivityCounts(Map<String, Long> bySite, Map<String, Long> bySource,
                             Map<YearMonth, Long> byTestMonth, Map<YearMonth, Long> byRequestMonth) {

    /** No counts (a profile without those items, or a workspace made before they were kept). */
    public static final ActivityCounts NONE = new ActivityCounts(Map.of(), Map.of(), Map.of(), Map.of());

    public ActivityCounts {
        bySite = Collections.unmodifiableMap(new TreeMap<>(bySite));
        bySource = Collections.unmodifiableMap(new TreeMap<>(bySource));
        byTestMonth = Collections.unmodifiableMap(new TreeMap<>(byTestMonth));
        byRequestMonth = Collections.unmodifiableMap(new TreeMap<>(byRequestMonth));
    }

    /**
     * The month the submission is for: the calendar month holding most valid test dates (DID activity
     * is counted by the month of the test, as the cut-off rules DIDS049/055 are); when no test date is
     * valid, the month holding most valid request dates; a tie goes to the later month. Empty when no
     * date is valid.
     */
    public Optional<YearMonth> dataMonth() {
        Optional<YearMonth> byTest = mode(byTestMonth);
        return byTest.isPresent() ? byTest : mode(byRequestMonth);
    }

    private static Optional<YearMonth> mode(Map<YearMonth, Long> counts) {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<YearMonth, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }
}
