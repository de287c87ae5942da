package org.didworkbench.domain.rules.did;

import java.util.List;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/** A mandatory item must not be blank (empty or white space only). */
public final class NotBlankRule extends BaseRule {
    private final int index;
    private final String message;

    public NotBlankRule(String code, Severity severity, ItemRef item) {
        super(code, severity, RuleKind.COMPLETENESS, List.of(item), item.label() + " must not be blank.");
        this.index = item.index();
        this.message = item.label() + " is blank; it is mandatory, so a value must be supplied.";
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        return record.present(index) ? null : new Finding("", message);
    }
}
