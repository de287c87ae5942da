package org.didworkbench.service;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.quality.QualityAccumulator;
import org.didworkbench.domain.quality.QualitySummary;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.store.CellChange;
import org.didworkbench.store.EditStore;
import org.didworkbench.store.IssueTotals;
import org.didworkbench.store.StoredRecord;
import org.didworkbench.store.Workspace;
import org.didworkbench.store.WorkspaceException;

/**
 * Edits, the change log, undo and redo, revert, the recomputed summary and the corrected-file
 * export of one workspace. Used by {@link WorkspaceSession} only.
 *
 * <p>Every change is one transaction: the new values, the record's issues recomputed (its record
 * rules, the file rules its old and new keys touch, the workbench checks) and the log rows are
 * committed together or not at all. The log is the one source of truth for what was changed: a
 * cell's value in the file is the old value of its first change, undo and redo replay it, and it
 * survives closing and reopening the workspace.
 *
 * <p>Not thread-safe (see {@link Session}).
 */
final class Editor {
    static final String EDIT = "edit";
    static final String FIX = "fix";
    static final String REVERT = "revert";
    static final String UNDO = "undo";
    static final String REDO = "redo";
    static final String APPLIED = "applied";
    static final String UNDONE = "undone";
    static final String DONE = "done";

    private final Workspace workspace;
    private final EditStore store;
    private final Profile profile;
    private final Validator validator;
    private final Supplier<Counts> counts;
    private final Revalidator revalidator;
    private final Clock clock;
    private final String user;
    private final CharsetEncoder encoder;
    private final String charsetName;
    private final Timings timings = new Timings();

    /** Totals kept up to date by each change once read; null when they must be read again. */
    private IssueTotals totals;
    /** Cells differing from the file, kept up to date once counted; -1 when it must be counted again. */
    private long editedCells = -1;

    Editor(Workspace workspace, Profile profile, Validator validator, Supplier<Counts> counts) {
        this(workspace, profile, validator, counts, view -> List.of(), Clock.systemUTC(),
                System.getProperty("user.name", "unknown"));
    }

    /**
     * @param workbenchCheck the workbench (DQW) findings of one record, re-run on each edited record
     * @param clock          the time stamped on log rows
     * @param user           the name logged as the author of each change
     */
    Editor(Workspace workspace, Profile profile, Validator validator, Supplier<Counts> counts,
           Function<RecordView, List<Issue>> workbenchCheck, Clock clock, String user) {
        this.workspace = workspace;
        this.store = workspace.edits();
        this.profile = profile;
        this.validator = validator;
        this.counts = counts;
        this.revalidator = new Revalidator(workspace, validator, workbenchCheck);
        this.clock = clock;
        this.user = user;
        Charset charset = WorkspaceMeta.charset(workspace.meta());
        this.encoder = charset.newEncoder();
        this.charsetName = charset.displayName();
        KeyIndexes.ensure(workspace, validator);
    }

    /** How long the parts of the last change took, for the benchmark. */
    Timings timings() {
        return timings;
    }

    // ------------------------------------------------------------ reading the state

    /** The items of these records that differ from the file. */
    Map<Long, Set<Integer>> editedItems(long[] records) {
        return store.editedItems(records);
    }

    /** Cells differing from the file. */
    long editedCells() {
        if (editedCells < 0) {
            editedCells = store.editedCells();
        }
        return editedCells;
    }

    /** Issue totals, read once then kept up to date by every change (a full read costs a scan). */
    IssueTotals totals() {
        if (totals == null) {
            totals = workspace.totals();
        }
        return totals;
    }

    /** The figures recomputed from every record and its issues as they stand. */
    QualitySummary summary() {
        QualityAccumulator quality = new QualityAccumulator(profile);
        workspace.forEachRecordWithIssues((stored, issues) -> {
            SubmissionRecord rec = stored.record();
            quality.accept(new RecordView(profile, rec), validator.wellFormed(rec), issues);
        });
        return quality.summary(validator.notChecked());
    }

    boolean canUndo() {
        return store.latestApplied() != 0;
    }

    boolean canRedo() {
        return store.earliestUndone() != 0;
    }

    List<ChangeEntry> history(long record) {
        return entries(record);
    }

    List<ChangeEntry> changeLog() {
        return entries(-1);
    }

    private List<ChangeEntry> entries(long record) {
        List<ChangeEntry> out = new ArrayList<>();
        store.forEachLogRow(record, r -> out.add(entry(r)));
        return out;
    }

