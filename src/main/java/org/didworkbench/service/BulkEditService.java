package org.didworkbench.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.didworkbench.domain.bulk.ClusterCollector;
import org.didworkbench.domain.bulk.ClusterKey;
import org.didworkbench.domain.bulk.FindReplace;
import org.didworkbench.domain.bulk.ValueCluster;
import org.didworkbench.domain.bulk.ValueCount;
import org.didworkbench.domain.dataset.DataItem;

/**
 * Bulk editing of one item: find and replace, one value set on chosen records, and merging a cluster
 * of similar values. Each is previewed first (every change counted, the first {@link #PREVIEW_ROWS}
 * kept to show) and then applied as one action: one transaction, one undo step, each cell logged with
 * a reason that says what made it, e.g. "Find and replace in POSTCODE OF USUAL ADDRESS: 'x' -> 'y'".
 *
 * <p>Planning streams the item's values from the workspace; it never loads every record. A find and
 * replace or a value set keeps only the counts, the rows shown and a digest of its changes, and its apply
 * works them out again a chunk at a time with the same parameters (see {@link BulkPreview}). Stateless;
 * the {@link Session} it is given is not thread-safe, so calls run on the session's thread.
 */
public final class BulkEditService {
    /** Changes kept as rows in a preview; every change is counted and applied. */
    public static final int PREVIEW_ROWS = 1000;
    /** Clusters kept (the largest); every cluster is counted. */
    public static final int CLUSTERS_KEPT = 500;
    /** Records read in one go when working out a find and replace or a value set (preview and apply). */
    private static final int READ_AT_ONCE = 500;
    /** Merged values named in a change-log reason before "and N more". */
    private static final int NAMED_VALUES = 3;

    /** Previews replacing text in every value of an item (the first {@link #PREVIEW_ROWS} changes listed). */
    public BulkPreview previewReplace(Session session, int item, FindReplace spec) {
        return previewReplace(session, item, spec, PREVIEW_ROWS);
    }

    /** {@link #previewReplace(Session, int, FindReplace)} listing at most {@code limit} changes. */
    BulkPreview previewReplace(Session session, int item, FindReplace spec, int limit) {
        Objects.requireNonNull(spec, "spec");
        DataItem d = item(session, item);
        return preview(session, new ReplacePlan(item, spec), item, d.dataDictionaryName(),
                spec.reason(d.dataDictionaryName()), limit);
    }

    /**
     * Previews setting one value of an item on chosen records (those already holding it are not
     * changed; those without the item are counted as skipped).
     */
    public BulkPreview previewSetValue(Session session, Collection<Long> records, int item, String value) {
        return previewSetValue(session, records.stream().mapToLong(Long::longValue).toArray(), item, value);
    }

    /**
     * {@link #previewSetValue(Session, Collection, int, String)} with the records as numbers (any order,
     * repeats allowed): kept as a sorted {@code long[]}, 8 bytes a record, for the apply to change the same.
     */
    public BulkPreview previewSetValue(Session session, long[] records, int item, String value) {
        return previewSetValue(session, records, item, value, PREVIEW_ROWS);
    }

    /** {@link #previewSetValue(Session, long[], int, String)} listing at most {@code limit} changes. */
    BulkPreview previewSetValue(Session session, long[] records, int item, String value, int limit) {
        Objects.requireNonNull(value, "value");
        DataItem d = item(session, item);
        long[] chosen = java.util.Arrays.stream(records).sorted().distinct().toArray();
        return preview(session, new SetValuePlan(item, chosen, value), item, d.dataDictionaryName(),
                "Set " + d.dataDictionaryName() + " to '" + shorten(value) + "' on " + count(chosen.length,
                        "selected record"), limit);
    }

    /** Goes through a plan's changes once, counting them and keeping the first {@code limit}. */
    private static BulkPreview preview(Session session, BulkPlan plan, int item, String itemName, String reason,
                                       int limit) {
        BulkPreview.Builder b = new BulkPreview.Builder(item, itemName, reason, limit, plan);
        BulkPlan.Sink sink = b.sink();
        BulkPlan.Pass pass = plan.start(session);
        while (pass.next(sink)) {
            // each page's changes are counted as they are found
        }
        return b.build(Accessions.lookup(session));
    }

    /** Find and replace: every value of the item (those that may contain the text), a page at a time. */
    private record ReplacePlan(int item, FindReplace spec) implements BulkPlan {
        @Override
        public Pass start(Session session) {
            long[] after = {Long.MIN_VALUE};
            boolean[] done = {false};
            return sink -> {
                if (done[0]) {
                    return false;
                }
                int[] read = {0};
                session.forEachValue(item, spec.coarseFilter(), after[0], READ_AT_ONCE, (record, line, value) -> {
                    read[0]++;
                    after[0] = record;
                    spec.apply(value).ifPresent(a -> sink.change(record, line, value, a));
                });
                done[0] = read[0] < READ_AT_ONCE;
                return read[0] > 0;
            };
        }
    }

    /** One value set on chosen records (sorted, distinct), read a few hundred at a time. */
    private record SetValuePlan(int item, long[] records, String value) implements BulkPlan {
        @Override
        public Pass start(Session session) {
            int[] from = {0};
            return sink -> {
                if (from[0] >= records.length) {
                    return false;
                }
                int to = Math.min(records.length, from[0] + READ_AT_ONCE);
                // a few hundred records a read: a selection of thousands is read in a few queries, not one each
                for (RecordRow row : session.recordValues(java.util.Arrays.copyOfRange(records, from[0], to))) {
                    if (row.values().size() <= item) {
                        sink.skip();
                    } else {
                        sink.change(row.record(), row.line(), row.value(item), value);
                    }
                }
                from[0] = to;
                return true;
            };
        }
    }

