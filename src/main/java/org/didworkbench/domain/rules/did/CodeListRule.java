package org.didworkbench.domain.rules.did;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.didworkbench.domain.dataset.CodeValue;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * A coded item, blank-tolerant: a non-blank value must be one of the national codes, compared
 * exactly (case-sensitive, after trimming), as the national pipeline does (did-reference.md §1.5).
 * So "7" fails where "07" is the code, and "a" fails where "A" is.
 */
public final class CodeListRule extends BaseRule {
    private final int index;
    private final ItemRef item;
    private final Set<String> codes;
    private final String expected;

    public CodeListRule(String code, Severity severity, ItemRef item, List<CodeValue> codeList) {
        super(code, severity, RuleKind.VALIDITY, List.of(item),
                item.label() + " must be one of the national codes " + list(codeList) + " (exact, case-sensitive).");
        this.index = item.index();
        this.item = item;
        this.codes = codeList.stream().map(CodeValue::code).collect(Collectors.toUnmodifiableSet());
        this.expected = list(codeList);
    }

    private static String list(List<CodeValue> codeList) {
        List<String> c = codeList.stream().map(CodeValue::code).toList();
        if (c.size() == 1) {
            return c.get(0);
        }
        return String.join(", ", c.subList(0, c.size() - 1)) + " or " + c.get(c.size() - 1);
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        String v = record.value(index);
        if (v == null || codes.contains(v)) {
            return null;
        }
        return new Finding(v, quoted(item, v) + " is not a valid code; expected one of " + expected + hint(v) + ".");
    }

    /** Names the near miss when there is one, as a supplier would otherwise struggle to see it. */
    private String hint(String v) {
        if (codes.contains("0" + v)) {
            return " (the leading zero is required: '0" + v + "')";
        }
        String upper = v.toUpperCase(java.util.Locale.ROOT);
        if (!upper.equals(v) && codes.contains(upper)) {
            return " (codes are case-sensitive: '" + upper + "')";
        }
        if (v.length() > 1 && v.charAt(0) == '0' && codes.contains(v.substring(1))) {
            return " (without the leading zero: '" + v.substring(1) + "')";
        }
        return "";
    }
}
