package org.didworkbench.domain.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds candidate duplicate keys in one pass over a file without keeping the keys: each key is
 * reduced to a 64-bit hash kept in an open-addressing table (16 bytes a record). Records whose hash
 * was seen before are candidates; the caller confirms them by comparing the real keys, so a hash
 * collision can never produce a false duplicate.
 *
 * <p>Not thread-safe; feed it from one thread in record order.
 */
public final class DuplicateTracker {
    private static final long EMPTY = 0L;

    /** Slot i holds a key's hash at 2i and its first record at 2i + 1: one cache line for both. */
    private long[] table;
    private int slots;
    private int size;
    private final List<long[]> candidates = new ArrayList<>();
    private int candidateCount;
    private long[] candidateBuffer = new long[256];

    public DuplicateTracker() {
        slots = 1 << 12;
        table = new long[slots * 2];
    }

    /**
     * Notes one record's key.
     *
     * @param key    the key, or null when the record takes no part
     * @param record the record number
     */
    public void add(String key, long record) {
        if (key == null) {
            return;
        }
        long h = hash(key);
        if (h == EMPTY) {
            h = 1;
        }
        int mask = slots - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long slot = table[2 * i];
            if (slot == EMPTY) {
                table[2 * i] = h;
                table[2 * i + 1] = record;
                if (++size * 2 > slots) {
                    grow();
                }
                return;
            }
            if (slot == h) {
                addCandidate(table[2 * i + 1]);
                addCandidate(record);
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private void addCandidate(long record) {
        if (candidateCount == candidateBuffer.length) {
            candidates.add(candidateBuffer);
            candidateBuffer = new long[candidateBuffer.length];
            candidateCount = 0;
        }
        candidateBuffer[candidateCount++] = record;
    }

    /** Record numbers that may share a key with another record, ascending, without repeats. */
    public long[] candidates() {
        int total = candidates.size() * candidateBuffer.length + candidateCount;
        long[] all = new long[total];
        int at = 0;
        for (long[] chunk : candidates) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        System.arraycopy(candidateBuffer, 0, all, at, candidateCount);
        Arrays.sort(all);
        int unique = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[unique++] = all[i];
            }
        }
        return Arrays.copyOf(all, unique);
    }

    private void grow() {
        long[] old = table;
        slots *= 2;
        table = new long[slots * 2];
        int mask = slots - 1;
        for (int j = 0; j < old.length; j += 2) {
            long h = old[j];
            if (h != EMPTY) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (table[2 * i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                table[2 * i] = h;
                table[2 * i + 1] = old[j + 1];
            }
        }
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
