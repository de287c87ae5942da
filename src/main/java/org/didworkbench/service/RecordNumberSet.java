package org.didworkbench.service;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set of record numbers held as a sorted {@code long[]}: 8 bytes a record where a set of
 * boxed numbers takes 40 to 60, so what a change of a million records reports for repainting stays small.
 */
final class RecordNumberSet extends AbstractSet<Long> {
    private final long[] numbers;

    private RecordNumberSet(long[] sortedDistinct) {
        this.numbers = sortedDistinct;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Long n && Arrays.binarySearch(numbers, n) >= 0;
    }

    /** Whether the set holds this number (no boxing). */
    boolean has(long n) {
        return Arrays.binarySearch(numbers, n) >= 0;
    }

    @Override
    public int size() {
        return numbers.length;
    }

    @Override
    public Iterator<Long> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < numbers.length;
            }

            @Override
            public Long next() {
                if (next >= numbers.length) {
                    throw new NoSuchElementException();
                }
                return numbers[next++];
            }
        };
    }

    /** Gathers numbers (in any order, repeats allowed), then makes the set. Not thread-safe. */
    static final class Builder {
        private long[] buffer = new long[16];
        private int size;

        void add(long n) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = n;
        }

        RecordNumberSet build() {
            long[] sorted = Arrays.copyOf(buffer, size);
            Arrays.sort(sorted);
            int n = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[n++] = sorted[i];
                }
            }
            return new RecordNumberSet(n == sorted.length ? sorted : Arrays.copyOf(sorted, n));
        }
    }
}
