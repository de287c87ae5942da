package org.didworkbench.domain.bulk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Builds the clusters of an item from its distinct values streamed in key order, holding only the
 * values of the current key and the largest clusters found so far, so that an item with a million
 * distinct values (an accession number) needs no more memory than one with ten.
 *
 * <p>Feed it with {@link #accept} once per distinct value, every value of a key together (e.g. from a
 * query ordered by the key); then read {@link #clusters()}. A key with one distinct value is not a
 * cluster; values with an empty key (no letter or digit) are never clustered. Not thread-safe.
 */
public final class ClusterCollector {
    /** Largest first; ties by key, so the order is stable. */
    private static final Comparator<ValueCluster> LARGEST_FIRST = Comparator.comparingLong(ValueCluster::records)
            .reversed().thenComparing(ValueCluster::key);

    private final int limit;
    private final PriorityQueue<ValueCluster> kept = new PriorityQueue<>(LARGEST_FIRST.reversed());
    private String currentKey;
    private final List<ValueCount> current = new ArrayList<>();
    private long found;
    private boolean finished;

    /** @param limit the most clusters kept (the largest); more are counted by {@link #found()} */
    public ClusterCollector(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
    }

    /**
     * One distinct value with its count.
     *
     * @param key   its key ({@link ClusterKey#of}); values of one key must come one after another
     * @param value the value
     * @param count how many records hold it
     */
    public void accept(String key, String value, long count) {
        if (finished) {
            throw new IllegalStateException("the clusters have been read");
        }
        if (!key.equals(currentKey)) {
            flush();
            currentKey = key;
        }
        if (!key.isEmpty()) {
            current.add(new ValueCount(value, count));
        }
    }

    private void flush() {
        if (current.size() >= 2) {
            found++;
            kept.add(new ValueCluster(currentKey, current));
            if (kept.size() > limit) {
                kept.poll();
            }
        }
        current.clear();
    }

    /** The largest clusters (at most the limit), largest first. Ends the collection. */
    public List<ValueCluster> clusters() {
        finish();
        List<ValueCluster> out = new ArrayList<>(kept);
        out.sort(LARGEST_FIRST);
        return out;
    }

    /** How many clusters were found in all, including those beyond the limit. Ends the collection. */
    public long found() {
        finish();
        return found;
    }

    private void finish() {
        if (!finished) {
            flush();
            finished = true;
        }
    }
}
