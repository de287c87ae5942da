package org.didworkbench.domain.rules.did;

import java.util.List;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * A format or plausibility rule on one item, blank-tolerant: a non-blank value must pass a
 * {@link ValueCheck}. The message is the item's name, the quoted value and the check's phrase.
 */
public final class ValueRule extends BaseRule {
    private final int index;
    private final ItemRef item;
    private final ValueCheck check;

    public ValueRule(String code, Severity severity, RuleKind kind, ItemRef item, ValueCheck check,
                     String description) {
        super(code, severity, kind, List.of(item), description);
        this.index = item.index();
        this.item = item;
        this.check = check;
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        String v = record.value(index);
        if (v == null) {
            return null;
        }
        String problem = check.problem(v);
        return problem == null ? null : new Finding(v, quoted(item, v) + " " + problem);
    }
}
