package org.didworkbench.domain.rules;

import java.time.LocalDate;

import org.didworkbench.domain.dataset.IsoDate;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.dataset.Timestamp;
import org.didworkbench.domain.dataset.ValueType;

/**
 * A record as rules see it: each item normalised once (did-reference.md §1.5) and each date parsed
 * once, on first use. Not thread-safe; one view per record per thread.
 */
public final class RecordView {
    private static final LocalDate INVALID = LocalDate.MIN;
    private static final Timestamp INVALID_TIMESTAMP = new Timestamp(java.time.LocalDateTime.MIN, "Z");

    private final Profile profile;
    private final SubmissionRecord record;
    private final String[] normalised;
    private final boolean[] normalisedDone;
    private final LocalDate[] dates;
    private Timestamp[] timestamps;

    public RecordView(Profile profile, SubmissionRecord record) {
        this.profile = profile;
        this.record = record;
        int n = profile.items().size();
        this.normalised = new String[n];
        this.normalisedDone = new boolean[n];
        this.dates = new LocalDate[n];
    }

    public Profile profile() {
        return profile;
    }

    public SubmissionRecord record() {
        return record;
    }

    public long number() {
        return record.number();
    }

    public long line() {
        return record.line();
    }

    /** The field exactly as in the file, or null when the record has no such field. */
    public String raw(int item) {
        return record.raw(item);
    }

    /** The normalised value of an item, or null when blank or absent. */
    public String value(int item) {
        if (!normalisedDone[item]) {
            normalised[item] = profile.items().get(item).normalisation().apply(record.raw(item));
            normalisedDone[item] = true;
        }
        return normalised[item];
    }

    /** The normalised value, or the empty string when blank: for quoting in messages. */
    public String shown(int item) {
        String v = value(item);
        return v == null ? "" : v;
    }

    public boolean present(int item) {
        return value(item) != null;
    }

    /** The item as a valid CCYY-MM-DD calendar date, or null when blank or not a valid date. */
    public LocalDate date(int item) {
        LocalDate d = dates[item];
        if (d == null) {
            String v = value(item);
            LocalDate parsed = v == null ? null : IsoDate.parse(v);
            d = parsed == null ? INVALID : parsed;
            dates[item] = d;
        }
        return d == INVALID ? null : d;
    }

    /** The item as a valid timestamp ({@link Timestamp#parse}), or null when blank or not one. */
    public Timestamp timestamp(int item) {
        if (timestamps == null) {
            timestamps = new Timestamp[normalised.length];
        }
        Timestamp t = timestamps[item];
        if (t == null) {
            String v = value(item);
            Timestamp parsed = v == null ? null : Timestamp.parse(v);
            t = parsed == null ? INVALID_TIMESTAMP : parsed;
            timestamps[item] = t;
        }
        return t == INVALID_TIMESTAMP ? null : t;
    }

    /**
     * The calendar day an item stands for: a date item's date, or a timestamp item's date as shown on
     * the clock; null when blank or invalid. Lets the date rules compare a date with a timestamp.
     */
    public LocalDate day(int item) {
        if (profile.items().get(item).type() == ValueType.TIMESTAMP) {
            Timestamp t = timestamp(item);
            return t == null ? null : t.date();
        }
        return date(item);
    }
}
