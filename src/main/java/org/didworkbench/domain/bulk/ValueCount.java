package org.didworkbench.domain.bulk;

import java.util.Objects;

/**
 * One distinct value of an item and how many records hold it.
 *
 * @param value the value exactly as stored
 * @param count records holding it (at least 1)
 */
public record ValueCount(String value, long count) {

    public ValueCount {
        Objects.requireNonNull(value, "value");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
    }

    /** Says nothing of the value: it may be patient data. */
    @Override
    public String toString() {
        return "ValueCount[count=" + count + "]";
    }
}
