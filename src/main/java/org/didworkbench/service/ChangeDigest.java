package org.didworkbench.service;

import java.util.Objects;

/**
 * The count and a digest of a bulk edit's changes (record, before, after) handed over in record order: what
 * a preview keeps of them, and what the apply that works them out again compares with it.
 */
final class ChangeDigest {
    private int count;
    private long value = 17;

    void accept(long record, String before, String after) {
        count++;
        long h = Objects.hash(record, before, after);
        value = (value ^ h) * 0x9E3779B97F4A7C15L + count;
    }

    int count() {
        return count;
    }

    long value() {
        return value;
    }
}
