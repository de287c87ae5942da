package org.didworkbench.domain.rules.did;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Set;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.RecordRule;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * What every DID v1 reference-data rule shares: its code, severity, kind, the items it reads and
 * the reference data it needs. Subclasses only decide. Immutable. The items are handles
 * ({@link ItemRef}), so a profile file can bind the rules to its own layout; the no-argument
 * constructors of the subclasses bind the DID v1 layout.
 */
abstract class ReferenceRuleBase implements RecordRule {
    private static final List<DataItem> ITEMS = DidV1Items.items();

    private final String code;
    private final Severity severity;
    private final RuleKind kind;
    private final List<String> fields;
    private final Set<ReferenceKind> references;
    private final String description;

    /**
     * @param items the items the rule reads, the one its message is about first
     */
    ReferenceRuleBase(String code, Severity severity, RuleKind kind, ReferenceKind reference, String description,
                      ItemRef... items) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.kind = kind;
        this.references = Set.of(reference);
        this.description = description;
        this.fields = Arrays.stream(items).map(ItemRef::name).toList();
    }

    /** The DID v1 item at an index, as a handle. */
    static ItemRef v1(int item) {
        return ItemRef.of(ITEMS, item);
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final List<String> fields() {
        return fields;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final RuleKind kind() {
        return kind;
    }

    @Override
    public final Set<ReferenceKind> references() {
        return references;
    }

    /** Reference lookups compare codes in upper case, as the national pipeline does (did-reference.md §1.5). */
    static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code + "]";
    }
}
