package org.didworkbench.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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
 * <p>Planning streams the item's values from the workspace; it never loads every record. Stateless;
 * the {@link Session} it is given is not thread-safe, so calls run on the session's thread.
 */
public final class BulkEditService {
    /** Changes kept as rows in a preview; every change is counted and applied. */
    public static final int PREVIEW_ROWS = 1000;
    /** Clusters kept (the largest); every cluster is counted. */
    public static final int CLUSTERS_KEPT = 500;
    /** Records read in one go when previewing a value set on a selection. */
    private static final int READ_AT_ONCE = 500;
    /** Merged values named in a change-log reason before "and N more". */
    private static final int NAMED_VALUES = 3;

    /** Previews replacing text in every value of an item. */
    public BulkPreview previewReplace(Session session, int item, FindReplace spec) {
        Objects.requireNonNull(spec, "spec");
        DataItem d = item(session, item);
        BulkPreview.Builder b = new BulkPreview.Builder(item, d.dataDictionaryName(),
                spec.reason(d.dataDictionaryName()), PREVIEW_ROWS);
        session.forEachValue(item, spec.coarseFilter(), (record, line, value) ->
                spec.apply(value).ifPresent(after -> b.add(record, line, value, after)));
        return b.build(Accessions.lookup(session));
    }

    /**
     * Previews setting one value of an item on chosen records (those already holding it are not
     * changed; those without the item are counted as skipped).
     */
    public BulkPreview previewSetValue(Session session, Collection<Long> records, int item, String value) {
        Objects.requireNonNull(value, "value");
        DataItem d = item(session, item);
        Set<Long> chosen = new TreeSet<>(records);
        BulkPreview.Builder b = new BulkPreview.Builder(item, d.dataDictionaryName(),
                "Set " + d.dataDictionaryName() + " to '" + shorten(value) + "' on " + count(chosen.size(),
                        "selected record"), PREVIEW_ROWS);
        long[] numbers = chosen.stream().mapToLong(Long::longValue).toArray();
        // a few hundred records a read: a selection of thousands is read in a few queries, not one each
        for (int from = 0; from < numbers.length; from += READ_AT_ONCE) {
            for (RecordRow row : session.recordValues(java.util.Arrays.copyOfRange(numbers, from,
                    Math.min(numbers.length, from + READ_AT_ONCE)))) {
                if (row.values().size() <= item) {
                    b.skip();
                } else {
                    b.add(row.record(), row.line(), row.value(item), value);
                }
            }
        }
        return b.build(Accessions.lookup(session));
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
        return session.setValues(preview.changes(), reason, progress, cancel);
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
