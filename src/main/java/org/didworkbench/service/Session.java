package org.didworkbench.service;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.RecordQuery;
import org.didworkbench.domain.quality.QualitySummary;
import org.didworkbench.domain.rules.Issue;

/**
 * One opened workspace, as the window and the command line use it: browse records a page at a time,
 * edit cells (each edit revalidated and logged at once), undo and redo, revert, export.
 *
 * <p>Threading: not thread-safe. Every call touches the workspace file, so callers run them off the
 * FX thread, one at a time (the window uses one single-thread executor per session).
 */
public interface Session extends AutoCloseable {

    /** The workspace file. */
    Path workspace();

    /** The profile the workspace was validated with. */
    Profile profile();

    /** The source file name (no folder), for titles. */
    String sourceName();

    // ------------------------------------------------------------ browsing

    /** Applies a query to the browsing view; returns how many records match. */
    long query(RecordQuery query);

    /** Records at positions {@code from} … {@code from + count - 1} of the current view, with their issues. */
    List<RecordRow> page(long from, int count);

    /** The 0-based position of a record in the current view, or -1. */
    long positionOf(long record);

    /** The next (forward) or previous position after/before {@code position} holding a record with an issue; -1 if none. */
    long nextIssue(long position, boolean forward);

    /** One record with its issues. */
    RecordRow record(long record);

    /**
     * Several records for display, in record-number order (numbers with no record are left out). Prefer it
     * to many {@link #record} calls: the workspace answers in a few queries instead of several a record.
     * Keep the array to a few hundred numbers.
     */
    default List<RecordRow> records(long[] records) {
        List<RecordRow> out = new java.util.ArrayList<>(records.length);
        for (long r : java.util.Arrays.stream(records).sorted().toArray()) {
            out.add(record(r));
        }
        return out;
    }

    /**
     * Several records' values, without their issues or edit marks (those lists are empty), in record-number
     * order: for planning a change over thousands of records, where {@link #records} would also read every
     * record's issues. Keep the array to a few hundred numbers.
     */
    default List<RecordRow> recordValues(long[] records) {
        return records(records).stream().map(r -> new RecordRow(r.record(), r.line(), r.values(), List.of(),
                java.util.Set.of(), r.defect())).toList();
    }

    /** Counts for the status bar and verdict banner (cheap; call after every change). */
    Counts counts();

    /** Issue counts per rule, for the issues panel, most frequent first. */
    List<RuleCount> ruleCounts();

    /** Every issue of a rule, in record order (at most {@code limit}). */
    List<Issue> issuesOfRule(String code, int limit);

    /**
     * A page of {@link #issuesOfRule(String, int)}: the rule's issues on records numbered above
     * {@code afterRecord}, in record order, at most {@code limit}.
     */
    default List<Issue> issuesOfRule(String code, long afterRecord, int limit) {
        return issuesOfRule(code, Integer.MAX_VALUE).stream().filter(i -> i.record() > afterRecord).limit(limit)
                .toList();
    }

    /** How many issues a rule has. */
    default long issueCount(String code) {
        return issuesOfRule(code, Integer.MAX_VALUE).size();
    }

    /** Full figures (a scan of every record; for reports and exports, not on every keystroke). */
    QualitySummary summary();

    // ------------------------------------------------------------ editing

    /**
     * Sets one cell, revalidates the record and the file rules its old and new values touch, and logs
     * the change, all in one transaction.
     *
     * @param record the record number
     * @param item   the item index
     * @param value  the new value exactly as it should be written (not trimmed)
     * @param reason why, free text (may be empty)
     * @return what changed, for repainting
     */
    EditOutcome setValue(long record, int item, String value, String reason) throws ServiceException;

    /**
     * Sets several cells as one action: one undo step, one transaction (bulk fixes).
     *
     * @param changes record number → (item index → new value)
     */
    EditOutcome setValues(Map<Long, Map<Integer, String>> changes, String reason) throws ServiceException;

