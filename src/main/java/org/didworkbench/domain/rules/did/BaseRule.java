package org.didworkbench.domain.rules.did;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.didworkbench.domain.rules.RecordRule;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/** The identity every record rule carries: code, severity, kind, items read and description. Immutable. */
abstract class BaseRule implements RecordRule {
    private final String code;
    private final Severity severity;
    private final RuleKind kind;
    private final List<String> fields;
    private final String description;

    BaseRule(String code, Severity severity, RuleKind kind, List<ItemRef> items, String description) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.kind = Objects.requireNonNull(kind, "kind");
        List<String> names = new ArrayList<>(items.size());
        for (ItemRef i : items) {
            names.add(i.name());
        }
        this.fields = List.copyOf(names);
        this.description = Objects.requireNonNull(description, "description");
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
    public final RuleKind kind() {
        return kind;
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
    public String toString() {
        return getClass().getSimpleName() + "[" + code + "]";
    }

    /** {@code LABEL 'value'}, the opening of most messages. */
    static String quoted(ItemRef item, String value) {
        return item.label() + " '" + value + "'";
    }
}
