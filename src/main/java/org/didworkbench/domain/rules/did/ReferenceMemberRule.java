package org.didworkbench.domain.rules.did;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.reference.ImagingCodeTable;
import org.didworkbench.domain.reference.OdsDirectory;
import org.didworkbench.domain.reference.PostcodeDirectory;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * A value must be in a reference list: the NICIP table, the SNOMED CT concepts it maps to, the
 * postcode directory or ODS. For NICIP and SNOMED CT the code must be active on the day of another
 * item (a date or timestamp), or have ended no more than a grace period before it (DIDS v2.0: 183
 * days at the CODED PROCEDURE END TIMESTAMP, dids-v2-reference.md §3.3). The item's own default
 * codes and default prefixes always pass. Blank values, and a blank or invalid day, pass; the rule
 * is reported as not checked when the reference data is not loaded.
 *
 * <p>Two outcomes can be bound: {@link Outcome#INVALID} fails codes that are unknown, ended beyond
 * the grace period or not yet active; {@link Outcome#GRACE} warns about codes accepted only by the
 * grace period.
 */
public final class ReferenceMemberRule extends BaseRule {
    /** What the reference list is. */
    public enum Source {
        NICIP(ReferenceKind.IMAGING_CODES), SNOMED(ReferenceKind.IMAGING_CODES), POSTCODE(ReferenceKind.POSTCODES),
        ODS(ReferenceKind.ODS);

        private final ReferenceKind kind;

        Source(ReferenceKind kind) {
            this.kind = kind;
        }

        public ReferenceKind kind() {
            return kind;
        }

        /** The lower-case word used in profile files. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which failure the rule reports. */
    public enum Outcome { INVALID, GRACE }

    private final Source source;
    private final Outcome outcome;
    private final ItemRef item;
    private final DataItem data;
    private final ItemRef at;
    private final Period grace;
    private final String graceText;

    /**
     * @param data  the item's definition (its default codes pass)
     * @param at    the item whose day the code must be active on; required for NICIP and SNOMED CT, else null
     * @param grace how long after its end a code stays valid (NICIP and SNOMED CT), e.g. 183 days
     */
    public ReferenceMemberRule(String code, Severity severity, Source source, Outcome outcome, ItemRef item,
                               DataItem data, ItemRef at, Period grace) {
        super(code, severity, outcome == Outcome.GRACE ? RuleKind.CONSISTENCY : RuleKind.VALIDITY,
                at == null ? List.of(item) : List.of(item, at), description(source, outcome, item, at, grace));
        boolean coded = source == Source.NICIP || source == Source.SNOMED;
        if (coded && (at == null || grace == null)) {
            throw new IllegalArgumentException("NICIP and SNOMED CT membership needs a day and a grace period");
        }
        if (outcome == Outcome.GRACE && !coded) {
            throw new IllegalArgumentException("only NICIP and SNOMED CT codes have a grace period");
        }
        this.source = source;
        this.outcome = outcome;
        this.item = item;
        this.data = data;
        this.at = at;
        this.grace = grace == null ? Period.ZERO : grace;
        this.graceText = grace == null ? "" : text(grace);
    }

    private static String text(Period p) {
        if (p.getMonths() != 0 || p.getYears() != 0) {
            int months = p.getYears() * 12 + p.getMonths();
            return months + (months == 1 ? " month" : " months");
        }
        return p.getDays() + (p.getDays() == 1 ? " day" : " days");
    }

    private static String what(Source s) {
        return switch (s) {
            case NICIP -> "in the NICIP table";
            case SNOMED -> "a SNOMED CT concept the NICIP table maps to";
            case POSTCODE -> "in the postcode directory";
            case ODS -> "known to ODS";
        };
    }

    private static String description(Source s, Outcome o, ItemRef item, ItemRef at, Period grace) {
        if (o == Outcome.GRACE) {
            return item.label() + " should be active on the " + at.label() + "; a code that ended no more than "
                    + text(grace) + " before is accepted with this warning.";
        }
        String base = item.label() + ", when given and not a default code, must be " + what(s);
        return at == null ? base + "." : base + " and active on the " + at.label() + ", or have ended no more than "
                + text(grace) + " before.";
    }

    @Override
    public Set<ReferenceKind> references() {
        return Set.of(source.kind());
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String v = r.value(item.index());
        if (v == null || data.isDefault(v)) {
            return null;
        }
        return switch (source) {
            case POSTCODE -> postcode(v, context.reference().postcodes().orElse(null));
            case ODS -> ods(v, context.reference().ods().orElse(null));
            case NICIP, SNOMED -> code(v, r, context.reference().imagingCodes().orElse(null));
        };
    }

    private Finding postcode(String v, PostcodeDirectory directory) {
        if (directory == null || directory.contains(v)) {
            return null;
        }
        return new Finding(v, quoted(item, v) + " is not in the postcode directory; expected the postcode of the"
                + " patient's usual address, or a pseudo-postcode such as ZZ99 3WZ when it is not known.");
    }

    private Finding ods(String v, OdsDirectory ods) {
        if (ods == null || ods.known(v.toUpperCase(Locale.ROOT))) {
            return null;
        }
        return new Finding(v, quoted(item, v) + " is not in the ODS data, open or closed, nor in its succession"
                + " file; expected an ODS code" + defaults() + ".");
    }

    private String defaults() {
        return data.defaultCodes().isEmpty() ? "" : " or a default code ("
                + TimestampFormatRule.orList(data.defaultCodes().stream().sorted().toList()) + ")";
    }

    private Finding code(String v, RecordView r, ImagingCodeTable table) {
        LocalDate day = r.day(at.index());
        if (day == null || table == null) {
            return null;
        }
        boolean snomed = source == Source.SNOMED;
        ImagingCodeStatus status = ImagingCodeStatus.of(snomed ? table.snomed(v) : table.nicip(
                v.toUpperCase(Locale.ROOT)), day, grace);
        String head = quoted(item, v) + " ";
        String onDay = "on the " + at.label() + " (" + day + ")";
        if (outcome == Outcome.GRACE) {
            if (status.state() != ImagingCodeStatus.State.GRACE) {
                return null;
            }
            long days = day.toEpochDay() - status.date().toEpochDay();
            return new Finding(v, head + "was no longer active " + onDay + ": it ended " + status.date()
                    + " in the NICIP table, " + days + " days before; it is accepted for " + graceText
                    + " after it ends, but a code active on the day is expected.");
        }
        return switch (status.state()) {
            case ACTIVE, GRACE -> null;
            case UNKNOWN -> new Finding(v, head + (snomed
                    ? "is not a SNOMED CT concept the NICIP table maps to; expected the SNOMED CT code of an imaging"
                    + " procedure (a member of the UK diagnostic imaging procedure reference set)."
                    : "is not in the NICIP table; expected a NICIP imaging procedure code from the table."));
            case EXPIRED -> new Finding(v, head + "was not active " + onDay + ": it ended " + status.date()
                    + " in the NICIP table, more than " + graceText + " before; expected a code active on that day or"
                    + " ended no more than " + graceText + " before it.");
            case NOT_YET_ACTIVE -> new Finding(v, head + "was not active " + onDay + ": it starts " + status.date()
                    + " in the NICIP table; expected a code active on that day.");
        };
    }

    /** True when a code stands (active or within the grace period) on the day; false when unknown or expired. */
    static boolean stands(ImagingCodeTable table, boolean snomed, String code, LocalDate day, Period grace) {
        ImagingCodeStatus s = ImagingCodeStatus.of(snomed ? table.snomed(code)
                : table.nicip(code.toUpperCase(Locale.ROOT)), day, grace);
        return s.state() == ImagingCodeStatus.State.ACTIVE || s.state() == ImagingCodeStatus.State.GRACE;
    }
}