    /** Streams the whole change log, oldest first, without holding it (for the CSV export). */
    void forEachChange(java.util.function.Consumer<ChangeEntry> action) {
        store.forEachLogRow(-1, r -> action.accept(entry(r)));
    }

    /** The changes a query selects (at most {@code limit}) and how many match in all. */
    ChangeLogPage changeLog(org.didworkbench.store.LogQuery query, int limit) {
        List<ChangeLogRow> rows = new ArrayList<>();
        store.forEachLogRow(query, limit, (r, inEffect) -> rows.add(new ChangeLogRow(entry(r), inEffect)));
        long total = rows.size() < limit ? rows.size() : store.countLogRows(query);
        return new ChangeLogPage(rows, total);
    }

    private ChangeEntry entry(org.didworkbench.store.LogRow r) {
        return new ChangeEntry(r.action(), Instant.parse(r.at()), r.user(), r.kind(), r.reason(), r.state(), r.record(),
                r.line(), itemName(r.item()), r.oldValue(), r.newValue());
    }

    private String itemName(int item) {
        return item < profile.itemCount() ? profile.items().get(item).name() : "FIELD " + (item + 1);
    }

    // ------------------------------------------------------------ changing

    /**
     * Sets cells as one action.
     *
     * @param kind edit (one cell typed by the user) or fix (several, e.g. a bulk fix)
     */
    EditOutcome setValues(Map<Long, Map<Integer, String>> changes, String kind, String reason)
            throws ServiceException {
        return setValues(changes, kind, reason, ProgressListener.NONE, null);
    }

    /**
     * Sets cells as one action, reporting progress and stopping when asked: a cancelled action is rolled
     * back whole and ends in a {@link CancelledException}. The records are read, changed and checked a
     * chunk at a time (see {@link Revalidator}); a value refused in a later chunk rolls back the earlier ones.
     *
     * @param cancel null when the action cannot be cancelled
     */
    EditOutcome setValues(Map<Long, Map<Integer, String>> changes, String kind, String reason,
                          ProgressListener progress, CancellationToken cancel) throws ServiceException {
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(progress, "progress");
        long[] numbers = changes.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        progress.progress(0, -1, Revalidator.READING);
        Revalidator.Source source = new Revalidator.Source() {
            private int from;

            @Override
            public long units() {
                return numbers.length;
            }

            @Override
            public Revalidator.Chunk next() throws ServiceException {
                if (from >= numbers.length) {
                    return null;
                }
                long[] chunk = Arrays.copyOfRange(numbers, from, Math.min(numbers.length, from + Revalidator.CHUNK));
                from += chunk.length;
                return chunkOf(chunk, changes::get);
            }
        };
        return commit(kind, APPLIED, 0, () -> reason, source, 0, null, progress, cancel);
    }

    /**
     * Sets cells handed over a chunk at a time as one action (see {@link Session#setValues(ChangeStream,
     * ProgressListener, CancellationToken)}): no more than a chunk of the change is held at once.
     */
    EditOutcome setValues(ChangeStream stream, String kind, ProgressListener progress, CancellationToken cancel)
            throws ServiceException {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(progress, "progress");
        progress.progress(0, -1, Revalidator.READING);
        Revalidator.Source source = new Revalidator.Source() {
            @Override
            public long units() {
                return Math.max(0, stream.expectedRecords());
            }

            @Override
            public Revalidator.Chunk next() throws ServiceException {
                Map<Long, Map<Integer, String>> changes = stream.next();
                if (changes == null || changes.isEmpty()) {
                    return null;
                }
                long[] chunk = changes.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
                return chunkOf(chunk, changes::get);
            }
        };
        return commit(kind, APPLIED, 0, stream::reason, source, 0, null, progress, cancel);
    }

    /** Reads these records and makes the cells of theirs that the change sets to a different value. */
    private Revalidator.Chunk chunkOf(long[] numbers, java.util.function.LongFunction<Map<Integer, String>> changes)
            throws ServiceException {
        Map<Long, StoredRecord> records = load(numbers);
        List<CellChange> cells = new ArrayList<>();
        for (long number : numbers) {
            SubmissionRecord rec = records.get(number).record();
            for (Map.Entry<Integer, String> cell : new TreeMap<>(changes.apply(number)).entrySet()) {
                int item = cell.getKey();
                String value = Objects.requireNonNull(cell.getValue(), "value");
                checkCell(rec, item, value);
                String old = rec.values()[item];
                if (!old.equals(value)) {
                    cells.add(new CellChange(rec.number(), item, old, value));
                }
            }
        }
        return new Revalidator.Chunk(List.copyOf(records.values()), cells, numbers.length);
    }

