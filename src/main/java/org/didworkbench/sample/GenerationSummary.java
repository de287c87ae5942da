package org.didworkbench.sample;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a generation run wrote.
 *
 * @param records  records written (header excluded)
 * @param problems records per deliberate problem; kinds that did not occur are absent
 */
public record GenerationSummary(long records, Map<Problem, Long> problems) {

    public GenerationSummary {
        EnumMap<Problem, Long> copy = new EnumMap<>(Problem.class);
        copy.putAll(problems);
        problems = Collections.unmodifiableMap(copy);
    }

    /** Records carrying any deliberate problem (outliers and padded values included). */
    public long problemRecords() {
        return problems.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records with this problem (0 when none). */
    public long count(Problem p) {
        return problems.getOrDefault(p, 0L);
    }
}