    /**
     * {@link #setValues(Map, String)} for a large bulk change: reports how far it has got and stops when
     * asked. A cancelled change is rolled back whole (nothing of it is kept, logged or counted) and ends in
     * a {@link CancelledException}; the session carries on as before it.
     *
     * @param progress hears the records done out of those to do (called from the calling thread)
     * @param cancel   checked between a few hundred records at a time
     */
    default EditOutcome setValues(Map<Long, Map<Integer, String>> changes, String reason, ProgressListener progress,
                                  CancellationToken cancel) throws ServiceException {
        cancel.check();
        return setValues(changes, reason);
    }

    /**
     * Sets cells handed over a chunk at a time as one action: one undo step, one transaction, as
     * {@link #setValues(Map, String, ProgressListener, CancellationToken)}, but without the whole change
     * being held at once. Nothing is logged when no cell differs (the outcome's action is then 0).
     */
    default EditOutcome setValues(ChangeStream changes, ProgressListener progress, CancellationToken cancel)
            throws ServiceException {
        Map<Long, Map<Integer, String>> all = new java.util.LinkedHashMap<>();
        for (Map<Long, Map<Integer, String>> chunk = changes.next(); chunk != null && !chunk.isEmpty();
             chunk = changes.next()) {
            chunk.forEach((record, cells) -> all.computeIfAbsent(record, r -> new java.util.LinkedHashMap<>())
                    .putAll(cells));
        }
        cancel.check();
        return setValues(all, changes.reason(), progress, cancel);
    }

    boolean canUndo();

    boolean canRedo();

    /** Undoes the latest action still applied; logged as an undo. */
    EditOutcome undo() throws ServiceException;

    /**
     * Redoes the action undone most recently (the earliest of the undone actions, which are always the
     * latest ones: a new edit, fix or revert discards them); logged as a redo.
     */
    EditOutcome redo() throws ServiceException;

    /**
     * How many cells {@link #undo()} would change (0 when there is nothing to undo), so the window can show
     * progress and Cancel for a large one.
     */
    default long cellsToUndo() {
        return 0;
    }

    /** How many cells {@link #redo()} would change (0 when there is nothing to redo). */
    default long cellsToRedo() {
        return 0;
    }

    /** {@link #undo()} with progress and Cancel; a cancelled undo changes nothing (see {@link #setValues}). */
    default EditOutcome undo(ProgressListener progress, CancellationToken cancel) throws ServiceException {
        cancel.check();
        return undo();
    }

    /** {@link #redo()} with progress and Cancel; a cancelled redo changes nothing. */
    default EditOutcome redo(ProgressListener progress, CancellationToken cancel) throws ServiceException {
        cancel.check();
        return redo();
    }

    /** Puts one cell back to its value in the file (an undoable action; action 0 when it already is). */
    EditOutcome revertCell(long record, int item, String reason) throws ServiceException;

    /** Puts every cell of a record back to its value in the file. */
    EditOutcome revertRecord(long record, String reason) throws ServiceException;

    /** The change history of one record, oldest first. */
    List<ChangeEntry> history(long record);

    /** The whole change log, oldest first. */
    List<ChangeEntry> changeLog();

    /** Writes the change log as CSV. */
    void exportChangeLog(Path out) throws ServiceException;

    /**
     * The changes a query selects, oldest first, at most {@code limit} of them, with whether each is still
     * in effect, and how many match in all.
     */
    ChangeLogPage changeLog(ChangeLogQuery query, int limit);

    /**
     * Puts cells back to earlier values as one action (one transaction, one undo step), logged as a
     * revert with {@code reason}. Used to revert changes chosen in the change log ({@link ChangeReverts}).
     *
     * @param values record number → (item index → value)
     */
    EditOutcome revertValues(Map<Long, Map<Integer, String>> values, String reason) throws ServiceException;