    /** The cells of a list, a chunk at a time, with the records they change read for each chunk. */
    private Revalidator.Source cellsOf(List<CellChange> cells) {
        return new Revalidator.Source() {
            private int from;

            @Override
            public long units() {
                return cells.size();
            }

            @Override
            public Revalidator.Chunk next() throws ServiceException {
                if (from >= cells.size()) {
                    return null;
                }
                List<CellChange> chunk = cells.subList(from, Math.min(cells.size(), from + Revalidator.CHUNK));
                from += chunk.size();
                return withRecords(chunk);
            }
        };
    }

    /**
     * The cells of a logged action, a page at a time from the log (newest first for an undo, each cell
     * turned round), with the records they change read for each page.
     */
    private Revalidator.Source logged(long action, boolean inverse) {
        return pages(action, inverse, cells -> {
            if (!inverse) {
                return withRecords(cells);
            }
            List<CellChange> turned = new ArrayList<>(cells.size());
            for (CellChange c : cells) {
                turned.add(new CellChange(c.record(), c.item(), c.newValue(), c.oldValue()));
            }
            return withRecords(turned);
        });
    }

    /** Makes the chunk to revalidate from one page of an action's logged cells. */
    private interface PageChunk {
        Revalidator.Chunk of(List<CellChange> cells) throws ServiceException;
    }

    /** An action's logged cells a page at a time (newest first when asked), each page made a chunk by {@code chunk}. */
    private Revalidator.Source pages(long action, boolean newestFirst, PageChunk chunk) {
        long count = store.changeCount(action);
        return new Revalidator.Source() {
            private long from = newestFirst ? Long.MAX_VALUE : 0;

            @Override
            public long units() {
                return count;
            }

            @Override
            public Revalidator.Chunk next() throws ServiceException {
                EditStore.ChangePage page = store.changesOf(action, from, newestFirst, Revalidator.CHUNK);
                if (page.cells().isEmpty()) {
                    return null;
                }
                from = page.last();
                return chunk.of(page.cells());
            }
        };
    }

    private Revalidator.Chunk withRecords(List<CellChange> cells) throws ServiceException {
        long[] numbers = cells.stream().mapToLong(CellChange::record).distinct().toArray();
        return new Revalidator.Chunk(List.copyOf(load(numbers).values()), cells, cells.size());
    }

    EditOutcome undo() throws ServiceException {
        return undo(ProgressListener.NONE, null);
    }

    /** How many cells the next undo would change. */
    long cellsToUndo() {
        long id = store.latestApplied();
        return id == 0 ? 0 : store.changeCount(id);
    }

    /** How many cells the next redo would change. */
    long cellsToRedo() {
        long id = store.earliestUndone();
        return id == 0 ? 0 : store.changeCount(id);
    }

    /** @param cancel null when it cannot be cancelled */
    EditOutcome undo(ProgressListener progress, CancellationToken cancel) throws ServiceException {
        long id = store.latestApplied();
        if (id == 0) {
            throw new ServiceException("There is nothing to undo.");
        }
        // the inverse of the action, last cell first, read from the log a page at a time
        return commit(UNDO, DONE, id, () -> "Undo of change " + id, logged(id, true), id, UNDONE, progress, cancel);
    }

    EditOutcome redo() throws ServiceException {
        return redo(ProgressListener.NONE, null);
    }

    /** @param cancel null when it cannot be cancelled */
    EditOutcome redo(ProgressListener progress, CancellationToken cancel) throws ServiceException {
        long id = store.earliestUndone();
        if (id == 0) {
            throw new ServiceException("There is nothing to redo.");
        }
        return commit(REDO, DONE, id, () -> "Redo of change " + id, logged(id, false), id, APPLIED, progress,
                cancel);
    }

    EditOutcome revertCell(long record, int item, String reason) throws ServiceException {
        SubmissionRecord rec = load(new long[] {record}).get(record).record();
        checkItem(rec, item);
        String original = store.originals(record).get(item);
        if (original == null || original.equals(rec.values()[item])) {
            return unchanged();
        }
        return commit(REVERT, APPLIED, 0, reason,
                List.of(new CellChange(record, item, rec.values()[item], original)), 0, null);
    }

    EditOutcome revertRecord(long record, String reason) throws ServiceException {
        SubmissionRecord rec = load(new long[] {record}).get(record).record();
        List<CellChange> cells = new ArrayList<>();
        for (Map.Entry<Integer, String> o : new TreeMap<>(store.originals(record)).entrySet()) {
            String current = rec.values()[o.getKey()];
            if (!current.equals(o.getValue())) {
                cells.add(new CellChange(record, o.getKey(), current, o.getValue()));
            }
        }
        if (cells.isEmpty()) {
            return unchanged();
        }
        return commit(REVERT, APPLIED, 0, reason, cells, 0, null);
    }

