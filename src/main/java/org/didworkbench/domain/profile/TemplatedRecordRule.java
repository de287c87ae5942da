package org.didworkbench.domain.profile;

import java.util.List;
import java.util.Set;

import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordRule;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * A record rule whose message (and perhaps description) a profile file rewrote. It decides exactly
 * as the rule it wraps; only the words change. Immutable.
 */
public final class TemplatedRecordRule implements RecordRule {
    private final RecordRule delegate;
    private final MessageTemplate template;
    private final String description;

    /**
     * @param template    the message template, or null to keep the rule's messages
     * @param description the description, or null to keep the rule's
     */
    public TemplatedRecordRule(RecordRule delegate, MessageTemplate template, String description) {
        this.delegate = delegate;
        this.template = template;
        this.description = description;
    }

    /** The rule that decides. */
    public RecordRule delegate() {
        return delegate;
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        Finding f = delegate.check(record, context);
        if (f == null || template == null) {
            return f;
        }
        return new Finding(f.value(), template.render(record, f, delegate.code(), null, null));
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
