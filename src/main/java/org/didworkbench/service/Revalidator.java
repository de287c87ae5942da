package org.didworkbench.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import org.didworkbench.domain.dataset.Normalisation;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.outliers.OutlierRules;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RecordRule;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.Severity;
import org.didworkbench.domain.rules.UniquenessRule;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.store.CellChange;
import org.didworkbench.store.EditStore;
import org.didworkbench.store.IssueTotals;
import org.didworkbench.store.StoredRecord;
import org.didworkbench.store.Workspace;

/**
 * Applies the cell changes of one action inside the caller's transaction and brings everything
 * that depends on them up to date: the log rows, the edited flags, each changed record's issues
 * (record rules, workbench checks) and the duplicate groups its old and new keys belong to.
 *
 * <p>Memory: the change comes from a {@link Source} a chunk of about {@link #CHUNK} records at a time.
 * Each chunk is read, logged, written and checked, then dropped; what is kept across chunks is the
 * changed record numbers (8 bytes each, for the repaint) and, for each file rule (DIDS071), the keys
 * whose duplicate groups may change: the old and new keys of a record whose key items changed, and the
 * key of a changed record already in a group. Those groups are worked out at the end, over the whole
 * change, reading back only their members. A bulk change of a million records therefore needs about the
 * memory of one chunk, not of every changed record twice.
 *
 * <p>Cost: each step of a chunk is one batched statement per few hundred records
 * ({@link EditStore#BATCH}) rather than several statements per record, plus one key-index lookup per
 * key sought, batched the same way; nothing reads the whole table unless a file rule cannot name its
 * key items. Between chunks it reports progress and stops when cancelled, leaving the caller to roll
 * the transaction back.
 *
 * <p>The outcome is the same as making the changes one record after another: each record's issues
 * are those of its values as they stand after the whole action (a duplicate-group member's issue of
 * that rule may stand at the end of its list, as after a one-by-one edit of a partner).
 */
final class Revalidator {
    /** Workbench findings about the whole file, which a one-record check cannot redo; an edit keeps them. */
    private static final Set<String> FILE_LEVEL_WORKBENCH = Set.of(OutlierRules.DAY_VOLUME, OutlierRules.SITE_VOLUME);
    /** Records written or checked between two looks at progress and Cancel. */
    static final int CHUNK = 500;

    /** Progress phases, in words for the busy card. */
    static final String READING = "Reading the records to change";
    static final String PREPARING = "Preparing the workbench checks (once per session)";
    static final String SAVING = "Saving and checking the changes";
    /** The duplicate groups the change touched, worked out at its end. */
    static final String CHECKING = "Checking the changed records";

    private final Workspace workspace;
    private final EditStore store;
    private final Profile profile;
    private final Validator validator;
    private final Function<RecordView, List<Issue>> workbenchCheck;
    private final Set<String> recordCodes = new HashSet<>();
    private final Map<String, UniquenessRule> fileRules = new LinkedHashMap<>();
    /** True once the workbench check has been asked once (it reads the file's bands on first use). */
    private boolean workbenchReady;

    /**
     * One chunk of a change.
     *
     * @param records the records it changes, as they stand now (each once; more are ignored)
     * @param cells   its cell changes in log order, each {@code oldValue} the value as it stands
     * @param units   how much of the {@link Source#units()} this chunk is, for progress
     */
    record Chunk(List<StoredRecord> records, List<CellChange> cells, long units) {
    }

    /** A change handed over a chunk at a time, read only when the previous chunk is written. */
    interface Source {
        /** How many units (records or cells) all the chunks add up to, for progress. */
        long units();

        /** The next chunk, or null when there is none. A chunk may have no cells (nothing differed). */
        Chunk next() throws ServiceException;
    }

    /**
     * The outcome of applying one action's changes.
     *
     * @param action           the action begun for them; 0 when no cell differed and nothing was begun
     * @param touched          records whose values or issues changed
     * @param delta            how the issue totals changed (records is always 0)
     * @param editedCellsDelta how the number of cells differing from the file changed
     */
    record Result(long action, Set<Long> touched, IssueTotals delta, long editedCellsDelta) {
    }