    /**
     * Reverts every change of one action that is still in effect, as one revert action, reading the action's
     * log a page at a time inside the change (see {@link ChangeReverts} for what is in effect: the action is
     * applied or a done undo or redo, and the cell still holds the value it wrote). Each cell appears once
     * in an action, so each page's cells are judged against their records as read for that page.
     */
    ChangeReverts.Result revertAction(long action, String note, ProgressListener progress, CancellationToken cancel)
            throws ServiceException {
        progress.progress(0, -1, ChangeReverts.READING_LOG);
        org.didworkbench.store.ActionRow row = store.action(action);
        long count = store.changeCount(action);
        boolean live = row != null && (row.state().equals(APPLIED) || row.state().equals(DONE));
        if (!live) {
            return new ChangeReverts.Result(unchanged(), 0, (int) count);
        }
        String logged = store.reasonOf(action);
        String what = logged.isBlank() ? row.kind() : logged;
        int[] reverted = {0};
        int[] left = {0};
        progress.progress(0, count, ChangeReverts.CHECKING);
        Revalidator.Source source = pages(action, false, page -> {
            long[] numbers = page.stream().mapToLong(CellChange::record).distinct().toArray();
            Map<Long, StoredRecord> records = new LinkedHashMap<>();
            for (StoredRecord s : workspace.records(numbers)) {
                records.put(s.record().number(), s);
            }
            List<CellChange> cells = new ArrayList<>();
            for (CellChange c : page) {
                StoredRecord s = records.get(c.record());
                String[] values = s == null ? null : s.record().values();
                String now = values == null || c.item() >= profile.itemCount() || c.item() >= values.length
                        ? null : values[c.item()];
                if (now != null && now.equals(c.newValue())) {
                    reverted[0]++;
                    if (!now.equals(c.oldValue())) {
                        cells.add(new CellChange(c.record(), c.item(), now, c.oldValue()));
                    }
                } else {
                    left[0]++;
                }
            }
            return new Revalidator.Chunk(List.copyOf(records.values()), cells, page.size());
        });
        EditOutcome outcome = commit(REVERT, APPLIED, 0,
                () -> ChangeReverts.reason(reverted[0], reverted[0] == 0 ? Set.of() : Set.of(what), note), source, 0,
                null, progress, cancel);
        return new ChangeReverts.Result(outcome, reverted[0], left[0]);
    }

    private EditOutcome unchanged() {
        return new EditOutcome(Set.of(), counts.get(), 0);
    }

    /**
     * Applies and logs one action in one transaction.
     *
     * @param target      for undo and redo, the action undone or redone (0 otherwise)
     * @param targetState the state that action takes (null for none)
     */
    private EditOutcome commit(String kind, String state, long target, String reason, List<CellChange> cells,
                               long targetAction, String targetState) throws ServiceException {
        return commit(kind, state, target, () -> reason, cellsOf(cells), targetAction, targetState,
                ProgressListener.NONE, null);
    }

