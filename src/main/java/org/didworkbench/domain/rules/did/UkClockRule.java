package org.didworkbench.domain.rules.did;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.didworkbench.domain.dataset.Timestamp;
import org.didworkbench.domain.dataset.UkClock;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * A timestamp's offset should be the UK clock's on its date and time (dids-v2-reference.md §1.5:
 * times are given "as shown on the clock", and NHS corrected a +01:00 example on a winter date):
 * +01:00 during British Summer Time, otherwise +00:00, -00:00 or Z. Judged on the moment meant
 * (clock time minus offset), so both readings of the repeated hour in October pass, and a time in
 * the hour skipped in March fails whichever offset it carries. Timestamps that are invalid, or
 * whose offset is neither 0 nor +01:00, are left to the format rule.
 */
public final class UkClockRule extends BaseRule {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private final ItemRef item;

    public UkClockRule(String code, Severity severity, ItemRef item) {
        super(code, severity, RuleKind.CONSISTENCY, List.of(item),
                item.label() + " should carry the UK clock's offset on its date: +01:00 in British Summer Time"
                        + " (01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October),"
                        + " otherwise +00:00, -00:00 or Z.");
        this.item = item;
    }

    @Override
    public Finding check(RecordView record, RuleContext context) {
        Timestamp t = record.timestamp(item.index());
        if (t == null) {
            return null;
        }
        int given = t.offsetSeconds();
        if (given != 0 && given != UkClock.BST) {
            return null;
        }
        Instant moment = t.instant();
        if (UkClock.offsetAt(moment) == given) {
            return null;
        }
        String v = record.shown(item.index());
        LocalDateTime clock = t.clock();
        String time = clock.toLocalTime().format(HM);
        String day = clock.toLocalDate().toString();
        return switch (UkClock.classify(clock)) {
            case SKIPPED -> {
                LocalDateTime shown = UkClock.clockAt(moment);
                yield new Finding(v, quoted(item, v) + " gives " + time + " on " + day + ", a time UK clocks skipped"
                        + " when they went forward from 01:00 GMT to 02:00 BST; expected the time as shown on the UK"
                        + " clock, e.g. '" + write(shown, UkClock.offsetAt(moment)) + "' for the moment this offset"
                        + " gives.");
            }
            default -> {
                int right = rightOffset(clock);
                yield new Finding(v, quoted(item, v) + " has the offset " + t.offset() + " (" + season(given)
                        + "), but UK clocks were on " + UkClock.name(right) + " at " + time + " on " + day
                        + "; expected the time as shown on the UK clock with the offset then in force, e.g. '"
                        + write(clock, right) + "'.");
            }
        };
    }

    /** The one offset under which a local clock time that UK clocks showed once is right. */
    private static int rightOffset(LocalDateTime clock) {
        return UkClock.offsetAt(clock.toInstant(ZoneOffset.ofTotalSeconds(UkClock.BST))) == UkClock.BST
                ? UkClock.BST : 0;
    }

    private static String season(int offset) {
        return offset == UkClock.BST ? "British Summer Time" : "GMT";
    }

    private static String write(LocalDateTime clock, int offset) {
        return clock.withNano(0).toLocalDate() + "T" + clock.toLocalTime().withNano(0)
                .format(DateTimeFormatter.ofPattern("HH:mm:ss")) + (offset == UkClock.BST ? "+01:00" : "+00:00");
    }
}
