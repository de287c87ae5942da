package org.didworkbench.domain.rules.did;

import java.util.List;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/** A date item, blank-tolerant: a non-blank value must be a real calendar date written CCYY-MM-DD. */
public final class DateFormatRule extends BaseRule {
    private final int index;
    private final ItemRef item;

    public DateFormatRule(String code, Severity severity, ItemRef item) {
        super(code, severity, RuleKind.VALIDITY, List.of(item),
                item.label() + " must be a real calendar date written CCYY-MM-DD.");
        this.index = item.index();
        this.item = item;
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        String v = record.value(index);
        if (v == null || record.date(index) != null) {
            return null;
        }
        String what = looksLikeIsoDate(v) ? " is not a real calendar date" : " is not written CCYY-MM-DD";
        return new Finding(v, quoted(item, v) + what
                + "; expected a real calendar date written CCYY-MM-DD with zero padding, e.g. 2026-09-20.");
    }

    /** Digits in the CCYY-MM-DD places: then the day or month is what is wrong (e.g. 2023-02-29). */
    private static boolean looksLikeIsoDate(String v) {
        if (v.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            boolean ok = (i == 4 || i == 7) ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