    Revalidator(Workspace workspace, Validator validator, Function<RecordView, List<Issue>> workbenchCheck) {
        this.workspace = workspace;
        this.store = workspace.edits();
        this.profile = validator.profile();
        this.validator = validator;
        this.workbenchCheck = Objects.requireNonNull(workbenchCheck, "workbenchCheck");
        for (RecordRule r : profile.recordRules()) {
            recordCodes.add(r.code());
        }
        recordCodes.add(profile.structureRule());
        for (String code : OutlierRules.codes()) {
            if (!FILE_LEVEL_WORKBENCH.contains(code)) {
                recordCodes.add(code);
            }
        }
        // Reference rules that cannot run now (the reference data is missing) keep their findings from the
        // import: dropping them on an edit would make the file look cleaner than it is.
        validator.notChecked().forEach(recordCodes::remove);
        for (UniquenessRule u : validator.uniquenessRules()) {
            fileRules.put(u.code(), u);
        }
    }

    /** What one {@link #apply} gathers as it goes. */
    private final class Run {
        final long[] delta = new long[4];
        long cellsDelta;
        long editedRecordsDelta;
        final RecordNumberSet.Builder touched = new RecordNumberSet.Builder();
        /** For each file rule naming its key items: the keys (normalised values) whose groups may change. */
        final Map<String, Set<List<String>>> keys = new LinkedHashMap<>();
        /** For each file rule not naming them: the keys ({@link UniquenessRule#key}) whose groups may change. */
        final Map<String, Set<String>> scanKeys = new LinkedHashMap<>();

        Run() {
            for (UniquenessRule rule : fileRules.values()) {
                if (rule.keyItems().length > 0) {
                    keys.put(rule.code(), new HashSet<>());
                } else {
                    scanKeys.put(rule.code(), new HashSet<>());
                }
            }
        }
    }

    /**
     * Logs and applies the changes a chunk at a time and revalidates. Does not commit; after an exception
     * (a {@link CancelledException}, or the source's {@link ServiceException}) the caller rolls back.
     *
     * @param source   the change; its chunks are read one after another, each once the one before is written
     * @param begin    called once, before the first cell is written, to start the action: gives its id
     * @param progress hears the work done, in units of the source
     * @param cancel   checked between chunks; null when the change cannot be cancelled
     */
    Result apply(Source source, LongSupplier begin, ProgressListener progress, CancellationToken cancel)
            throws ServiceException {
        Run run = new Run();
        long total = Math.max(1, source.units());
        long done = 0;
        long action = 0;
        long records = 0;
        long preparing = 0;
        long t0 = System.nanoTime();
        for (Chunk chunk = source.next(); chunk != null; chunk = source.next()) {
            check(cancel);
            if (!chunk.cells().isEmpty()) {
                if (action == 0) {
                    long p0 = System.nanoTime();
                    if (!workbenchReady) {
                        progress.progress(0, -1, PREPARING); // the first change of a session reads the file once
                    }
                    prepareWorkbenchCheck(chunk.records());
                    preparing = System.nanoTime() - p0;
                    action = begin.getAsLong();
                }
                // one phase for the whole loop: a chunk is saved and checked in a fraction of a second
                progress.progress(Math.min(done, total), total, SAVING);
                records += applyChunk(chunk, action, run);
            }
            done += chunk.units();
        }
        if (action == 0) {
            return new Result(0, Set.of(), new IssueTotals(0, 0, 0, 0, 0, 0), 0);
        }
        long t1 = System.nanoTime();
        check(cancel);
        progress.progress(Math.min(done, total), total, CHECKING);
        regroup(run, cancel);
        progress.progress(total, total, CHECKING);
        if (records >= CHUNK) {
            Timing.report("revalidate: workbench-first-use", preparing, "chunks", t1 - t0 - preparing,
                    "duplicate groups", System.nanoTime() - t1);
        }
        long[] d = run.delta;
        return new Result(action, run.touched.build(),
                new IssueTotals(0, d[0], d[1], d[2], d[3], run.editedRecordsDelta), run.cellsDelta);
    }

