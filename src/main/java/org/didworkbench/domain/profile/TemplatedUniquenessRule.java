package org.didworkbench.domain.profile;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.UniquenessRule;

/**
 * A uniqueness rule whose message (and perhaps description) a profile file rewrote; it groups records
 * exactly as the rule it wraps. Immutable.
 */
public final class TemplatedUniquenessRule extends TemplatedRule<UniquenessRule> implements UniquenessRule {

    public TemplatedUniquenessRule(UniquenessRule delegate, MessageTemplate template, String description) {
        super(delegate, template, description);
    }

    @Override
    public String key(RecordView record) {
        return delegate().key(record);
    }

    @Override
    public int[] keyItems() {
        return delegate().keyItems();
    }

    @Override
    public Finding describe(RecordView record, int groupSize, long[] otherLines) {
        Finding f = delegate().describe(record, groupSize, otherLines);
        if (template() == null) {
            return f;
        }
        return new Finding(f.value(), template().render(record, f, code(), Integer.toString(groupSize),
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
}
