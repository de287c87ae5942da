package org.didworkbench.domain.profile;

import java.util.List;
import java.util.Set;

import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;
import org.didworkbench.domain.rules.UniquenessRule;

/**
 * A uniqueness rule whose message (and perhaps description) a profile file rewrote; it groups records
 * exactly as the rule it wraps. Immutable.
 */
public final class TemplatedUniquenessRule implements UniquenessRule {
    private final UniquenessRule delegate;
    private final MessageTemplate template;
    private final String description;

    public TemplatedUniquenessRule(UniquenessRule delegate, MessageTemplate template, String description) {
        this.delegate = delegate;
        this.template = template;
        this.description = description;
    }

    /** The rule that groups. */
    public UniquenessRule delegate() {
        return delegate;
    }

    @Override
    public String key(RecordView record) {
        return delegate.key(record);
    }

    @Override
    public int[] keyItems() {
        return delegate.keyItems();
    }

    @Override
    public Finding describe(RecordView record, int groupSize, long[] otherLines) {
        Finding f = delegate.describe(record, groupSize, otherLines);
        if (template == null) {
            return f;
        }
        return new Finding(f.value(), template.render(record, f, delegate.code(), Integer.toString(groupSize),
                lines(groupSize, otherLines)));
    }

    /** "line 7" or "lines 7, 9 and 3 more": the other records of a duplicate group, as messages give them. */
    public static String lines(int groupSize, long[] otherLines) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < otherLines.length; i++) {
            lines.append(i == 0 ? "" : ", ").append(otherLines[i]);
        }
        int others = groupSize - 1;
        String more = others > otherLines.length ? " and " + (others - otherLines.length) + " more" : "";
        return "line" + (others == 1 ? " " : "s ") + lines + more;
    }

    @Override
    public String code() {
        return delegate.code();
    }

    @Override
    public Severity severity() {
        return delegate.severity();
    }

    @Override
    public List<String> fields() {
        return delegate.fields();
    }

    @Override
    public String description() {
        return description == null ? delegate.description() : description;
    }

    @Override
    public RuleKind kind() {
        return delegate.kind();
    }

    @Override
    public Set<ReferenceKind> references() {
        return delegate.references();
    }

    @Override
    public String toString() {
        return "Templated[" + delegate + "]";
    }
}
