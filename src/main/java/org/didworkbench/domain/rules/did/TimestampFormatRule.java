package org.didworkbench.domain.rules.did;

import java.util.List;
import java.util.Set;

import org.didworkbench.domain.dataset.IsoDate;
import org.didworkbench.domain.dataset.Timestamp;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * A timestamp item, blank-tolerant: a non-blank value must be {@code CCYY-MM-DDThh:mm:ss} followed by
 * one of the allowed offsets (DIDS v2.0: {@code +01:00}, {@code +00:00}, {@code -00:00} or {@code Z};
 * dids-v2-reference.md §1.5). The message says which part is wrong: no time, no offset, fractions of
 * a second, an impossible date or time, or an offset not on the list.
 */
public final class TimestampFormatRule extends BaseRule {
    private final ItemRef item;
    private final List<String> offsets;
    private final Set<String> allowed;
    private final String expected;

    /** @param offsets the offsets allowed, as written ({@code Z}, {@code +01:00}…), in the order messages list them */
    public TimestampFormatRule(String code, Severity severity, ItemRef item, List<String> offsets) {
        super(code, severity, RuleKind.VALIDITY, List.of(item),
                item.label() + " must be a timestamp written CCYY-MM-DDThh:mm:ss followed by the offset "
                        + orList(offsets) + ".");
        if (offsets.isEmpty()) {
            throw new IllegalArgumentException("at least one offset must be allowed");
        }
        this.item = item;
        this.offsets = List.copyOf(offsets);
        this.allowed = Set.copyOf(offsets);
        this.expected = "; expected a date and time written CCYY-MM-DDThh:mm:ss followed by " + orList(offsets)
                + ", e.g. 2026-09-20T14:05:00+01:00 in British Summer Time or 2026-12-01T09:18:00Z in winter.";
    }

    static String orList(List<String> values) {
        if (values.size() == 1) {
            return values.get(0);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }

    /** The offsets this rule allows, in order. */
    public List<String> offsets() {
        return offsets;
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        String v = record.value(item.index());
        if (v == null) {
            return null;
        }
        Timestamp t = record.timestamp(item.index());
        if (t != null) {
            if (allowed.contains(t.offset())) {
                return null;
            }
            return new Finding(v, quoted(item, v) + " has the offset " + t.offset() + ", which is not allowed;"
                    + " expected " + orList(offsets) + " (the time as shown on the UK clock).");
        }
        return new Finding(v, quoted(item, v) + " " + whatIsWrong(v) + expected);
    }

    /** The most specific description of a value that is not a timestamp. */
    static String whatIsWrong(String v) {
        if (v.length() == 10 && IsoDate.parse(v) != null) {
            return "is a date with no time or offset";
        }
        if (v.length() >= 19 && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
            String head = v.substring(0, 19);
            boolean shape = head.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}");
            if (shape && v.charAt(10) == ' ') {
                return "has a space where the letter T must separate the date and the time";
            }
            if (shape && Timestamp.parse(head.replace(' ', 'T') + "Z") == null) {
                return "is not a real calendar date and time";
            }
            if (shape && v.length() == 19) {
                return "has no UTC offset";
            }
            if (shape && v.charAt(19) == '.') {
                return "has fractions of a second, which the format does not allow";
            }
            if (shape) {
                return "has an offset '" + v.substring(19) + "' that is not written Z or ±hh:mm";
            }
        }
        if (v.length() >= 16 && v.charAt(10) == 'T' && v.substring(0, 16).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")
                && (v.length() == 16 || v.charAt(16) != ':')) {
            return "has no seconds";
        }
        return "is not written CCYY-MM-DDThh:mm:ss with an offset";
    }
}