    /** Writes, logs and checks one chunk; returns how many records it changed. */
    private int applyChunk(Chunk chunk, long action, Run run) {
        List<CellChange> cells = chunk.cells();
        Map<Long, List<CellChange>> byRecord = new TreeMap<>();
        for (CellChange c : cells) {
            byRecord.computeIfAbsent(c.record(), k -> new ArrayList<>()).add(c);
        }
        Map<Long, StoredRecord> before = new HashMap<>();
        for (StoredRecord s : chunk.records()) {
            before.putIfAbsent(s.record().number(), s);
        }
        long[] numbers = byRecord.keySet().stream().mapToLong(Long::longValue).toArray();
        for (long rec : numbers) {
            Objects.requireNonNull(before.get(rec), "record read before the change");
        }

        // 1. the log, in the order given, then the values and the edited flags
        store.addChanges(action, cells);
        store.setValues(cells);
        Map<Long, Map<Integer, String>> originals = store.originals(numbers);
        List<Long> nowEdited = new ArrayList<>();
        List<Long> nowUnedited = new ArrayList<>();
        List<Long> wereEdited = new ArrayList<>();
        Map<Long, String[]> values = new HashMap<>();
        Map<Long, Boolean> edited = new HashMap<>();
        for (long rec : numbers) {
            StoredRecord was = before.get(rec);
            String[] v = was.record().values().clone();
            for (CellChange c : byRecord.get(rec)) {
                v[c.item()] = c.newValue();
            }
            Map<Integer, String> original = originals.get(rec);
            for (CellChange c : byRecord.get(rec)) {
                String o = original.get(c.item());
                run.cellsDelta += (c.newValue().equals(o) ? 0 : 1) - (c.oldValue().equals(o) ? 0 : 1);
            }
            boolean e = false;
            for (Map.Entry<Integer, String> o : original.entrySet()) {
                e |= !v[o.getKey()].equals(o.getValue());
            }
            if (e != was.edited()) {
                (e ? nowEdited : nowUnedited).add(rec);
                run.editedRecordsDelta += e ? 1 : -1;
            }
            if (was.edited()) {
                wereEdited.add(rec);
            }
            values.put(rec, v);
            edited.put(rec, e);
        }
        store.setEdited(longs(nowEdited), true);
        store.setEdited(longs(nowUnedited), false);
        // Whether a record is edited decides whether its original syntax defect still counts: a record edited
        // before carries no trace of it, so it is read for those.
        Map<Long, String> fileDefects = wereEdited.isEmpty() ? Map.of() : workspace.fileDefects(longs(wereEdited));

        // 2. each changed record's issues: its record rules and workbench checks now; its duplicate groups kept
        // as they are when its key did not change (their members are looked at again at the end otherwise)
        Map<Long, List<Issue>> was = store.issuesOf(numbers);
        Map<Long, List<Issue>> changed = new TreeMap<>();
        for (long rec : numbers) {
            StoredRecord old = before.get(rec);
            StoredRecord now = Workspace.afterChange(old, values.get(rec), edited.get(rec), fileDefects.get(rec));
            List<Issue> kept = new ArrayList<>();
            for (UniquenessRule rule : fileRules.values()) {
                if (noteKeys(rule, old, now, was.get(rec), run)) {
                    for (Issue i : was.get(rec)) {
                        if (i.rule().equals(rule.code())) {
                            kept.add(i);
                        }
                    }
                }
            }
            changed.put(rec, issuesOf(now.record(), kept));
        }
        Predicate<String> recordOrFileRule = code -> recordCodes.contains(code) || fileRules.containsKey(code);
        store.replaceIssues(changed, recordOrFileRule);
        Map<Long, List<Issue>> now = store.issuesOf(numbers);
        for (long rec : numbers) {
            run.touched.add(rec);
            if (!was.get(rec).equals(now.get(rec))) {
                count(was.get(rec), run.delta, -1);
                count(now.get(rec), run.delta, 1);
            }
        }
        return numbers.length;
    }

