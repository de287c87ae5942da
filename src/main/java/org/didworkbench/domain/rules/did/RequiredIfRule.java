package org.didworkbench.domain.rules.did;

import java.util.List;
import java.util.Set;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * Conditional mandation: when one item holds one of some values, another must not be blank (e.g. a
 * waiting-list clock start date whenever the activity category is 'Diagnostic Waiting List'). The
 * condition compares the normalised value exactly.
 */
public final class RequiredIfRule extends BaseRule {
    private final ItemRef when;
    private final Set<String> values;
    private final ItemRef then;
    private final String condition;

    /**
     * @param when    the item the condition reads
     * @param values  the values that make {@code then} required
     * @param meaning what those values mean, for messages (e.g. "Diagnostic Waiting List"), or null
     * @param then    the item that is then required
     */
    public RequiredIfRule(String code, Severity severity, ItemRef when, List<String> values, String meaning,
                          ItemRef then) {
        super(code, severity, RuleKind.COMPLETENESS, List.of(then, when),
                then.label() + " must not be blank when " + when.label() + " is " + TimestampFormatRule.orList(values)
                        + (meaning == null ? "" : " (" + meaning + ")") + ".");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("at least one value must make the item required");
        }
        this.when = when;
        this.values = Set.copyOf(values);
        this.then = then;
        this.condition = TimestampFormatRule.orList(values) + (meaning == null ? "" : " (" + meaning + ")");
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        String w = record.value(when.index());
        if (w == null || !values.contains(w) || record.present(then.index())) {
            return null;
        }
        return new Finding("", then.label() + " is blank, but " + quoted(when, w) + " makes it required; expected a "
                + then.label() + " whenever the " + when.label() + " is " + condition + ".");
    }
}
