package org.didworkbench.domain.history;

import java.util.List;
import java.util.Objects;

/**
 * A submission set beside an earlier month of the same provider.
 *
 * @param current  the submission compared
 * @param baseline the earlier month it is compared with
 * @param earlier  every comparable earlier month remembered (one entry each, newest first; the
 *                 baseline is the first)
 * @param shifts   the big changes, in plain words, in the order of {@link Shift.Dimension}
 * @param tables   every figure compared, one table per dimension
 * @param notes    things to know when reading it (a month missing between the two, modalities grouped
 *                 differently…)
 */
public record Comparison(SubmissionFigures current, LibraryEntry baseline, List<LibraryEntry> earlier,
                         List<Shift> shifts, List<ComparisonTable> tables, List<String> notes) {

    public Comparison {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(baseline, "baseline");
        earlier = List.copyOf(earlier);
        shifts = List.copyOf(shifts);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }
}
