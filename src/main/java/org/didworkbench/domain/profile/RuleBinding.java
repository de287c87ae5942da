package org.didworkbench.domain.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.IsoDate;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * What a rule kind's factory gets: the rule's common fields and typed access to its parameters,
 * resolved against the profile's items. The binder has already reported missing, unknown and
 * mistyped parameters; a getter returns null (or -1) for a parameter that is absent or was reported.
 * Factories report what only they can judge through {@link #problem}, and return null when
 * {@link #failed()}. Not thread-safe; one binding per rule.
 */
public final class RuleBinding {
    private final RuleDefinition definition;
    private final String prefix;
    private final Map<String, ParamValue> params;
    private final List<DataItem> items;
    private final List<ProfileProblem> problems;
    private final int problemsAtStart;

    RuleBinding(RuleDefinition definition, String prefix, Map<String, ParamValue> params, List<DataItem> items,
                List<ProfileProblem> problems) {
        this.definition = definition;
        this.prefix = prefix;
        this.params = params;
        this.items = items;
        this.problems = problems;
        this.problemsAtStart = problems.size();
    }

    public RuleDefinition definition() {
        return definition;
    }

    public String code() {
        return definition.code();
    }

    public Severity severity() {
        return definition.severity();
    }

    /** The category the file sets, or the kind's default. */
    public RuleKind category(RuleKind kindDefault) {
        return definition.category() == null ? kindDefault : definition.category();
    }

    /** The description the file gives, or the kind's default. */
    public String description(String kindDefault) {
        return definition.description() == null ? kindDefault : definition.description();
    }

    /** The profile's items in file order. */
    public List<DataItem> profileItems() {
        return items;
    }

    public boolean has(String param) {
        ParamValue v = params.get(param);
        return v != null && v.value() != null;
    }

    /** The position of the item a parameter names, or -1. */
    public int item(String param) {
        ParamValue v = params.get(param);
        return v != null && v.value() instanceof String s ? indexOf(s) : -1;
    }

    /** The positions of the items a list parameter names; empty when absent. */
    public List<Integer> items(String param) {
        List<Integer> out = new ArrayList<>();
        ParamValue v = params.get(param);
        if (v != null && v.value() instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof ParamValue pv && pv.value() instanceof String s && indexOf(s) >= 0) {
                    out.add(indexOf(s));
                }
            }
        }
        return out;
    }

    private int indexOf(String name) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public String string(String param) {
        ParamValue v = params.get(param);
        return v != null && v.value() instanceof String s ? s : null;
    }

    /** A text parameter that must be one of some words; reports any other. */
    public String choice(String param, List<String> allowed) {
        String s = string(param);
        if (s != null && !allowed.contains(s)) {
            problem(param, "'" + s + "' is not allowed; expected " + Suggestions.oneOf(allowed)
                    + Suggestions.didYouMean(s, allowed));
            return null;
        }
        return s;
    }

    public List<String> strings(String param) {
        List<String> out = new ArrayList<>();
        ParamValue v = params.get(param);
        if (v != null && v.value() instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof ParamValue pv && pv.value() instanceof String s) {
                    out.add(s);
                }
            }
        } else if (v != null && v.value() instanceof String s) {
            out.add(s);
        }
        return out;
    }

    /** A whole-number parameter, reported when below {@code min}; null when absent. */
    public Integer integer(String param, int min) {
        ParamValue v = params.get(param);
        if (v == null || !(v.value() instanceof Long l)) {
            return null;
        }
        if (l < min || l > Integer.MAX_VALUE) {
            problem(param, l + " is out of range; expected a whole number of at least " + min);
            return null;
        }
        return l.intValue();
    }

    public Boolean bool(String param) {
        ParamValue v = params.get(param);
        return v != null && v.value() instanceof Boolean b ? b : null;
    }

    public LocalDate date(String param) {
        String s = string(param);
        return s == null ? null : IsoDate.parse(s);
    }

    /** Reports a problem with one parameter: "rules[3].maxDays …". */
    public void problem(String param, String message) {
        ParamValue v = params.get(param);
        Location at = v == null ? definition.location() : v.location();
        problems.add(new ProfileProblem(at, prefix + (param == null ? "" : "." + param) + " " + message));
    }

    /** True when this binding has reported a problem. */
    public boolean failed() {
        return problems.size() > problemsAtStart;
    }
}
