package org.didworkbench.domain.dataset;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which records to show and in what order: one quick filter, optional per-item "contains" filters,
 * a free-text search over every item, and a sort. Immutable; the {@code with…} methods return changed copies.
 *
 * @param filter        the quick filter
 * @param rule          the rule code for {@link Filter#RULE}, else null
 * @param item          the item index for {@link Filter#ITEM}, else -1
 * @param text          free text searched in every item (case-insensitive), or null
 * @param columnFilters item index → text the item must contain (case-insensitive)
 * @param sortItem      item index to sort by, or -1 for file order
 * @param ascending     sort direction
 */
public record RecordQuery(Filter filter, String rule, int item, String text, Map<Integer, String> columnFilters,
                          int sortItem, boolean ascending) {

    /** The quick filters. */
    public enum Filter {
        ALL, WITH_ISSUES, ERRORS, WARNINGS, RULE, ITEM, EDITED
    }

    public RecordQuery {
        Objects.requireNonNull(filter, "filter");
        columnFilters = java.util.Collections.unmodifiableMap(new TreeMap<>(columnFilters));
        if (filter == Filter.RULE && rule == null) {
            throw new IllegalArgumentException("A rule filter needs a rule code");
        }
        if (filter == Filter.ITEM && item < 0) {
            throw new IllegalArgumentException("An item filter needs an item");
        }
        if (text != null && text.isBlank()) {
            text = null;
        }
    }

    /** Every record in file order. */
    public static RecordQuery all() {
        return new RecordQuery(Filter.ALL, null, -1, null, Map.of(), -1, true);
    }

    public RecordQuery withFilter(Filter f) {
        return new RecordQuery(f, null, -1, text, columnFilters, sortItem, ascending);
    }

    public RecordQuery withRule(String code) {
        return new RecordQuery(Filter.RULE, code, -1, text, columnFilters, sortItem, ascending);
    }

    public RecordQuery withItem(int index) {
        return new RecordQuery(Filter.ITEM, null, index, text, columnFilters, sortItem, ascending);
    }

    public RecordQuery withText(String t) {
        return new RecordQuery(filter, rule, item, t, columnFilters, sortItem, ascending);
    }

    public RecordQuery withColumnFilter(int index, String contains) {
        Map<Integer, String> m = new TreeMap<>(columnFilters);
        if (contains == null || contains.isBlank()) {
            m.remove(index);
        } else {
            m.put(index, contains);
        }
        return new RecordQuery(filter, rule, item, text, m, sortItem, ascending);
    }

    public RecordQuery sortedBy(int index, boolean asc) {
        return new RecordQuery(filter, rule, item, text, columnFilters, index, asc);
    }
}
