package org.didworkbench.domain.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds candidate duplicate keys in one pass over a file without keeping the keys. Each key is
 * reduced to a hash, packed with its record number into one {@code long} (8 bytes a record) and
 * appended; {@link #candidates} sorts them once, which brings equal hashes together. Appending is
 * sequential and cheap, where a hash table probes memory at random for every record.
 *
 * <p>The record number takes the low 24 bits (files of up to 16,777,215 records) and the hash the high
 * 40; a record number beyond that makes the tracker repack every entry with 32 bits for each. Records
 * whose hash is shared are candidates; the caller confirms them by comparing the real keys, so a hash
 * collision can never produce a false duplicate.
 *
 * <p>Not thread-safe; feed it from one thread.
 */
public final class DuplicateTracker {
    private static final int CHUNK = 1 << 16;
    private static final int NARROW_BITS = 24;
    private static final int WIDE_BITS = 32;

    private final List<long[]> chunks = new ArrayList<>();
    private long[] current = new long[CHUNK];
    private int used;
    private int recordBits = NARROW_BITS;

    /**
     * Notes one record's key.
     *
     * @param key    the key, or null when the record takes no part
     * @param record the record number (0 to 4,294,967,295)
     */
    public void add(String key, long record) {
        if (key == null) {
            return;
        }
        if (record >>> recordBits != 0) {
            widen(record);
        }
        if (used == CHUNK) {
            chunks.add(current);
            current = new long[CHUNK];
            used = 0;
        }
        current[used++] = (hash(key) & -(1L << recordBits)) | record;
    }

    private void widen(long record) {
        if (record >>> WIDE_BITS != 0 || record < 0) {
            throw new IllegalArgumentException("record number out of range: " + record);
        }
        long narrowMask = (1L << NARROW_BITS) - 1;
        for (long[] chunk : chunks) {
            repack(chunk, chunk.length, narrowMask);
        }
        repack(current, used, narrowMask);
        recordBits = WIDE_BITS;
    }

    private static void repack(long[] entries, int n, long narrowMask) {
        for (int i = 0; i < n; i++) {
            long e = entries[i];
            entries[i] = ((e >>> WIDE_BITS) << WIDE_BITS) | (e & narrowMask);
        }
    }

    /**
     * Record numbers that may share a key with another record, ascending, without repeats. Empties the
     * tracker (each chunk is let go as soon as it is copied, so the copy does not double the memory).
     */
    public long[] candidates() {
        long[] all = new long[chunks.size() * CHUNK + used];
        int at = 0;
        for (int c = 0; c < chunks.size(); c++) {
            System.arraycopy(chunks.get(c), 0, all, at, CHUNK);
            chunks.set(c, null);
            at += CHUNK;
        }
        System.arraycopy(current, 0, all, at, used);
        chunks.clear();
        current = new long[CHUNK];
        used = 0;
        Arrays.sort(all);
        long recordMask = (1L << recordBits) - 1;
        int found = 0;
        int i = 0;
        while (i < all.length) {
            long h = all[i] >>> recordBits;
            int j = i + 1;
            while (j < all.length && all[j] >>> recordBits == h) {
                j++;
            }
            if (j - i > 1) {
                for (int k = i; k < j; k++) {
                    all[found++] = all[k] & recordMask; // found <= k: overwrites only entries already read
                }
            }
            i = j;
        }
        long[] out = Arrays.copyOf(all, found);
        Arrays.sort(out);
        int unique = 0;
        for (int k = 0; k < out.length; k++) {
            if (k == 0 || out[k] != out[k - 1]) {
                out[unique++] = out[k];
            }
        }
        return Arrays.copyOf(out, unique);
    }

    /** 64-bit FNV-1a over the UTF-16 code units, then a finalising mix. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