    /**
     * @param reason   the action's reason, asked once every chunk is written (a streamed fix knows the fixes
     *                 it used only then)
     * @param source   the cells, a chunk at a time
     * @param progress hears the records done
     * @param cancel   null when the change cannot be cancelled
     * @return the outcome; an unchanged one (action 0, nothing written or logged) when no cell differed
     */
    private EditOutcome commit(String kind, String state, long target, Supplier<String> reason,
                               Revalidator.Source source, long targetAction, String targetState,
                               ProgressListener progress, CancellationToken cancel) throws ServiceException {
        long start = System.nanoTime();
        totals();
        editedCells();
        boolean[] begun = {false};
        String[] startReason = {""};
        try {
            // the action starts with the first cell that differs: a change that changes nothing leaves no trace
            LongSupplier begin = () -> {
                begun[0] = true;
                if (!kind.equals(UNDO) && !kind.equals(REDO)) {
                    store.discardUndone();
                }
                startReason[0] = orEmpty(reason.get());
                long id = store.addAction(clock.instant().toString(), user, kind, startReason[0], state, target);
                if (targetState != null) {
                    store.setState(targetAction, targetState);
                }
                return id;
            };
            Revalidator.Result result = revalidator.apply(source, begin, progress, cancel);
            long id = result.action();
            if (id == 0) {
                return unchanged();
            }
            String why = orEmpty(reason.get());
            if (!why.equals(startReason[0])) {
                store.setReason(id, why);
            }
            long beforeCommit = System.nanoTime();
            workspace.commit();
            long end = System.nanoTime();
            if (result.touched().size() >= Revalidator.CHUNK) {
                Timing.report("change: apply", beforeCommit - start, "commit", end - beforeCommit);
            }
            timings.record(beforeCommit - start, end - beforeCommit, result.touched().size());
            totals = add(totals, result.delta());
            editedCells += result.editedCellsDelta();
            return new EditOutcome(result.touched(), counts.get(), id);
        } catch (WorkspaceException e) {
            forget(begun[0]);
            throw new ServiceException(e.getMessage(), e);
        } catch (CancelledException e) {
            forget(begun[0]); // the whole action goes: its values, issues, log rows and the action itself
            throw e;
        } catch (ServiceException | RuntimeException | Error e) {
            forget(begun[0]); // e.g. a value refused in a later chunk: the chunks before it go too
            throw e;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * After a failed change: drop it and, when some of it was written, everything cached, which is read
     * afresh when next needed.
     */
    private void forget(boolean written) {
        try {
            workspace.rollback();
        } catch (WorkspaceException ignored) {
            // The connection is unusable; the next call reports it.
        }
        if (written) {
            totals = null;
            editedCells = -1;
        }
    }

    private static IssueTotals add(IssueTotals t, IssueTotals d) {
        return new IssueTotals(t.records() + d.records(), t.errors() + d.errors(), t.warnings() + d.warnings(),
                t.workbench() + d.workbench(), t.errorRecords() + d.errorRecords(),
                t.editedRecords() + d.editedRecords());
    }

    private Map<Long, StoredRecord> load(long[] numbers) throws ServiceException {
        Map<Long, StoredRecord> out = new LinkedHashMap<>();
        try {
            for (StoredRecord s : workspace.records(numbers)) {
                out.put(s.record().number(), s);
            }
        } catch (WorkspaceException e) {
            throw new ServiceException(e.getMessage(), e);
        }
        for (long n : numbers) {
            if (!out.containsKey(n)) {
                throw new ServiceException("There is no record " + n + " in this workspace.");
            }
        }
        return out;
    }

    private void checkItem(SubmissionRecord rec, int item) throws ServiceException {
        if (item < 0 || item >= profile.itemCount()) {
            throw new ServiceException("There is no item " + (item + 1) + " in the " + profile.title() + " layout.");
        }
        if (item >= rec.fieldCount()) {
            DataItem d = profile.items().get(item);
            throw new ServiceException("Record " + rec.number() + " (line " + rec.line() + ") has only "
                    + rec.fieldCount() + " field" + (rec.fieldCount() == 1 ? "" : "s") + ", so it has no "
                    + d.dataDictionaryName() + " to change; correct the record in the source system and export"
                    + " the file again.");
        }
    }

    /** Refuses a value the corrected file could not carry. The message never quotes the value. */
    private void checkCell(SubmissionRecord rec, int item, String value) throws ServiceException {
        checkItem(rec, item);
        String name = profile.items().get(item).dataDictionaryName();
        if (value.indexOf('\0') >= 0) {
            throw new ServiceException("The new " + name + " of record " + rec.number()
                    + " holds a NUL character, which a CSV file cannot carry; type the value again.");
        }
        if (!encoder.canEncode(value)) {
            throw new ServiceException("The new " + name + " of record " + rec.number() + " holds a character that"
                    + " cannot be written in " + charsetName + ", the encoding of the submission file; use plain"
                    + " letters, digits and punctuation.");
        }
    }

    // ------------------------------------------------------------ exports

    void exportChangeLog(Path out) throws ServiceException {
        new ChangeLogExport(workspace, this).write(out);
    }

    void exportCorrected(Path out, boolean force, ProgressListener progress, CancellationToken cancel)
            throws ServiceException {
        SubmissionFormat.of(workspace.meta()).exporter(workspace, profile)
                .write(out, force, progress, cancel, totals().records());
    }

    /** Timing of the last change, split at the commit (which holds the fsync of the log). */
    static final class Timings {
        private long work;
        private long commit;
        private int records;

        void record(long workNanos, long commitNanos, int recordsTouched) {
            this.work = workNanos;
            this.commit = commitNanos;
            this.records = recordsTouched;
        }

        /** Nanoseconds spent applying, revalidating and logging, before the commit. */
        long work() {
            return work;
        }

        /** Nanoseconds spent in the commit (the durable write of the log). */
        long commit() {
            return commit;
        }

        int records() {
            return records;
        }
    }
}
