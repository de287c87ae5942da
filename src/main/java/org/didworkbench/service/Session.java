package org.didworkbench.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

    /** Counts for the status bar and verdict banner (cheap; call after every change). */
    Counts counts();

    /** Issue counts per rule, for the issues panel, most frequent first. */
    List<RuleCount> ruleCounts();

    /** Every issue of a rule, in record order (at most {@code limit}). */
    List<Issue> issuesOfRule(String code, int limit);

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

    boolean canUndo();

    boolean canRedo();

    /** Undoes the latest action still applied; logged as an undo. */
    EditOutcome undo() throws ServiceException;

    /**
     * Redoes the action undone most recently (the earliest of the undone actions, which are always the
     * latest ones: a new edit, fix or revert discards them); logged as a redo.
     */
    EditOutcome redo() throws ServiceException;

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

    @Override
    void close();
}
