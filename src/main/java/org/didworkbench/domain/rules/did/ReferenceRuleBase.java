package org.didworkbench.domain.rules.did;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * What every DID v1 reference-data rule shares: its code, severity, kind, the items it reads and
 * the reference data it needs. Subclasses only decide. Immutable. The items are handles
 * ({@link ItemRef}), so a profile file can bind the rules to its own layout; the no-argument
 * constructors of the subclasses bind the DID v1 layout.
 */
abstract class ReferenceRuleBase extends BaseRule {
    private static final List<DataItem> ITEMS = DidV1Items.items();

    private final Set<ReferenceKind> references;

    /**
     * @param items the items the rule reads, the one its message is about first
     */
    ReferenceRuleBase(String code, Severity severity, RuleKind kind, ReferenceKind reference, String description,
                      ItemRef... items) {
        super(code, severity, kind, List.of(items), description);
        this.references = Set.of(reference);
    }

    /** The DID v1 item at an index, as a handle. */
    static ItemRef v1(int item) {
        return ItemRef.of(ITEMS, item);
    }

    @Override
    public final Set<ReferenceKind> references() {
        return references;
    }

    /** Reference lookups compare codes in upper case, as the national pipeline does (did-reference.md §1.5). */
    static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