    /**
     * Notes the keys of a changed record whose groups under {@code rule} must be worked out again at the end.
     *
     * @return true when the record's issues of this rule stand as they are until then (its key is unchanged)
     */
    private boolean noteKeys(UniquenessRule rule, StoredRecord before, StoredRecord after, List<Issue> issues,
                             Run run) {
        boolean okBefore = validator.wellFormed(before.record());
        boolean okAfter = validator.wellFormed(after.record());
        int[] items = rule.keyItems();
        if (items.length == 0) {
            // the key may hang on any item: both keys' groups are worked out again, the record's own included
            Set<String> keys = run.scanKeys.get(rule.code());
            for (StoredRecord s : List.of(before, after)) {
                if (validator.wellFormed(s.record())) {
                    String key = rule.key(new RecordView(profile, s.record()));
                    if (key != null) {
                        keys.add(key);
                    }
                }
            }
            return false;
        }
        boolean same = okBefore == okAfter;
        for (int i = 0; same && i < items.length; i++) {
            same = Objects.equals(value(before, items[i]), value(after, items[i]));
        }
        Set<List<String>> keys = run.keys.get(rule.code());
        if (same) {
            // the same groups; its own issue of the rule may still read differently (a template may quote
            // any item), so the group of a record in one is worked out again
            boolean inGroup = false;
            for (Issue i : issues) {
                inGroup |= i.rule().equals(rule.code());
            }
            if (inGroup) {
                addKey(keys, items, after);
            }
            return true;
        }
        addKey(keys, items, before);
        addKey(keys, items, after);
        return false;
    }

    private static String value(StoredRecord s, int item) {
        String[] v = s.record().values();
        return item < v.length ? v[item] : null;
    }

