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
 * <p>Cost: a handful of indexed reads and writes per changed record plus one index lookup per key
 * (old and new) and file rule; nothing reads the whole table unless a file rule cannot name its key
 * items.
 */
final class Revalidator {
    /** Workbench findings about the whole file, which a one-record check cannot redo; an edit keeps them. */
    private static final Set<String> FILE_LEVEL_WORKBENCH = Set.of(OutlierRules.DAY_VOLUME, OutlierRules.SITE_VOLUME);

    private final Workspace workspace;
    private final EditStore store;
    private final Profile profile;
    private final Validator validator;
    private final Function<RecordView, List<Issue>> workbenchCheck;
    private final Set<String> recordCodes = new HashSet<>();
    private final Map<String, UniquenessRule> fileRules = new LinkedHashMap<>();

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
     * revalidates. Does not commit.
     */
    Result apply(List<CellChange> cells, long action) {
        Map<Long, List<CellChange>> byRecord = new TreeMap<>();
        for (CellChange c : cells) {
            byRecord.computeIfAbsent(c.record(), k -> new ArrayList<>()).add(c);
        }
        long[] numbers = byRecord.keySet().stream().mapToLong(Long::longValue).toArray();
        Map<Long, StoredRecord> before = records(numbers);
        for (CellChange c : cells) {
            store.addChange(action, c);
            store.setValue(c.record(), c.item(), c.newValue());
        }
        long cellsDelta = 0;
        long editedRecordsDelta = 0;
        for (Map.Entry<Long, List<CellChange>> e : byRecord.entrySet()) {
            long rec = e.getKey();
            String[] values = before.get(rec).record().values().clone();
            for (CellChange c : e.getValue()) {
                values[c.item()] = c.newValue();
            }
            Map<Integer, String> originals = store.originals(rec);
            for (CellChange c : e.getValue()) {
                String original = originals.get(c.item());
                cellsDelta += (c.newValue().equals(original) ? 0 : 1) - (c.oldValue().equals(original) ? 0 : 1);
            }
            boolean edited = false;
            for (Map.Entry<Integer, String> o : originals.entrySet()) {
                edited |= !values[o.getKey()].equals(o.getValue());
            }
            if (edited != before.get(rec).edited()) {
                store.setEdited(rec, edited);
                editedRecordsDelta += edited ? 1 : -1;
            }
        }
        // Read again: whether a record is edited decides whether its original syntax defect still counts.
        Map<Long, StoredRecord> after = records(numbers);

        Map<String, Set<Long>> members = new LinkedHashMap<>();
        Set<Long> affected = new TreeSet<>(byRecord.keySet());
        for (UniquenessRule rule : fileRules.values()) {
            Set<Long> m = groupMembers(rule, before.values(), after.values());
            m.addAll(byRecord.keySet());
            members.put(rule.code(), m);
            affected.addAll(m);
        }
        Map<Long, List<Issue>> issuesBefore = new HashMap<>();
        for (long rec : affected) {
            issuesBefore.put(rec, store.issuesOf(rec));
        }
        Map<Long, List<Issue>> duplicates = new HashMap<>();
        for (Map.Entry<String, Set<Long>> e : members.entrySet()) {
            List<SubmissionRecord> wellFormed = new ArrayList<>();
            for (StoredRecord s : workspace.records(e.getValue().stream().mapToLong(Long::longValue).toArray())) {
                if (validator.wellFormed(s.record())) {
                    wellFormed.add(s.record());
                }
            }
            for (Issue issue : DuplicateGroups.issues(fileRules.get(e.getKey()), wellFormed, profile)) {
                duplicates.computeIfAbsent(issue.record(), k -> new ArrayList<>()).add(issue);
            }
        }
        for (long rec : byRecord.keySet()) {
            SubmissionRecord record = after.get(rec).record();
            RecordView view = new RecordView(profile, record);
            List<Issue> issues = new ArrayList<>();
            validator.validate(view, issues::add);
            issues.addAll(duplicates.getOrDefault(rec, List.of()));
            if (validator.wellFormed(record)) {
                for (Issue i : workbenchCheck.apply(new RecordView(profile, record))) {
                    issues.add(i);
                }
            }
            store.replaceIssues(rec, code -> recordCodes.contains(code) || fileRules.containsKey(code), issues);
        }
        for (long rec : affected) {
            if (byRecord.containsKey(rec)) {
                continue;
            }
            Set<String> rules = new HashSet<>();
            members.forEach((code, m) -> {
                if (m.contains(rec)) {
                    rules.add(code);
                }
            });
            store.replaceIssues(rec, rules::contains, duplicates.getOrDefault(rec, List.of()));
        }

        Set<Long> touched = new TreeSet<>(byRecord.keySet());
        long[] delta = new long[4];
        for (long rec : affected) {
            List<Issue> was = issuesBefore.get(rec);
            List<Issue> now = store.issuesOf(rec);
            if (!was.equals(now)) {
                touched.add(rec);
                count(was, delta, -1);
                count(now, delta, 1);
            }
        }
        return new Result(touched, new IssueTotals(0, delta[0], delta[1], delta[2], delta[3], editedRecordsDelta),
                cellsDelta);
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
        for (List<String> key : keys) {
            for (long rec : store.recordsWithKey(items, normalisations, key.toArray(new String[0]))) {
                out.add(rec);
            }
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
