package org.didworkbench.domain.profile;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * A rule whose message (and perhaps description) a profile file rewrote: it is the rule it wraps in
 * every way but its words. The subclasses add the deciding half of their kind of rule. Immutable.
 *
 * @param <R> the kind of rule wrapped
 */
abstract class TemplatedRule<R extends Rule> implements Rule {
    private final R delegate;
    private final MessageTemplate template;
    private final String description;

    /**
     * @param template    the message template, or null to keep the rule's messages
     * @param description the description, or null to keep the rule's
     */
    TemplatedRule(R delegate, MessageTemplate template, String description) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.template = template;
        this.description = description;
    }

    /** The rule that decides. */
    public R delegate() {
        return delegate;
    }

    /** The message template, or null when the rule's own messages are kept. */
    final MessageTemplate template() {
        return template;
    }

    @Override
    public final String code() {
        return delegate.code();
    }

    @Override
    public final Severity severity() {
        return delegate.severity();
    }

    @Override
    public final List<String> fields() {
        return delegate.fields();
    }

    @Override
    public final String description() {
        return description == null ? delegate.description() : description;
    }

    @Override
    public final RuleKind kind() {
        return delegate.kind();
    }

    @Override
    public final Set<ReferenceKind> references() {
        return delegate.references();
    }

    @Override
    public String toString() {
        return "Templated[" + delegate + "]";
    }
}