    /** Adds a well-formed record's key (normalised values, as the key index holds them) unless it has a blank. */
    private void addKey(Set<List<String>> keys, int[] items, StoredRecord s) {
        if (!validator.wellFormed(s.record())) {
            return;
        }
        RecordView view = new RecordView(profile, s.record());
        String[] key = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            key[i] = view.value(items[i]);
            if (key[i] == null) {
                return;
            }
        }
        keys.add(List.of(key));
    }

    /**
     * Works out again, over the whole change, every duplicate group one of the noted keys names, reading
     * only its members (a batch of keys at a time), and writes the issues of the members whose issues
     * of that rule changed.
     */
    private void regroup(Run run, CancellationToken cancel) throws CancelledException {
        for (UniquenessRule rule : fileRules.values()) {
            int[] items = rule.keyItems();
            if (items.length > 0) {
                List<Normalisation> normalisations = new ArrayList<>(items.length);
                for (int item : items) {
                    normalisations.add(profile.items().get(item).normalisation());
                }
                List<String[]> sought = new ArrayList<>();
                for (List<String> key : run.keys.get(rule.code())) {
                    sought.add(key.toArray(new String[0]));
                }
                run.keys.put(rule.code(), Set.of());
                for (int from = 0; from < sought.size(); from += CHUNK) {
                    check(cancel);
                    long[] members = store.recordsWithKeys(items, normalisations,
                            sought.subList(from, Math.min(sought.size(), from + CHUNK)));
                    regroup(rule, members, run);
                }
            } else {
                Set<String> keys = run.scanKeys.get(rule.code());
                if (keys.isEmpty()) {
                    continue;
                }
                check(cancel);
                RecordNumberSet.Builder members = new RecordNumberSet.Builder();
                workspace.forEachRecord(s -> {
                    if (validator.wellFormed(s.record())
                            && keys.contains(rule.key(new RecordView(profile, s.record())))) {
                        members.add(s.record().number());
                    }
                });
                regroup(rule, members.build().stream().mapToLong(Long::longValue).toArray(), run);
            }
        }
    }

    /** The groups of one rule among these records (every member of each group): writes what changed. */
    private void regroup(UniquenessRule rule, long[] members, Run run) {
        if (members.length == 0) {
            return;
        }
        List<SubmissionRecord> wellFormed = new ArrayList<>();
        for (StoredRecord s : workspace.records(members)) {
            if (validator.wellFormed(s.record())) {
                wellFormed.add(s.record());
            }
        }
        Map<Long, List<Issue>> found = new HashMap<>();
        for (Issue issue : DuplicateGroups.issues(rule, wellFormed, profile)) {
            found.computeIfAbsent(issue.record(), k -> new ArrayList<>()).add(issue);
        }
        Map<Long, List<Issue>> was = store.issuesOf(members);
        Map<Long, List<Issue>> writes = new TreeMap<>();
        for (Map.Entry<Long, List<Issue>> e : was.entrySet()) {
            long rec = e.getKey();
            List<Issue> other = new ArrayList<>();
            List<Issue> before = new ArrayList<>();
            for (Issue i : e.getValue()) {
                (i.rule().equals(rule.code()) ? before : other).add(i);
            }
            List<Issue> after = found.getOrDefault(rec, List.of());
            if (!before.equals(after)) {
                writes.put(rec, after);
                other.addAll(after);
                count(e.getValue(), run.delta, -1);
                count(other, run.delta, 1);
                run.touched.add(rec);
            }
        }
        String code = rule.code();
        store.replaceIssues(writes, code::equals);
    }

    private static void check(CancellationToken cancel) throws CancelledException {
        if (cancel != null) {
            cancel.check();
        }
    }

    /**
     * Asks the workbench check once before anything is written: it reads the file's bands and likely
     * duplicates from the workspace on first use, which must see the records as committed, not this
     * action's values (which a cancel would roll back, and which one change after another would not
     * all have shown it yet). It is asked about a well-formed record of the first chunk or, when that
     * chunk has none, of the file.
     */
    private void prepareWorkbenchCheck(Iterable<StoredRecord> records) {
        if (workbenchReady) {
            return;
        }
        if (prepareWith(records)) {
            return;
        }
        long count = workspace.recordCount();
        for (long from = 1; from <= count; from += CHUNK) {
            long[] numbers = new long[(int) Math.min(CHUNK, count - from + 1)];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = from + i;
            }
            if (prepareWith(workspace.records(numbers))) {
                return;
            }
        }
    }

    private boolean prepareWith(Iterable<StoredRecord> records) {
        for (StoredRecord s : records) {
            if (validator.wellFormed(s.record())) {
                workbenchCheck.apply(new RecordView(profile, s.record()));
                workbenchReady = true;
                return true;
            }
        }
        return false;
    }

    /**
     * A changed record's issues: its record rules, its duplicate issues (those kept until its groups are
     * worked out again) and the workbench checks, in that order.
     */
    private List<Issue> issuesOf(SubmissionRecord record, List<Issue> duplicates) {
        RecordView view = new RecordView(profile, record);
        List<Issue> issues = new ArrayList<>();
        validator.validate(view, issues::add);
        issues.addAll(duplicates);
        if (validator.wellFormed(record)) {
            issues.addAll(workbenchCheck.apply(new RecordView(profile, record)));
        }
        return issues;
    }

    private static long[] longs(List<Long> list) {
        return list.stream().mapToLong(Long::longValue).toArray();
    }

    /** Adds (sign 1) or removes (-1) a record's issues to the totals delta, counted as {@link Workspace#totals} does. */
    private static void count(List<Issue> issues, long[] delta, int sign) {
        boolean error = false;
        for (Issue i : issues) {
            boolean workbench = i.rule().regionMatches(true, 0, "DQW-", 0, 4);
            if (i.severity() == Severity.ERROR) {
                delta[0] += sign;
                error = true;
            } else if (!workbench) {
                delta[1] += sign;
            }
            if (workbench) {
                delta[2] += sign;
            }
        }
        if (error) {
            delta[3] += sign;
        }
    }
}
