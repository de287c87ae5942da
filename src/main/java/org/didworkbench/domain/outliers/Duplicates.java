package org.didworkbench.domain.outliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Likely duplicate examinations: records with the same patient, examination code, site and test
 * day under two or more different accession numbers. Keys are hashed to 64 bits with the record's
 * index packed below the hash, so one primitive sort brings candidates together; candidates are then
 * confirmed on the exact code id, site id and day (the patient is compared by its 64-bit hash, so a
 * false match would need two patients' identities to collide in 64 bits).
 */
final class Duplicates {
    private static final int[] NONE = new int[0];

    /** The flagged records' indexes, each with its group's index in {@link #groups}. */
    private final Map<Integer, Integer> groupOf;
    /** Each flagged group's record indexes, ascending. */
    private final List<int[]> groups;
    /**
     * Every eligible record's key hash with its index in the low bits, sorted: kept so that one edited
     * record finds the records sharing its key by a binary search instead of a pass over the file (a
     * bulk edit of thousands of records was quadratic). Null when the check is off.
     */
    private final long[] keys;
    private final int keyCount;
    private final long lowMask;

    private Duplicates(Map<Integer, Integer> groupOf, List<int[]> groups, long[] keys, int keyCount, long lowMask) {
        this.groupOf = groupOf;
        this.groups = groups;
        this.keys = keys;
        this.keyCount = keyCount;
        this.lowMask = lowMask;
    }

    /** No duplicates (the check is switched off). */
    static Duplicates none() {
        return new Duplicates(Map.of(), List.of(), null, 0, 0);
    }

    static Duplicates find(RecordColumns cols) {
        int n = cols.size();
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
        long lowMask = (1L << bits) - 1;
        long[] keys = new long[n];
        int m = 0;
        RecordColumns.Cursor scan = cols.cursor();
        RecordNumbers r = new RecordNumbers();
        for (int i = 0; i < n; i++) {
            scan.load(i, r);
            if (r.patient != 0 && r.code >= 0 && r.site >= 0 && r.dates[OutlierFields.TEST] != RecordNumbers.NO_DATE) {
                long h = RecordNumbers.Hashing.key(r.patient, r.code, r.site, r.dates[OutlierFields.TEST]);
                keys[m++] = (h & ~lowMask) | i;
            }
        }
        Arrays.sort(keys, 0, m);
        Map<Integer, Integer> groupOf = new HashMap<>();
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        while (start < m) {
            int end = start + 1;
            while (end < m && (keys[end] & ~lowMask) == (keys[start] & ~lowMask)) {
                end++;
            }
            if (end - start >= 2) {
                for (int[] g : confirm(cols, keys, start, end, lowMask)) {
                    for (int i : g) {
                        groupOf.put(i, groups.size());
                    }
                    groups.add(g);
                }
            }
            start = end;
        }
        return new Duplicates(groupOf, groups, keys, m, lowMask);
    }

    /**
     * Indexes of the observed records whose key hash equals that of {@code r}'s key parts, ascending:
     * the candidates {@link #sameKey} then confirms. Empty when the check is off.
     */
    int[] sameHash(RecordNumbers r) {
        if (keys == null) {
            return NONE;
        }
        long h = RecordNumbers.Hashing.key(r.patient, r.code, r.site, r.dates[OutlierFields.TEST]) & ~lowMask;
        // the index bits are the lowest bits, so every entry of this hash lies in [h, h | lowMask]
        int lo = 0;
        int hi = keyCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < h) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < keyCount && (keys[end] & ~lowMask) == h) {
            end++;
        }
        int[] out = new int[end - lo];
        for (int k = lo; k < end; k++) {
            out[k - lo] = (int) (keys[k] & lowMask);
        }
        Arrays.sort(out);
        return out;
    }

    /** The other members of record {@code i}'s flagged group, ascending; empty when it is in none. */
    int[] others(int i) {
        Integer group = groupOf.get(i);
        if (group == null) {
            return NONE;
        }
        int[] g = groups.get(group);
        int[] out = new int[g.length - 1];
        int k = 0;
        for (int j : g) {
            if (j != i) {
                out[k++] = j;
            }
        }
        return out;
    }

    /** True when record {@code j} has exactly the key parts of the holder. */
    static boolean sameKey(RecordColumns cols, int j, RecordNumbers r) {
        return cols.patient(j) == r.patient && cols.code(j) == r.code && cols.site(j) == r.site
                && cols.date(OutlierFields.TEST, j) == r.dates[OutlierFields.TEST];
    }

    /** Splits one hash run into exact groups, keeping those with at least two different accession numbers. */
    private static List<int[]> confirm(RecordColumns cols, long[] keys, int start, int end, long lowMask) {
        int[] idx = new int[end - start];
        for (int k = start; k < end; k++) {
            idx[k - start] = (int) (keys[k] & lowMask);
        }
        Arrays.sort(idx);
        boolean[] taken = new boolean[idx.length];
        List<int[]> out = new ArrayList<>();
        RecordNumbers first = new RecordNumbers();
        for (int a = 0; a < idx.length; a++) {
            if (taken[a]) {
                continue;
            }
            cols.load(idx[a], first);
            int[] members = new int[idx.length];
            int size = 0;
            for (int b = a; b < idx.length; b++) {
                if (!taken[b] && sameKey(cols, idx[b], first)) {
                    taken[b] = true;
                    members[size++] = idx[b];
                }
            }
            if (size >= 2 && distinctAccessions(cols, members, size)) {
                out.add(Arrays.copyOf(members, size));
            }
        }
        return out;
    }

    /** True when the first {@code size} members hold at least two different accession numbers. */
    static boolean distinctAccessions(RecordColumns cols, int[] members, int size) {
        int seen = cols.accession(members[0]);
        for (int k = 1; k < size; k++) {
            if (cols.accession(members[k]) != seen) {
                return true;
            }
        }
        return false;
    }
}
