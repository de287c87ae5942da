package org.didworkbench.domain.profile;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordRule;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;

/**
 * A record rule whose message (and perhaps description) a profile file rewrote. It decides exactly
 * as the rule it wraps; only the words change. Immutable.
 */
public final class TemplatedRecordRule extends TemplatedRule<RecordRule> implements RecordRule {

    /**
     * @param template    the message template, or null to keep the rule's messages
     * @param description the description, or null to keep the rule's
     */
    public TemplatedRecordRule(RecordRule delegate, MessageTemplate template, String description) {
        super(delegate, template, description);
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        Finding f = delegate().check(record, context);
        if (f == null || template() == null) {
            return f;
        }
        return new Finding(f.value(), template().render(record, f, code(), null, null));
    }
}
