package org.didworkbench.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a bulk edit of one item (find and replace, set a value, merge a cluster) would change, before
 * anything is changed: every change counted and kept compactly for applying, the first few kept as
 * rows for the preview to show. Immutable once built.
 */
public final class BulkPreview {
    private final int item;
    private final String itemName;
    private final String reason;
    private final List<BulkChange> shown;
    private final long[] records;
    private final String[] after;
    private final int skipped;

    private BulkPreview(Builder b, java.util.function.LongFunction<String> accession) {
        this.item = b.item;
        this.itemName = b.itemName;
        this.reason = b.reason;
        this.shown = b.shown.stream().map(c -> new BulkChange(c.record(), c.line(), c.before(), c.after(),
                accession.apply(c.record()))).toList();
        this.records = Arrays.copyOf(b.records, b.count);
        this.after = Arrays.copyOf(b.after, b.count);
        this.skipped = b.skipped;
    }

    /** The item's index. */
    public int item() {
        return item;
    }

    /** The item's data dictionary name. */
    public String itemName() {
        return itemName;
    }

    /** The change-log reason the edit is logged with (before any note of the user's). */
    public String reason() {
        return reason;
    }

    /** The first changes, in record order, for the preview (at most the builder's limit). */
    public List<BulkChange> shown() {
        return shown;
    }

    /** Every cell (one per record) that would change. */
    public int count() {
        return records.length;
    }

    /** True when {@link #shown()} leaves some changes out. */
    public boolean truncated() {
        return shown.size() < records.length;
    }

    /** Records the edit was asked to change but cannot: they have no such item (too few fields). */
    public int skipped() {
        return skipped;
    }

    /** The changes as {@link Session#setValues} takes them. */
    Map<Long, Map<Integer, String>> changes() {
        Map<Long, Map<Integer, String>> out = new LinkedHashMap<>();
        for (int i = 0; i < records.length; i++) {
            out.put(records[i], Map.of(item, after[i]));
        }
        return out;
    }

    /** Collects the changes of a preview one by one. Not thread-safe. */
    public static final class Builder {
        private final int item;
        private final String itemName;
        private final String reason;
        private final int limit;
        private final List<BulkChange> shown = new ArrayList<>();
        private long[] records = new long[64];
        private String[] after = new String[64];
        private int count;
        private int skipped;

        /**
         * @param limit the most changes kept as rows to show; every change is counted and applied
         */
        public Builder(int item, String itemName, String reason, int limit) {
            this.item = item;
            this.itemName = Objects.requireNonNull(itemName, "itemName");
            this.reason = Objects.requireNonNull(reason, "reason");
            this.limit = limit;
        }

        /** Adds a change; a value that would not change is ignored. */
        public Builder add(long record, long line, String before, String value) {
            if (Objects.equals(before, value)) {
                return this;
            }
            if (count == records.length) {
                records = Arrays.copyOf(records, count * 2);
                after = Arrays.copyOf(after, count * 2);
            }
            records[count] = record;
            after[count] = value;
            count++;
            if (shown.size() < limit) {
                shown.add(new BulkChange(record, line, before, value, ""));
            }
            return this;
        }

        /** Counts a record that cannot take the change. */
        public Builder skip() {
            skipped++;
            return this;
        }

        public BulkPreview build() {
            return new BulkPreview(this, r -> "");
        }

        /** Builds the preview, looking up the accession number of each shown change (after streaming). */
        public BulkPreview build(java.util.function.LongFunction<String> accession) {
            return new BulkPreview(this, accession);
        }
    }

    @Override
    public String toString() {
        return "BulkPreview[item=" + item + ", count=" + records.length + "]";
    }
}
