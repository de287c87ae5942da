package org.didworkbench.domain.fixes;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.didworkbench.domain.dataset.IsoDate;
import org.didworkbench.domain.dataset.Text;

/**
 * Rewrites dates a RIS commonly exports (dd/mm/yyyy, dd-mm-yyyy, yyyymmdd) as CCYY-MM-DD, the only
 * form the national service accepts (did-reference.md §4.6), repairing the date format rules.
 *
 * <p>Never guesses: a day-and-month date is rewritten only when exactly one of its two readings (day
 * first, month first) is a real calendar date, or both readings give the same day (03/03/2026).
 * 03/04/2026 is ambiguous and stays unless the caller chose an order; with an order chosen only that
 * reading is used. yyyymmdd is rewritten when it is a real date in a year from 1800 on (so that a
 * ddmmyyyy value such as 12122026 is not misread as the year 1212).
 */
public final class DateFix implements Fix {
    /** The date format rules: birth, request, received, test and report dates. */
    public static final Set<String> RULES = Set.of("DIDS005", "DIDS026", "DIDS036", "DIDS045", "DIDS061");
    private static final int EARLIEST_YEAR = 1800;

    private final DateOrder order;

    /** @param order how to read a date that reads two ways ({@link DateOrder#NONE}: leave it) */
    public DateFix(DateOrder order) {
        this.order = Objects.requireNonNull(order, "order");
    }

    @Override
    public String id() {
        return "date-format";
    }

    @Override
    public String description() {
        return switch (order) {
            case NONE -> "date to CCYY-MM-DD";
            case DMY -> "date to CCYY-MM-DD, reading day first";
            case MDY -> "date to CCYY-MM-DD, reading month first";
        };
    }

    @Override
    public Set<String> ruleCodes() {
        return RULES;
    }

    @Override
    public Proposal propose(String value) {
        String s = Text.strip(value);
        LocalDate date = IsoDate.parse(s);
        if (date == null && s.length() == 8 && Text.isDigits(s)) {
            date = yyyymmdd(s);
        } else if (date == null) {
            Proposal p = dayMonthYear(s);
            if (p.outcome() != Proposal.Outcome.FIXED) {
                return p;
            }
            date = LocalDate.parse(p.value());
        }
        if (date == null) {
            return Proposal.none();
        }
        String iso = date.toString();
        return iso.equals(value) ? Proposal.none() : Proposal.fixed(iso);
    }

    private static LocalDate yyyymmdd(String s) {
        LocalDate d = IsoDate.parse(s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8));
        return d != null && d.getYear() >= EARLIEST_YEAR ? d : null;
    }

    /** a/b/yyyy or a-b-yyyy with one- or two-digit a and b and one kind of separator. */
    private Proposal dayMonthYear(String s) {
        int first = s.indexOf('/') >= 0 ? s.indexOf('/') : s.indexOf('-');
        if (first < 1 || first > 2) {
            return Proposal.none();
        }
        char sep = s.charAt(first);
        int second = s.indexOf(sep, first + 1);
        if (second != first + 2 && second != first + 3 || s.length() != second + 5) {
            return Proposal.none();
        }
        String a = s.substring(0, first);
        String b = s.substring(first + 1, second);
        String y = s.substring(second + 1);
        if (!Text.isDigits(a) || !Text.isDigits(b) || !Text.isDigits(y)) {
            return Proposal.none();
        }
        LocalDate dayFirst = date(y, b, a);
        LocalDate monthFirst = date(y, a, b);
        LocalDate chosen = switch (order) {
            case DMY -> dayFirst;
            case MDY -> monthFirst;
            case NONE -> {
                if (dayFirst != null && monthFirst != null && !dayFirst.equals(monthFirst)) {
                    yield null;
                }
                yield dayFirst != null ? dayFirst : monthFirst;
            }
        };
        if (chosen == null) {
            boolean twoReadings = order == DateOrder.NONE && dayFirst != null && monthFirst != null;
            return twoReadings ? Proposal.ambiguous() : Proposal.none();
        }
        return Proposal.fixed(chosen.toString());
    }

    private static LocalDate date(String y, String m, String d) {
        LocalDate date = IsoDate.parse(y + "-" + pad(m) + "-" + pad(d));
        return date != null && date.getYear() >= EARLIEST_YEAR ? date : null;
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }
}
