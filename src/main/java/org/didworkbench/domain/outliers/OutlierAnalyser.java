package org.didworkbench.domain.outliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.Severity;

/**
 * Outliers and plausibility for one file, in two phases and one read of the file.
 *
 * <ol>
 *   <li>{@link #observe} once per well-formed record, in file order (findings come out in the order
 *       records were observed; record numbers must fit an int): keeps only a few numbers per
 *       record (dates as epoch days, code and site ids, gender, hashes; about 50 bytes).</li>
 *   <li>{@link #findings} after the last record: computes the bands and waiting-time figures, finds
 *       duplicates and daily volume spikes, and emits the warnings of every flagged record, in record
 *       order. Messages are built from the stored numbers alone.</li>
 * </ol>
 *
 * <p>Every finding is a {@link Severity#WARNING} with a {@code DQW-} code and never changes the
 * national verdict. After the pass, {@link #checkOne} judges one (edited) record against the
 * bands already computed. Not thread-safe: one analyser per file, fed from one thread.
 */
public final class OutlierAnalyser implements AutoCloseable {
    private final Profile profile;
    private final OutlierFields fields;
    private final OutlierSettings settings;
    private final ExamCodes codes;
    private final Sites sites = new Sites();
    private final RecordColumns columns;
    private final Bands.Counts waits = new Bands.Counts();
    private final Volumes volumes;
    private final RecordNumbers scratch = new RecordNumbers();
    private final RecordChecks checks;
    private final OutlierRules.Names names;
    private final List<Rule> rules;
    private Bands bands;
    private Duplicates duplicates;
    private List<Volumes.Placed> fileIssues;

    /**
     * @param profile   the profile the records follow (item names for issues and messages)
     * @param fields    where the items stand in the profile
     * @param settings  thresholds
     * @param table     the age and gender plausibility rows
     * @param reference reference data; the NICIP/SNOMED table, when loaded, gives modalities and preferred terms
     */
    public OutlierAnalyser(Profile profile, OutlierFields fields, OutlierSettings settings, PlausibilityTable table,
                           ReferenceData reference) {
        this(profile, fields, settings, table, reference, NumberPages.inMemory());
    }

