package org.didworkbench.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a bulk edit of one item (find and replace, set a value, merge a cluster) would change, before
 * anything is changed: every change counted, the first few kept as rows for the preview to show.
 * Immutable once built.
 *
 * <p>A find and replace or a value set on records does not hold its changes (over a million-record file
 * they may be hundreds of MB): it keeps how they are worked out (the find text, replacement and match
 * options, or the records chosen as a sorted {@code long[]}, and the value) and a digest of them, and
 * {@link BulkEditService#apply} works them out again a chunk at a time, keeping nothing unless they are
 * the changes this preview counted. A cluster merge (a few values, rarely many records) keeps every
 * change compactly for applying, as it always has.
 */
public final class BulkPreview {
    private final int item;
    private final String itemName;
    private final String reason;
    private final List<BulkChange> shown;
    private final int count;
    /** Every change, for a preview that keeps them (a merge); null when {@link #plan} works them out. */
    private final long[] records;
    private final String[] after;
    private final int skipped;
    private final BulkPlan plan;
    private final long digest;

    private BulkPreview(Builder b, java.util.function.LongFunction<String> accession) {
        this.item = b.item;
        this.itemName = b.itemName;
        this.reason = b.reason;
        this.shown = b.shown.stream().map(c -> new BulkChange(c.record(), c.line(), c.before(), c.after(),
                accession.apply(c.record()))).toList();
        this.count = b.digest.count();
        this.plan = b.plan;
        this.records = plan == null ? Arrays.copyOf(b.records, count) : null;
        this.after = plan == null ? Arrays.copyOf(b.after, count) : null;
        this.skipped = b.skipped;
        this.digest = b.digest.value();
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
        return count;
    }

    /** True when {@link #shown()} leaves some changes out. */
    public boolean truncated() {
        return shown.size() < count;
    }

    /** Records the edit was asked to change but cannot: they have no such item (too few fields). */
    public int skipped() {
        return skipped;
    }

    /** How the apply works the changes out again, or null when this preview keeps them ({@link #changes()}). */
    BulkPlan plan() {
        return plan;
    }

    /** The digest of every change in order (record, before, after), by which the apply tells they are these. */
    long digest() {
        return digest;
    }

    /** The changes as {@link Session#setValues} takes them; only for a preview without a {@link #plan()}. */
    Map<Long, Map<Integer, String>> changes() {
        if (records == null) {
            throw new IllegalStateException("this preview works its changes out again when applied");
        }
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
        private final BulkPlan plan;
        private final List<BulkChange> shown = new ArrayList<>();
        private final ChangeDigest digest = new ChangeDigest();
        private long[] records;
        private String[] after;
        private int skipped;

        /**
         * A builder keeping every change for applying.
         *
         * @param limit the most changes kept as rows to show; every change is counted and applied
         */
        public Builder(int item, String itemName, String reason, int limit) {
            this(item, itemName, reason, limit, null);
        }

        /**
         * @param plan how the apply works the changes out again (then only the first {@code limit} are kept),
         *             or null to keep every change
         */
        Builder(int item, String itemName, String reason, int limit, BulkPlan plan) {
            this.item = item;
            this.itemName = Objects.requireNonNull(itemName, "itemName");
            this.reason = Objects.requireNonNull(reason, "reason");
            this.limit = limit;
            this.plan = plan;
            if (plan == null) {
                records = new long[64];
                after = new String[64];
            }
        }

        /** Adds a change; a value that would not change is ignored. */
        public Builder add(long record, long line, String before, String value) {
            if (Objects.equals(before, value)) {
                return this;
            }
            int count = digest.count();
            digest.accept(record, before, value);
            if (plan == null) {
                if (count == records.length) {
                    records = Arrays.copyOf(records, count * 2);
                    after = Arrays.copyOf(after, count * 2);
                }
                records[count] = record;
                after[count] = value;
            }
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

        /** This builder as a plan's pass hands changes over. */
        BulkPlan.Sink sink() {
            return new BulkPlan.Sink() {
                @Override
                public void change(long record, long line, String before, String after) {
                    add(record, line, before, after);
                }

                @Override
                public void skip() {
                    Builder.this.skip();
                }
            };
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
        return "BulkPreview[item=" + item + ", count=" + count + "]";
    }
}
