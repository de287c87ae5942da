package org.didworkbench.domain.rules.did;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.didworkbench.domain.profile.TemplatedUniquenessRule;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;
import org.didworkbench.domain.rules.UniquenessRule;

/**
 * No two records may share the values of some items, optionally within a scope (e.g. accession
 * number within imaging site). Values are compared after normalisation, exactly; a record with any
 * of the items blank takes no part.
 */
public final class UniqueItemsRule implements UniquenessRule {
    private final String code;
    private final Severity severity;
    private final List<ItemRef> unique;
    private final List<ItemRef> within;
    private final List<ItemRef> all;
    private final List<String> fields;
    private final String description;

    /**
     * @param unique the items whose values must not repeat
     * @param within the items that scope them (may be empty)
     */
    public UniqueItemsRule(String code, Severity severity, List<ItemRef> unique, List<ItemRef> within) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        if (unique.isEmpty()) {
            throw new IllegalArgumentException("at least one item must be unique");
        }
        this.unique = List.copyOf(unique);
        this.within = List.copyOf(within);
        List<ItemRef> both = new ArrayList<>(unique);
        both.addAll(within);
        this.all = List.copyOf(both);
        this.fields = all.stream().map(ItemRef::name).toList();
        String what = unique.size() == 1 ? labels(unique) : "The combination of " + labels(unique);
        this.description = what + " must be unique" + (within.isEmpty() ? "" : " within " + labels(within))
                + " in the file.";
    }

    private static String labels(List<ItemRef> items) {
        return TimestampFormatRule.orList(items.stream().map(ItemRef::label).toList()).replace(" or ", " and ");
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public List<String> fields() {
        return fields;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public RuleKind kind() {
        return RuleKind.STRUCTURE;
    }

    /** The items whose normalised values make up the key, in {@link #fields()} order. */
    @Override
    public int[] keyItems() {
        return all.stream().mapToInt(ItemRef::index).toArray();
    }

    @Override
    public String key(RecordView r) {
        if (all.size() == 1) {
            return r.value(all.get(0).index());
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            String v = r.value(all.get(i).index());
            if (v == null) {
                return null;
            }
            if (i > 0) {
                key.append('\u0000');
            }
            key.append(v);
        }
        return key.toString();
    }

    @Override
    public Finding describe(RecordView r, int groupSize, long[] otherLines) {
        StringBuilder what = new StringBuilder();
        for (int i = 0; i < unique.size(); i++) {
            what.append(i == 0 ? "" : " with ").append(BaseRule.quoted(unique.get(i), r.shown(unique.get(i).index())));
        }
        for (ItemRef w : within) {
            what.append(" at ").append(BaseRule.quoted(w, r.shown(w.index())));
        }
        String value = r.shown(unique.get(0).index());
        return new Finding(value, what + " is used by " + groupSize + " records (also " + otherLines(groupSize,
                otherLines) + "); expected each record to have its own " + labels(unique)
                + (within.isEmpty() ? "" : " within " + labels(within)) + ".");
    }

    /** "line 7" or "lines 7, 9 and 3 more": the other records of a duplicate group, as messages give them. */
    public static String otherLines(int groupSize, long[] otherLines) {
        return TemplatedUniquenessRule.lines(groupSize, otherLines);
    }

    @Override
    public String toString() {
        return "UniqueItemsRule[" + code + "]";
    }
}
