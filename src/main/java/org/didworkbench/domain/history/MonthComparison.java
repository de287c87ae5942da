package org.didworkbench.domain.history;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.didworkbench.domain.outliers.IntervalSummary;
import org.didworkbench.domain.outliers.WaitingTimeStats;

/**
 * Compares a submission with an earlier month: volume in all and by modality, site and patient source
 * setting; completeness per item; median waits by modality. Every figure goes in a table; a change
 * past the {@link ShiftThresholds} (both its relative and its absolute minimum) becomes a
 * {@link Shift} with a sentence. Immutable and stateless apart from its settings.
 */
public final class MonthComparison {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private final ShiftThresholds thresholds;
    private final Function<String, String> sourceMeaning;

    /**
     * @param thresholds    when a change is flagged
     * @param sourceMeaning the meaning of a patient source setting code (e.g. "04" to "GP Direct Access"),
     *                      or null when not known
     */
    public MonthComparison(ShiftThresholds thresholds, Function<String, String> sourceMeaning) {
        this.thresholds = thresholds;
        this.sourceMeaning = sourceMeaning;
    }

    /** "August 2026", or "an unknown month". */
    public static String monthWords(YearMonth month) {
        return month == null ? "an unknown month" : MONTH.format(month);
    }

    /**
     * Compares {@code current} with the first of {@code earlier} (see {@link EarlierMonths#of}).
     *
     * @throws IllegalArgumentException when {@code earlier} is empty
     */
    public Comparison compare(SubmissionFigures current, List<LibraryEntry> earlier) {
        if (earlier.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare with");
        }
        LibraryEntry baseline = earlier.get(0);
        SubmissionFigures before = baseline.figures();
        String against = " compared with " + monthWords(before.dataMonth());
        List<Shift> shifts = new ArrayList<>();
        List<ComparisonTable> tables = new ArrayList<>();

        Map<String, Long> totalBefore = Map.of("All records", before.records());
        Map<String, Long> totalNow = Map.of("All records", current.records());
        // Modalities found two different ways (table or first letter) differ for that reason alone: shown, not flagged.
        boolean sameModalities = current.modalitySource() == before.modalitySource();
        tables.add(volumes("Records", "Records", totalBefore, totalNow, Shift.Dimension.RECORDS, k -> "Total", against,
                thresholds.totalRelative(), true, shifts));
        if (!current.byModality().isEmpty() || !before.byModality().isEmpty()) {
            tables.add(volumes("Modality", "Volume by modality", before.byModality(), current.byModality(),
                    Shift.Dimension.MODALITY, k -> k, against, thresholds.volumeRelative(), sameModalities, shifts));
        }
        if (!current.bySite().isEmpty() || !before.bySite().isEmpty()) {
            tables.add(volumes("Site", "Volume by site (SITE CODE (OF IMAGING))", before.bySite(), current.bySite(),
                    Shift.Dimension.SITE, k -> "Site " + k, against, thresholds.volumeRelative(), true, shifts));
        }
        if (!current.bySource().isEmpty() || !before.bySource().isEmpty()) {
            tables.add(volumes("Patient source", "Volume by PATIENT SOURCE SETTING TYPE (DIAGNOSTIC IMAGING)", before.bySource(),
                    current.bySource(), Shift.Dimension.SOURCE, this::sourceSubject, against,
                    thresholds.volumeRelative(), true, shifts));
        }
        tables.add(completeness(before, current, shifts));
        if (!current.waits().isEmpty() || !before.waits().isEmpty()) {
            tables.add(waits("Request to test", "Median days from request to test", before, current, true, sameModalities, shifts));
            tables.add(waits("Test to report", "Median days from test to report", before, current, false, sameModalities, shifts));
        }
        return new Comparison(current, baseline, earlier, shifts, tables, notes(current, earlier));
    }

    // ------------------------------------------------------------------ volumes