    /** The clusters of values of an item that differ only in case, spacing or punctuation, largest first. */
    public ItemClusters clusters(Session session, int item) {
        DataItem d = item(session, item);
        ClusterCollector collector = new ClusterCollector(CLUSTERS_KEPT);
        session.forEachDistinctValue(item, ClusterKey::of, collector::accept);
        List<ClusterChoice> out = new ArrayList<>();
        for (ValueCluster c : collector.clusters()) {
            Set<String> valid = new HashSet<>();
            for (ValueCount v : c.values()) {
                if (session.passesItemRules(item, v.value())) {
                    valid.add(v.value());
                }
            }
            out.add(new ClusterChoice(c, c.suggested(valid::contains), valid));
        }
        return new ItemClusters(item, d.dataDictionaryName(), out, collector.found());
    }

    /** Previews merging a cluster: every record holding another of its values gets {@code target}. */
    public BulkPreview previewMerge(Session session, int item, ValueCluster cluster, String target) {
        Objects.requireNonNull(target, "target");
        DataItem d = item(session, item);
        List<String> merged = cluster.values().stream().map(ValueCount::value).filter(v -> !v.equals(target))
                .toList();
        BulkPreview.Builder b = new BulkPreview.Builder(item, d.dataDictionaryName(),
                mergeReason(d.dataDictionaryName(), merged, target), PREVIEW_ROWS);
        session.forEachValueIn(item, merged, (record, line, value) -> b.add(record, line, value, target));
        return b.build(Accessions.lookup(session));
    }

    /**
     * Applies a preview as one action, logged with its reason and the user's note (if any).
     *
     * @return what changed; action 0 when the preview had nothing to change
     */
    public EditOutcome apply(Session session, BulkPreview preview, String note) throws ServiceException {
        return apply(session, preview, note, ProgressListener.NONE, new CancellationToken());
    }

    /**
     * {@link #apply(Session, BulkPreview, String)} with progress (records done out of those to change) and
     * Cancel: a cancelled apply keeps nothing and throws {@link CancelledException}.
     */
    public EditOutcome apply(Session session, BulkPreview preview, String note, ProgressListener progress,
                             CancellationToken cancel) throws ServiceException {
        String reason = preview.reason() + (note == null || note.isBlank() ? "" : " \u2014 " + note.strip());
        if (preview.plan() == null) {
            return session.setValues(preview.changes(), reason, progress, cancel);
        }
        return session.setValues(new PlannedChanges(session, preview, reason), progress, cancel);
    }

    /**
     * A previewed edit's changes worked out again with the preview's parameters, handed over
     * {@link Revalidator#CHUNK} records at a time in record order (as the whole map of them would be), and
     * checked at the end against the preview's count and digest: when they differ, the workspace changed
     * since, and the exception thrown inside the change rolls it back whole.
     */
    private static final class PlannedChanges implements ChangeStream, BulkPlan.Sink {
        private final BulkPreview preview;
        private final String reason;
        private final BulkPlan.Pass pass;
        private final ChangeDigest digest = new ChangeDigest();
        /** Changes worked out but not yet handed over: at most a chunk and a page. */
        private final Map<Long, String> pending = new LinkedHashMap<>();
        private boolean read;

        PlannedChanges(Session session, BulkPreview preview, String reason) {
            this.preview = preview;
            this.reason = reason;
            this.pass = preview.plan().start(session);
        }

        @Override
        public long expectedRecords() {
            return preview.count();
        }

        @Override
        public Map<Long, Map<Integer, String>> next() throws ServiceException {
            while (!read && pending.size() < Revalidator.CHUNK) {
                read = !pass.next(this);
            }
            if (pending.isEmpty()) {
                if (digest.count() != preview.count() || digest.value() != preview.digest()) {
                    throw new ServiceException("The values of " + preview.itemName() + " changed after the preview"
                            + " was made, so nothing was changed; choose Preview again to see the changes as they"
                            + " stand now.");
                }
                return Map.of();
            }
            Map<Long, Map<Integer, String>> chunk = new LinkedHashMap<>();
            Iterator<Map.Entry<Long, String>> it = pending.entrySet().iterator();
            while (it.hasNext() && chunk.size() < Revalidator.CHUNK) {
                Map.Entry<Long, String> e = it.next();
                chunk.put(e.getKey(), Map.of(preview.item(), e.getValue()));
                it.remove();
            }
            return chunk;
        }

        @Override
        public String reason() {
            return reason;
        }

        @Override
        public void change(long record, long line, String before, String after) {
            if (!Objects.equals(before, after)) { // as the preview's builder: a value that stays is no change
                digest.accept(record, before, after);
                pending.put(record, after);
            }
        }

        @Override
        public void skip() {
            // counted by the preview; a record without the item is left as it is
        }
    }

    static String mergeReason(String itemName, List<String> merged, String target) {
        StringBuilder b = new StringBuilder("Merged cluster in ").append(itemName).append(": ");
        for (int i = 0; i < merged.size() && i < NAMED_VALUES; i++) {
            b.append(i == 0 ? "" : ", ").append('\'').append(shorten(merged.get(i))).append('\'');
        }
        if (merged.size() > NAMED_VALUES) {
            b.append(" and ").append(merged.size() - NAMED_VALUES).append(" more");
        }
        return b.append(" -> '").append(shorten(target)).append('\'').toString();
    }

    private static DataItem item(Session session, int item) {
        List<DataItem> items = session.profile().items();
        if (item < 0 || item >= items.size()) {
            throw new IllegalArgumentException("There is no item " + (item + 1) + " in this layout");
        }
        return items.get(item);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "\u2026";
    }

    private static String count(int n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