    /**
     * An analyser that keeps its per-record numbers (about 50 bytes a record) in {@code pages}; it
     * closes them when it is closed.
     */
    public OutlierAnalyser(Profile profile, OutlierFields fields, OutlierSettings settings, PlausibilityTable table,
                           ReferenceData reference, NumberPages pages) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(table, "table");
        this.codes = new ExamCodes(reference.imagingCodes().orElse(null), table);
        this.checks = new RecordChecks(profile, fields, settings, table, codes);
        this.names = new OutlierRules.Names(profile, fields);
        this.rules = OutlierRules.catalogue(profile, fields, settings);
        this.columns = new RecordColumns(Objects.requireNonNull(pages, "pages"));
        this.volumes = new Volumes(columns, sites, settings, fields, names);
    }

    /** An analyser for DID v1 records with the default plausibility table. */
    public static OutlierAnalyser didV1(Profile profile, OutlierSettings settings, ReferenceData reference) {
        return didV1(profile, settings, reference, NumberPages.inMemory());
    }

    /** An analyser for DID v1 records that keeps its per-record numbers in {@code pages}. */
    public static OutlierAnalyser didV1(Profile profile, OutlierSettings settings, ReferenceData reference,
                                        NumberPages pages) {
        return new OutlierAnalyser(profile, OutlierFields.didV1(), settings, PlausibilityTable.defaults(), reference,
                pages);
    }

    /** Releases the per-record numbers (a file of them is deleted). The analyser cannot be used afterwards. */
    @Override
    public void close() {
        columns.close();
    }

    /** The enabled DQW rules with their descriptions, for the summary's rule list. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Notes one well-formed record (file order). Cheap: parses nothing the view has not parsed,
     * stores a handful of primitives.
     *
     * @throws IllegalStateException after {@link #findings} has run
     */
    public void observe(RecordView view) {
        if (bands != null) {
            throw new IllegalStateException("observe() after findings()");
        }
        scratch.read(view, fields, codes, sites);
        int index = columns.size();
        // the bands and the daily volumes are counted now, so nothing per record need be kept for them
        waits.add(scratch, scratch.code >= 0 ? codes.group(scratch.code) : -1);
        int test = scratch.dates[OutlierFields.TEST];
        if (test != RecordNumbers.NO_DATE) {
            volumes.observe(index, test, scratch.site);
        }
        columns.add(scratch);
    }

    /** Records observed so far. */
    public int observed() {
        return columns.size();
    }

    /**
     * Ends the observation phase and does the file-wide work {@link #findings} needs first (the bands,
     * the likely duplicates, the daily volumes), so that a caller can have it done on another thread
     * while it does something else. Not needed otherwise: {@link #findings} does it when it has not been
     * done. The caller must see this call complete (e.g. join its thread) before calling anything else.
     */
    public void prepareFindings() {
        finish();
    }

    /**
     * Emits every warning, in record order (within a record, in catalogue order). The first call ends
     * the observation phase; later calls emit the same warnings again.
     */
    public void findings(Consumer<Issue> out) {
        finish();
        // The per-record checks only read what observe() stored: the file is judged in two halves at
        // once, and the halves' warnings are handed on in record order.
        int n = columns.size();
        int middle = n / 2;
        List<Issue> second = new ArrayList<>();
        RuntimeException[] failed = new RuntimeException[1];
        Thread side = new Thread(() -> {
            try {
                judge(middle, n, second::add);
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        }, "outliers-second-half");
        side.start();
        judge(0, middle, out);
        try {
            side.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while looking for outliers", e);
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        second.forEach(out);
    }

    /** Emits the warnings of observed records {@code from} (inclusive) to {@code to} (exclusive), in order. */
    private void judge(int from, int to, Consumer<Issue> out) {
        RecordNumbers numbers = new RecordNumbers();
        RecordColumns.Cursor cursor = columns.cursor();
        List<Issue> mine = new ArrayList<>();
        int f = firstFileIssueAt(from);
        for (int i = from; i < to; i++) {
            cursor.load(i, numbers);
            mine.clear();
            checks.check(numbers, bands, mine::add);
            int[] others = duplicates.others(i);
            if (others.length > 0) {
                mine.add(duplicateIssue(numbers, lines(others), others.length + 1));
            }
            while (f < fileIssues.size() && fileIssues.get(f).index() == i) {
                mine.add(fileIssues.get(f++).issue());
            }
            mine.forEach(out);
        }
    }

    private int firstFileIssueAt(int index) {
        int f = 0;
        while (f < fileIssues.size() && fileIssues.get(f).index() < index) {
            f++;
        }
        return f;
    }

    /** Every warning as a list (see {@link #findings(Consumer)}); prefer the consumer form for big files. */
    public List<Issue> findings() {
        List<Issue> all = new ArrayList<>();
        findings(all::add);
        return all;
    }

    /**
     * The warnings one record would get now, against the bands of the full pass (which are not
     * recomputed): interval outliers, the DM01 and turnaround flags, age and gender, and a duplicate of
     * another record of the file. Daily volume is a property of the whole file and is left to the
     * full pass. Comparing against the other records uses their values as observed; the analyser's
     * own copy of this record is not changed.
     *
     * @throws IllegalStateException before {@link #findings} or {@link #bands} has ended the observation
     */
    public List<Issue> checkOne(RecordView view) {
        if (bands == null) {
            throw new IllegalStateException("checkOne() before the observation ended (findings() or bands())");
        }
        finish(); // the likely duplicates, found once, on the first call after bands()
        RecordNumbers r = new RecordNumbers();
        r.read(view, fields, codes, sites);
        List<Issue> out = new ArrayList<>();
        checks.check(r, bands, out::add);
        if (settings.enabled(OutlierRules.DUPLICATE_EXAM) && r.patient != 0 && r.code >= 0 && r.site >= 0
                && r.dates[OutlierFields.TEST] != RecordNumbers.NO_DATE) {
            int[] others = new int[8];
            int n = 0;
            boolean differs = false;
            for (int j : duplicates.sameHash(r)) {
                if (columns.record(j) != r.record && Duplicates.sameKey(columns, j, r)) {
                    if (n == others.length) {
                        others = Arrays.copyOf(others, n * 2);
                    }
                    others[n++] = j;
                    differs |= columns.accession(j) != r.accession;
                }
            }
            differs |= n > 0 && Duplicates.distinctAccessions(columns, others, n);
            if (n > 0 && differs) {
                out.add(duplicateIssue(r, lines(Arrays.copyOf(others, n)), n + 1));
            }
        }
        return out;
    }

    /**
     * The bands the file's waits were judged against (groups with at least one value), for display.
     * Ends the observation phase, as {@link #findings} does.
     */
    public List<IntervalBand> bands() {
        finishBands();
        return bands.all();
    }

    /**
     * Waiting-time figures per modality group, by name, then one row for the whole file
     * ({@link WaitingTimeStats#ALL}). Ends the observation phase, as {@link #findings} does.
     */
    public List<WaitingTimeStats> waitingTimeStats() {
        finishBands();
        return bands.stats();
    }

    /** Ends the observation phase and computes the bands, which need only the counted waits. */
    private void finishBands() {
        if (bands != null) {
            return;
        }
        columns.seal();
        // records without a code form the "unknown modality" group, made now as it always was: last
        int unknown = waits.anyWithoutCode() ? codes.group(-1) : -1;
        List<String> groupNames = new ArrayList<>();
        for (int g = 0; g < codes.groupCount(); g++) {
            groupNames.add(codes.groupName(g));
        }
        bands = Bands.compute(waits, unknown, groupNames, settings);
    }

    /** Computes the bands, then the likely duplicates (from the stored numbers) and the daily volumes. */
    private void finish() {
        if (duplicates != null) {
            return;
        }
        finishBands();
        Duplicates found = settings.enabled(OutlierRules.DUPLICATE_EXAM) ? Duplicates.find(columns) : Duplicates.none();
        List<Volumes.Placed> file = new ArrayList<>();
        volumes.find(file);
        file.sort(Comparator.comparingInt(Volumes.Placed::index)
                .thenComparing(p -> OutlierRules.codes().indexOf(p.issue().rule())));
        fileIssues = file;
        duplicates = found;
    }

    private int[] lines(int[] indexes) {
        int[] out = new int[indexes.length];
        for (int k = 0; k < indexes.length; k++) {
            out[k] = columns.line(indexes[k]);
        }
        return out;
    }

    private Issue duplicateIssue(RecordNumbers r, int[] otherLines, int groupSize) {
        ExamCodes.Entry exam = codes.entry(r.code);
        int codeItem = exam.nicip() ? fields.nicip() : fields.snomed();
        String patient = (r.patient & 1L) == 1L ? "the same " + names.dd(fields.nhsNumber())
                : "the same " + names.dd(fields.birthDate()) + " and " + names.dd(fields.postcode());
        StringBuilder also = new StringBuilder();
        int shown = Math.min(otherLines.length, 5);
        for (int k = 0; k < shown; k++) {
            also.append(k == 0 ? "" : ", ").append(otherLines[k]);
        }
        if (otherLines.length > shown) {
            also.append(" and ").append(otherLines.length - shown).append(" more");
        }
        String site = sites.code(r.site);
        String day = Messages.date(r.dates[OutlierFields.TEST]);
        String message = "Likely duplicate examination: " + patient + ", " + names.dd(codeItem) + " '" + exam.text()
                + "', " + names.dd(fields.site()) + " '" + site + "' and " + names.dd(fields.testDate()) + " '" + day
                + "' are shared by " + groupSize + " records with different " + names.dd(fields.accession())
                + "s (also line" + (otherLines.length == 1 ? " " : "s ") + also + "). Expected one record per "
                + "examination; check whether the examination was sent twice.";
        List<String> issueFields = new ArrayList<>();
        issueFields.add(names.name(fields.accession()));
        issueFields.add(names.name((r.patient & 1L) == 1L ? fields.nhsNumber() : fields.birthDate()));
        issueFields.add(names.name(codeItem));
        issueFields.add(names.name(fields.site()));
        issueFields.add(names.name(fields.testDate()));
        return new Issue(r.record, r.line, OutlierRules.DUPLICATE_EXAM, Severity.WARNING,
                issueFields.stream().filter(s -> !s.isEmpty()).toList(), "", message);
    }
}
