package org.didworkbench.domain.reference;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;

/**
 * A postcode directory in one sorted {@code long[]}: 8 bytes a postcode, so the 2.7 million
 * postcodes of a full ONS Postcode Directory take about 22 MB. Each element holds the
 * {@link PostcodeKey} in its high bits and the termination month (0 = live) in its low
 * {@value #MONTH_BITS} bits. Immutable and thread-safe once built.
 */
public final class PackedPostcodeDirectory implements PostcodeDirectory {
    static final int MONTH_BITS = 20;
    private static final long MONTH_MASK = (1L << MONTH_BITS) - 1;

    private final long[] entries;

    private PackedPostcodeDirectory(long[] entries) {
        this.entries = entries;
    }

    @Override
    public boolean contains(String postcode) {
        return index(postcode) >= 0;
    }

    @Override
    public Optional<YearMonth> terminated(String postcode) {
        int i = index(postcode);
        if (i < 0) {
            return Optional.empty();
        }
        long month = entries[i] & MONTH_MASK;
        return month == 0 ? Optional.empty() : Optional.of(fromMonthNumber(month));
    }

    /** How many distinct postcodes are held. */
    public int size() {
        return entries.length;
    }

    private int index(String postcode) {
        long key = PostcodeKey.of(postcode);
        if (key == PostcodeKey.INVALID) {
            return -1;
        }
        long low = key << MONTH_BITS;
        int i = Arrays.binarySearch(entries, low);
        if (i >= 0) {
            return i;
        }
        int insertion = -i - 1;
        return insertion < entries.length && entries[insertion] >>> MONTH_BITS == key ? insertion : -1;
    }

    private static long monthNumber(YearMonth ym) {
        // Months since January of year 0, plus one so that 0 can mean "not terminated".
        return ym.getYear() * 12L + ym.getMonthValue();
    }

    private static YearMonth fromMonthNumber(long n) {
        long m = n - 1;
        return YearMonth.of((int) (m / 12), (int) (m % 12) + 1);
    }

    /** Collects postcodes, then sorts them once. Not thread-safe. */
    public static final class Builder {
        private long[] buffer = new long[1 << 16];
        private int size;

        /** Pre-sizes the buffer when the caller can estimate the count (avoids copies on large files). */
        public Builder expect(int count) {
            if (count > buffer.length) {
                buffer = Arrays.copyOf(buffer, count);
            }
            return this;
        }

        /**
         * Adds a postcode.
         *
         * @param key        its {@link PostcodeKey}, not {@link PostcodeKey#INVALID}
         * @param terminated the month it was terminated, null while live
         */
        public Builder add(long key, YearMonth terminated) {
            if (key < 0 || key >>> PostcodeKey.BITS != 0) {
                throw new IllegalArgumentException("not a postcode key: " + key);
            }
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size + (size >> 1));
            }
            long month = terminated == null ? 0 : monthNumber(terminated);
            if (month > MONTH_MASK || month < 0) {
                throw new IllegalArgumentException("termination month out of range: " + terminated);
            }
            buffer[size++] = key << MONTH_BITS | month;
            return this;
        }

        /** Adds a postcode given as text; false (and nothing added) when it is not a postcode. */
        public boolean add(String postcode, YearMonth terminated) {
            long key = PostcodeKey.of(postcode);
            if (key == PostcodeKey.INVALID) {
                return false;
            }
            add(key, terminated);
            return true;
        }

        /**
         * The directory. A postcode added more than once is kept once; a live entry wins over a
         * terminated one, and otherwise the earliest termination month is kept.
         */
        public PackedPostcodeDirectory build() {
            long[] all = Arrays.copyOf(buffer, size);
            buffer = new long[0];
            size = 0;
            Arrays.sort(all);
            int unique = 0;
            for (int i = 0; i < all.length; i++) {
                if (unique == 0 || all[unique - 1] >>> MONTH_BITS != all[i] >>> MONTH_BITS) {
                    all[unique++] = all[i];
                }
            }
            return new PackedPostcodeDirectory(unique == all.length ? all : Arrays.copyOf(all, unique));
        }
    }
}