    /**
     * {@link #revertValues(Map, String)} for a large revert (a whole bulk fix): reports how far it has got and
     * stops when asked. A cancelled revert is rolled back whole (no value, issue or log row of it is kept) and
     * ends in a {@link CancelledException}, as {@link #setValues(Map, String, ProgressListener, CancellationToken)}.
     */
    default EditOutcome revertValues(Map<Long, Map<Integer, String>> values, String reason, ProgressListener progress,
                                     CancellationToken cancel) throws ServiceException {
        cancel.check();
        return revertValues(values, reason);
    }

    /**
     * Reverts every change of one action that is still in effect (see {@link ChangeReverts}) as one action,
     * with progress and Cancel as {@link #revertValues(Map, String, ProgressListener, CancellationToken)}.
     * An open workspace reads the action's changes a chunk at a time inside the revert; this default lists
     * them all first.
     *
     * @param note the user's words added to the logged reason (may be blank)
     */
    default ChangeReverts.Result revertAction(long action, String note, ProgressListener progress,
                                              CancellationToken cancel) throws ServiceException {
        return ChangeReverts.revertListed(this, action, note, progress, cancel);
    }

    // ------------------------------------------------------------ bulk editing (see BulkEditService)

    /** One record's value of an item. */
    @FunctionalInterface
    interface ValueVisitor {
        void accept(long record, long line, String value);
    }

    /** One distinct value of an item, its cluster key and how many records hold it. */
    @FunctionalInterface
    interface CountVisitor {
        void accept(String key, String value, long count);
    }

    /**
     * Streams every record's value of an item in record order, never holding them all; records without
     * the item (too few fields) are left out.
     *
     * @param containing when not null, only values containing it, ignoring ASCII case (a superset the
     *                   caller narrows)
     */
    void forEachValue(int item, String containing, ValueVisitor visitor);

    /**
     * A page of {@link #forEachValue(int, String, ValueVisitor)}: the values of records numbered above
     * {@code afterRecord}, in record order, at most {@code limit} of them.
     */
    default void forEachValue(int item, String containing, long afterRecord, int limit, ValueVisitor visitor) {
        int[] given = {0};
        forEachValue(item, containing, (record, line, value) -> {
            if (record > afterRecord && given[0] < limit) {
                given[0]++;
                visitor.accept(record, line, value);
            }
        });
    }

    /** Streams the records whose value of an item is exactly one of {@code values}, in record order. */
    void forEachValueIn(int item, Collection<String> values, ValueVisitor visitor);

    /**
     * Streams the distinct non-blank values of an item with their counts, ordered by {@code key} so that the
     * values of one key come together (the grouping and sorting happen in the workspace, not in memory).
     */
    void forEachDistinctValue(int item, UnaryOperator<String> key, CountVisitor visitor);

    /**
     * True when {@code value} passes every rule that reads this item alone (format, code list, check
     * digit, and reference lookups when the reference data is loaded); rules that compare it with other
     * items are not asked.
     */
    boolean passesItemRules(int item, String value);

    // ------------------------------------------------------------ export

    /**
     * Writes the corrected file in the source's dialect: unedited records byte for byte as read,
     * edited records in the detected dialect. Atomic. Refuses to overwrite the source file unless
     * {@code force}.
     */
    void exportCorrected(Path out, boolean force, ProgressListener progress, CancellationToken cancel)
            throws ServiceException;

    /**
     * Things the user should know about this workspace before editing, in plain words: for one, that the
     * reference data used when the file was opened cannot be read now. Empty when all is well.
     */
    default List<String> notices() {
        return List.of();
    }

    /**
     * Starts, on a thread of its own, the work the first edit would otherwise wait for (the
     * workbench checks read every record once: about 8 s for 1,000,000 records) and returns at once.
     * For an interactive session; a command that may never edit need not call it.
     */
    default void prepareForEdits() {
    }

    @Override
    void close();
}
