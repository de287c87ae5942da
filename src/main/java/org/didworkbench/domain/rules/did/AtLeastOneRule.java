package org.didworkbench.domain.rules.did;

import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * At least one item of a group must be supplied (e.g. NICIP or SNOMED code; the demographic group).
 * Optionally one item's values starting with a prefix do not count (a ZZ99 pseudo-postcode, DIDS074);
 * the prefix is matched ignoring case.
 */
public final class AtLeastOneRule extends BaseRule {
    private final int[] indexes;
    private final String names;
    private final String opening;
    private final ItemRef ignoredItem;
    private final String ignoredPrefix;

    /** Every supplied value counts. */
    public AtLeastOneRule(String code, Severity severity, List<ItemRef> items) {
        this(code, severity, items, null, null);
    }

    /**
     * @param ignoredItem   the item (one of {@code items}) whose values starting with the prefix do not count
     * @param ignoredPrefix that prefix, e.g. {@code ZZ99}
     */
    public AtLeastOneRule(String code, Severity severity, List<ItemRef> items, ItemRef ignoredItem,
                          String ignoredPrefix) {
        super(code, severity, RuleKind.COMPLETENESS, items, description(items, ignoredItem, ignoredPrefix));
        if ((ignoredItem == null) != (ignoredPrefix == null) || (ignoredItem != null && !items.contains(ignoredItem))) {
            throw new IllegalArgumentException("ignoredItem must be one of items and come with a prefix");
        }
        this.indexes = items.stream().mapToInt(ItemRef::index).toArray();
        this.names = join(items);
        this.opening = items.size() == 2
                ? "Neither " + items.get(0).label() + " nor " + items.get(1).label()
                : "None of " + names;
        this.ignoredItem = ignoredItem;
        this.ignoredPrefix = ignoredPrefix;
    }

    private static String description(List<ItemRef> items, ItemRef ignoredItem, String prefix) {
        String base = "At least one of " + join(items) + " must be supplied";
        return ignoredItem == null ? base + "."
                : base + "; a " + ignoredItem.label() + " starting " + prefix + " does not count.";
    }

    /** "A, B or C". */
    private static String join(List<ItemRef> items) {
        List<String> labels = new ArrayList<>();
        for (ItemRef i : items) {
            labels.add(i.label());
        }
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        for (int i : indexes) {
            String v = record.value(i);
            if (v != null && !ignored(i, v)) {
                return null;
            }
        }
        return describe(record);
    }

    private boolean ignored(int index, String v) {
        return ignoredItem != null && index == ignoredItem.index()
                && v.regionMatches(true, 0, ignoredPrefix, 0, ignoredPrefix.length());
    }

    private Finding describe(RecordView record) {
        if (ignoredItem != null) {
            String v = record.value(ignoredItem.index());
            if (v != null) {
                return new Finding(v, "The only item of " + names + " supplied is " + quoted(ignoredItem, v)
                        + ", and a value starting " + ignoredPrefix + " is a pseudo-value that does not count"
                        + "; expected at least one of these items with a real value.");
            }
            return new Finding("", "None of " + names + " is supplied; expected at least one of them"
                    + " (for this check a " + ignoredItem.label() + " starting " + ignoredPrefix
                    + " would not count either).");
        }
        return new Finding("", opening + " is supplied; expected at least one of them.");
    }
}
