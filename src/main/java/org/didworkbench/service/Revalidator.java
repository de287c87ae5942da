package org.didworkbench.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.didworkbench.domain.dataset.DataItem;
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
 * <p>Cost: the work is done {@link #CHUNK} records at a time, each step one batched statement per
 * few hundred records ({@link EditStore#BATCH}) rather than several statements per record, plus one
 * key-index lookup per key (old and new) and file rule, batched the same way; nothing reads the
 * whole table unless a file rule cannot name its key items. Between chunks it reports progress and
 * stops when cancelled, leaving the caller to roll the transaction back.
 *
 * <p>The outcome is the same as making the changes one record after another: each record's issues
 * are recomputed once, from the values as they stand after the whole action.
 */
final class Revalidator {
    /** Workbench findings about the whole file, which a one-record check cannot redo; an edit keeps them. */
    private static final Set<String> FILE_LEVEL_WORKBENCH = Set.of(OutlierRules.DAY_VOLUME, OutlierRules.SITE_VOLUME);
    /** Records written or checked between two looks at progress and Cancel. */
    static final int CHUNK = 500;

    /** Progress phases, in words for the busy card. */
    static final String READING = "Reading the records to change";
    static final String PREPARING = "Preparing the workbench checks (once per session)";
    static final String SAVING = "Saving the changes";
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
     * The outcome of applying one action's changes.
     *
     * @param touched          records whose values or issues changed
     * @param delta            how the issue totals changed (records is always 0)
     * @param editedCellsDelta how the number of cells differing from the file changed
     */
    record Result(Set<Long> touched, IssueTotals delta, long editedCellsDelta) {
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

    /**
     * Logs and applies the changes (each a cell whose current value is {@code oldValue}) and
     * revalidates. Does not commit; after a {@link CancelledException} the caller rolls back.
     *
     * @param given    the changed records as they stand (read here when null)
     * @param progress hears the work done: the changed records saved, then checked (total twice their number)
     * @param cancel   checked between chunks; null when the change cannot be cancelled
     */
    Result apply(List<CellChange> cells, long action, Map<Long, StoredRecord> given, ProgressListener progress,
                 CancellationToken cancel) throws CancelledException {
        Map<Long, List<CellChange>> byRecord = new TreeMap<>();
        for (CellChange c : cells) {
            byRecord.computeIfAbsent(c.record(), k -> new ArrayList<>()).add(c);
        }
        long[] numbers = byRecord.keySet().stream().mapToLong(Long::longValue).toArray();
        Map<Long, StoredRecord> before;
        if (given == null) {
            before = records(numbers);
        } else {
            before = new LinkedHashMap<>();
            for (long rec : numbers) {
                before.put(rec, Objects.requireNonNull(given.get(rec), "record read before the change"));
            }
        }
        long total = 2L * numbers.length;
        long t0 = System.nanoTime();
        if (!workbenchReady) {
            progress.progress(0, -1, PREPARING); // the first change of a session reads the whole file once
        }
        prepareWorkbenchCheck(before.values());
        long t1 = System.nanoTime();

        // 1. the log, in the order given, then the values and the edited flags, a chunk of records at a time
        progress.progress(0, total, SAVING);
        for (int from = 0; from < cells.size(); from += CHUNK) {
            check(cancel);
            store.addChanges(action, cells.subList(from, Math.min(cells.size(), from + CHUNK)));
        }
        long[] delta = new long[4];
        long cellsDelta = 0;
        long editedRecordsDelta = 0;
        Map<Long, StoredRecord> after = new LinkedHashMap<>();
        for (int from = 0; from < numbers.length; from += CHUNK) {
            check(cancel);
            progress.progress(from, total, SAVING);
            long[] chunk = Arrays.copyOfRange(numbers, from, Math.min(numbers.length, from + CHUNK));
            List<CellChange> chunkCells = new ArrayList<>();
            for (long rec : chunk) {
                chunkCells.addAll(byRecord.get(rec));
            }
            store.setValues(chunkCells);
            Map<Long, Map<Integer, String>> originals = store.originals(chunk);
            List<Long> nowEdited = new ArrayList<>();
            List<Long> nowUnedited = new ArrayList<>();
            List<Long> wereEdited = new ArrayList<>();
            Map<Long, String[]> values = new HashMap<>();
            Map<Long, Boolean> edited = new HashMap<>();
            for (long rec : chunk) {
                StoredRecord was = before.get(rec);
                String[] v = was.record().values().clone();
                for (CellChange c : byRecord.get(rec)) {
                    v[c.item()] = c.newValue();
                }
                Map<Integer, String> original = originals.get(rec);
                for (CellChange c : byRecord.get(rec)) {
                    String o = original.get(c.item());
                    cellsDelta += (c.newValue().equals(o) ? 0 : 1) - (c.oldValue().equals(o) ? 0 : 1);
                }
                boolean e = false;
                for (Map.Entry<Integer, String> o : original.entrySet()) {
                    e |= !v[o.getKey()].equals(o.getValue());
                }
                if (e != was.edited()) {
                    (e ? nowEdited : nowUnedited).add(rec);
                    editedRecordsDelta += e ? 1 : -1;
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
            for (long rec : chunk) {
                after.put(rec, Workspace.afterChange(before.get(rec), values.get(rec), edited.get(rec),
                        fileDefects.get(rec)));
            }
        }

        // 2. the duplicate groups the old and new keys belong to
        long t2 = System.nanoTime();
        check(cancel);
        progress.progress(numbers.length, total, CHECKING);
        Map<String, Set<Long>> members = new LinkedHashMap<>();
        Set<Long> affected = new TreeSet<>(byRecord.keySet());
        for (UniquenessRule rule : fileRules.values()) {
            Set<Long> m = groupMembers(rule, before.values(), after.values());
            m.addAll(byRecord.keySet());
            members.put(rule.code(), m);
            affected.addAll(m);
        }
        Map<Long, List<Issue>> duplicates = duplicates(members, after, cancel);

        // 3. each affected record's issues, a chunk at a time
        long t3 = System.nanoTime();
        Set<Long> touched = new TreeSet<>(byRecord.keySet());
        long[] all = affected.stream().mapToLong(Long::longValue).toArray();
        Predicate<String> recordOrFileRule = code -> recordCodes.contains(code) || fileRules.containsKey(code);
        for (int from = 0; from < all.length; from += CHUNK) {
            check(cancel);
            progress.progress(numbers.length + (long) from * numbers.length / all.length, total, CHECKING);
            long[] chunk = Arrays.copyOfRange(all, from, Math.min(all.length, from + CHUNK));
            Map<Long, List<Issue>> was = store.issuesOf(chunk);
            Map<Long, List<Issue>> changed = new TreeMap<>();
            Map<Set<String>, Map<Long, List<Issue>>> partners = new LinkedHashMap<>();
            for (long rec : chunk) {
                if (byRecord.containsKey(rec)) {
                    changed.put(rec, issuesOf(after.get(rec).record(), duplicates.getOrDefault(rec, List.of())));
                } else {
                    // a partner in a duplicate group: only the groups' rules are recomputed
                    Set<String> rules = new TreeSet<>();
                    members.forEach((code, m) -> {
                        if (m.contains(rec)) {
                            rules.add(code);
                        }
                    });
                    partners.computeIfAbsent(rules, k -> new TreeMap<>()).put(rec,
                            duplicates.getOrDefault(rec, List.of()));
                }
            }
            store.replaceIssues(changed, recordOrFileRule);
            partners.forEach((rules, issues) -> store.replaceIssues(issues, rules::contains));
            Map<Long, List<Issue>> now = store.issuesOf(chunk);
            for (long rec : chunk) {
                if (!was.get(rec).equals(now.get(rec))) {
                    touched.add(rec);
                    count(was.get(rec), delta, -1);
                    count(now.get(rec), delta, 1);
                }
            }
        }
        progress.progress(total, total, CHECKING);
        if (numbers.length >= CHUNK) {
            Timing.report("revalidate: workbench-first-use", t1 - t0, "write", t2 - t1, "duplicates", t3 - t2,
                    "check", System.nanoTime() - t3);
        }
        return new Result(touched, new IssueTotals(0, delta[0], delta[1], delta[2], delta[3], editedRecordsDelta),
                cellsDelta);
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
     * all have shown it yet).
     */
    private void prepareWorkbenchCheck(Iterable<StoredRecord> records) {
        if (workbenchReady) {
            return;
        }
        for (StoredRecord s : records) {
            if (validator.wellFormed(s.record())) {
                workbenchCheck.apply(new RecordView(profile, s.record()));
                workbenchReady = true;
                return;
            }
        }
    }

    /** A changed record's issues: its record rules, its duplicate groups and the workbench checks. */
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

    /**
     * The duplicate issues of every member of the groups, by record: the changed records as they are now,
     * the other members read (once each, a few hundred at a time).
     */
    private Map<Long, List<Issue>> duplicates(Map<String, Set<Long>> members, Map<Long, StoredRecord> after,
                                              CancellationToken cancel) throws CancelledException {
        Set<Long> others = new TreeSet<>();
        for (Set<Long> m : members.values()) {
            for (long rec : m) {
                if (!after.containsKey(rec)) {
                    others.add(rec);
                }
            }
        }
        Map<Long, StoredRecord> read = records(others.stream().mapToLong(Long::longValue).toArray());
        Map<Long, List<Issue>> duplicates = new HashMap<>();
        for (Map.Entry<String, Set<Long>> e : members.entrySet()) {
            check(cancel);
            List<SubmissionRecord> wellFormed = new ArrayList<>();
            for (long rec : e.getValue()) {
                StoredRecord s = after.containsKey(rec) ? after.get(rec) : read.get(rec);
                if (s != null && validator.wellFormed(s.record())) {
                    wellFormed.add(s.record());
                }
            }
            for (Issue issue : DuplicateGroups.issues(fileRules.get(e.getKey()), wellFormed, profile)) {
                duplicates.computeIfAbsent(issue.record(), k -> new ArrayList<>()).add(issue);
            }
        }
        return duplicates;
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

    /** Every record sharing the old or the new key of a changed record under one file rule. */
    private Set<Long> groupMembers(UniquenessRule rule, Iterable<StoredRecord> before, Iterable<StoredRecord> after) {
        Set<Long> out = new TreeSet<>();
        int[] items = rule.keyItems();
        if (items.length == 0) {
            return scanForKeys(rule, before, after);
        }
        List<Normalisation> normalisations = new ArrayList<>(items.length);
        for (int item : items) {
            DataItem d = profile.items().get(item);
            normalisations.add(d.normalisation());
        }
        Set<List<String>> keys = new HashSet<>();
        for (Iterable<StoredRecord> side : List.of(before, after)) {
            for (StoredRecord s : side) {
                if (!validator.wellFormed(s.record())) {
                    continue;
                }
                RecordView view = new RecordView(profile, s.record());
                List<String> key = new ArrayList<>(items.length);
                for (int item : items) {
                    key.add(view.value(item));
                }
                if (!key.contains(null)) {
                    keys.add(key);
                }
            }
        }
        List<String[]> sought = keys.stream().map(k -> k.toArray(new String[0])).toList();
        for (long rec : store.recordsWithKeys(items, normalisations, sought)) {
            out.add(rec);
        }
        return out;
    }

    /** The fallback for a file rule that does not name its key items: one pass over every record. */
    private Set<Long> scanForKeys(UniquenessRule rule, Iterable<StoredRecord> before, Iterable<StoredRecord> after) {
        Set<String> keys = new HashSet<>();
        Predicate<SubmissionRecord> ok = validator::wellFormed;
        for (Iterable<StoredRecord> side : List.of(before, after)) {
            for (StoredRecord s : side) {
                if (ok.test(s.record())) {
                    String key = rule.key(new RecordView(profile, s.record()));
                    if (key != null) {
                        keys.add(key);
                    }
                }
            }
        }
        Set<Long> out = new TreeSet<>();
        if (keys.isEmpty()) {
            return out;
        }
        workspace.forEachRecord(s -> {
            if (ok.test(s.record()) && keys.contains(rule.key(new RecordView(profile, s.record())))) {
                out.add(s.record().number());
            }
        });
        return out;
    }

    private Map<Long, StoredRecord> records(long[] numbers) {
        Map<Long, StoredRecord> out = new LinkedHashMap<>();
        for (StoredRecord s : workspace.records(numbers)) {
            out.put(s.record().number(), s);
        }
        return out;
    }
}