    private ComparisonTable volumes(String name, String title, Map<String, Long> before, Map<String, Long> now,
                                    Shift.Dimension dimension, Function<String, String> subject, String against,
                                    double relative, boolean flag, List<Shift> shifts) {
        Set<String> keys = new LinkedHashSet<>(now.keySet());
        keys.addAll(before.keySet());
        List<String> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.comparing((String k) -> k.startsWith("("))
                .thenComparing(k -> -Math.max(now.getOrDefault(k, 0L), before.getOrDefault(k, 0L)))
                .thenComparing(k -> k));
        List<ComparisonTable.Row> rows = new ArrayList<>();
        List<Shift> found = new ArrayList<>();
        for (String k : ordered) {
            long b = before.getOrDefault(k, 0L);
            long n = now.getOrDefault(k, 0L);
            String sentence = flag ? volumeShift(subject.apply(k), b, n, against, relative) : null;
            if (sentence != null) {
                found.add(new Shift(dimension, k, b, n, sentence));
            }
            rows.add(new ComparisonTable.Row(label(dimension, k), before.containsKey(k) ? count(b) : "",
                    now.containsKey(k) ? count(n) : "", volumeChange(b, n), sentence != null));
        }
        found.sort(Comparator.comparingDouble((Shift s) -> -Math.abs(s.now() - s.before())));
        shifts.addAll(found);
        return new ComparisonTable(name, title, rows);
    }

    /** The sentence for a volume change past the thresholds, or null. */
    private String volumeShift(String subject, long before, long now, String against, double relative) {
        long diff = now - before;
        if (Math.abs(diff) < thresholds.volumeRecords()) {
            return null;
        }
        if (before == 0) {
            return subject + " volume rose from none to " + count(now) + against;
        }
        if (now == 0) {
            return subject + " volume fell from " + count(before) + " to none" + against;
        }
        double change = (double) diff / before;
        if (Math.abs(change) < relative) {
            return null;
        }
        return subject + " volume " + (diff > 0 ? "rose " : "fell ") + Math.round(Math.abs(change) * 100) + "% ("
                + count(before) + " -> " + count(now) + ")" + against;
    }

    private static String volumeChange(long before, long now) {
        if (before == 0) {
            return now == 0 ? "" : "new";
        }
        if (now == 0) {
            return "none now";
        }
        long pct = Math.round(Math.abs((double) (now - before) / before) * 100); // as the sentence rounds it
        return pct == 0 ? "0%" : (now > before ? "+" : "-") + pct + "%";
    }

    private String label(Shift.Dimension dimension, String key) {
        if (dimension == Shift.Dimension.SOURCE && !key.startsWith("(")) {
            String meaning = meaning(key);
            return meaning == null ? key : key + " " + meaning;
        }
        return key;
    }

    private String sourceSubject(String code) {
        if (code.startsWith("(")) {
            return "Patient source setting " + code;
        }
        String meaning = meaning(code);
        return "Patient source setting " + code + (meaning == null ? "" : " (" + meaning + ")");
    }

    private String meaning(String code) {
        return sourceMeaning == null ? null : sourceMeaning.apply(code);
    }

    // ------------------------------------------------------------------ completeness

    private ComparisonTable completeness(SubmissionFigures before, SubmissionFigures current, List<Shift> shifts) {
        Map<String, ItemFigures> earlier = new LinkedHashMap<>();
        before.items().forEach(i -> earlier.put(i.item(), i));
        List<ComparisonTable.Row> rows = new ArrayList<>();
        List<Shift> found = new ArrayList<>();
        for (ItemFigures now : current.items()) {
            ItemFigures then = earlier.get(now.item());
            if (then == null || then.records() == 0 || now.records() == 0) {
                rows.add(new ComparisonTable.Row(now.title(), "", percent(now.completeness()), "", false));
                continue;
            }
            // judged on the figure as shown (one decimal), so 96.1% -> 91.1% is the 5.0 points it reads as
            double points = Math.round((now.completeness() - then.completeness()) * 1000) / 10.0;
            boolean flagged = Math.abs(points) >= thresholds.completenessPoints()
                    && Math.round(Math.abs(points) / 100 * now.records()) >= thresholds.completenessRecords();
            if (flagged) {
                found.add(new Shift(Shift.Dimension.COMPLETENESS, now.item(), then.completeness(), now.completeness(),
                        "Completeness of " + now.title() + (points > 0 ? " rose" : " fell") + " from "
                                + percent(then.completeness()) + " to " + percent(now.completeness())));
            }
            rows.add(new ComparisonTable.Row(now.title(), percent(then.completeness()), percent(now.completeness()),
                    points == 0 ? "0.0 pts" : String.format(Locale.UK, "%+.1f pts", points), flagged));
        }
        found.sort(Comparator.comparingDouble((Shift s) -> -Math.abs(s.now() - s.before())));
        shifts.addAll(found);
        return new ComparisonTable("Completeness", "Completeness (records with a value)", rows);
    }

    // ------------------------------------------------------------------ waits

    private ComparisonTable waits(String name, String title, SubmissionFigures before, SubmissionFigures current,
                                  boolean requestToTest, boolean flag, List<Shift> shifts) {
        Map<String, WaitingTimeStats> earlier = new LinkedHashMap<>();
        before.waits().forEach(w -> earlier.put(w.modality(), w));
        List<WaitingTimeStats> rowsNow = new ArrayList<>(current.waits());
        for (WaitingTimeStats w : before.waits()) {
            if (rowsNow.stream().noneMatch(x -> x.modality().equals(w.modality()))) {
                rowsNow.add(new WaitingTimeStats(w.modality(), 0, new IntervalSummary(0, Double.NaN, Double.NaN),
                        new IntervalSummary(0, Double.NaN, Double.NaN), w.longWaitDays(), 0, w.lateReportDays(), 0));
            }
        }
        rowsNow.sort(Comparator.comparing((WaitingTimeStats w) -> WaitingTimeStats.ALL.equals(w.modality()))
                .thenComparing(w -> -w.records()).thenComparing(WaitingTimeStats::modality));
        String words = requestToTest ? "request-to-test" : "test-to-report";
        Shift.Dimension dimension = requestToTest ? Shift.Dimension.REQUEST_TO_TEST : Shift.Dimension.TEST_TO_REPORT;
        List<ComparisonTable.Row> rows = new ArrayList<>();
        List<Shift> found = new ArrayList<>();
        for (WaitingTimeStats w : rowsNow) {
            WaitingTimeStats then = earlier.get(w.modality());
            IntervalSummary n = requestToTest ? w.requestToTest() : w.testToReport();
            IntervalSummary b = then == null ? null : requestToTest ? then.requestToTest() : then.testToReport();
            boolean both = b != null && !b.isEmpty() && !n.isEmpty();
            boolean flagged = false;
            if (flag && both && !WaitingTimeStats.ALL.equals(w.modality()) && b.count() >= thresholds.waitMinimum()
                    && n.count() >= thresholds.waitMinimum()) {
                double diff = n.median() - b.median();
                flagged = Math.abs(diff) >= thresholds.waitDays()
                        && (b.median() == 0 || Math.abs(diff) / b.median() >= thresholds.waitRelative());
                if (flagged) {
                    found.add(new Shift(dimension, w.modality(), b.median(), n.median(), w.modality() + " median "
                            + words + " wait " + (diff > 0 ? "rose" : "fell") + " from " + days(b.median()) + " to "
                            + days(n.median()) + " days"));
                }
            }
            rows.add(new ComparisonTable.Row(w.modality(), b == null || b.isEmpty() ? "" : days(b.median()),
                    n.isEmpty() ? "" : days(n.median()),
                    both ? dayChange(n.median() - b.median()) : "",
                    flagged));
        }
        found.sort(Comparator.comparingDouble((Shift s) -> -Math.abs(s.now() - s.before())));
        shifts.addAll(found);
        return new ComparisonTable(name, title, rows);
    }

    // ------------------------------------------------------------------ notes and words

    private static List<String> notes(SubmissionFigures current, List<LibraryEntry> earlier) {
        List<String> notes = new ArrayList<>();
        SubmissionFigures before = earlier.get(0).figures();
        YearMonth previous = current.dataMonth() == null ? null : current.dataMonth().minusMonths(1);
        if (previous != null && before.dataMonth() != null && before.dataMonth().isBefore(previous)) {
            notes.add(monthWords(previous) + " is not remembered: compared with " + monthWords(before.dataMonth())
                    + ", the latest earlier month in the library.");
        }
        if (current.modalitySource() != before.modalitySource()) {
            notes.add("Modalities were found from " + current.modalitySource().words() + " this month but from "
                    + before.modalitySource().words() + " in " + monthWords(before.dataMonth())
                    + ": modality volumes and waits may differ for that reason alone, so they are not flagged."
                    + " Check both months with the same reference data.");
        }
        if (earlier.get(0).kind() == LibraryEntry.Kind.CORRECTED) {
            notes.add(monthWords(before.dataMonth()) + " is the corrected file " + before.fileName()
                    + ", the one exported from the workbench.");
        }
        return notes;
    }

    private static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    private static String percent(double share) {
        return String.format(Locale.UK, "%.1f%%", share * 100);
    }

    /** A change in days: "0 days", "+1 day", "-4 days", "+1.5 days". */
    static String dayChange(double diff) {
        if (diff == 0) {
            return "0 days";
        }
        return (diff > 0 ? "+" : "-") + days(Math.abs(diff)) + (Math.abs(diff) == 1 ? " day" : " days");
    }

    /** Whole days without a decimal, half days with one (a median of an even count). */
    static String days(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        return d == Math.rint(d) ? String.format(Locale.UK, "%.0f", d) : String.format(Locale.UK, "%.1f", d);
    }
}
