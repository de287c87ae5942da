package org.didworkbench.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.quality.QualitySummary;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.store.Workspace;

/**
 * Edits, the change log, undo and redo, revert, the recomputed summary and the corrected-file
 * export of one workspace. Used by {@link WorkspaceSession} only.
 *
 * <p>TODO(issue 3): implementation in progress; every method below is part of the Session contract.
 */
final class Editor {
    private final Workspace workspace;
    private final Profile profile;
    private final Validator validator;
    private final Supplier<Counts> counts;

    Editor(Workspace workspace, Profile profile, Validator validator, Supplier<Counts> counts) {
        this.workspace = workspace;
        this.profile = profile;
        this.validator = validator;
        this.counts = counts;
    }

    Map<Long, Set<Integer>> editedItems(long[] records) {
        return Map.of();
    }

    long editedCells() {
        return 0;
    }

    QualitySummary summary() {
        throw new UnsupportedOperationException("summary: not implemented yet");
    }

    EditOutcome setValues(Map<Long, Map<Integer, String>> changes, String kind, String reason) throws ServiceException {
        throw new ServiceException("Editing is not implemented yet.");
    }

    boolean canUndo() {
        return false;
    }

    boolean canRedo() {
        return false;
    }

    EditOutcome undo() throws ServiceException {
        throw new ServiceException("Undo is not implemented yet.");
    }

    EditOutcome redo() throws ServiceException {
        throw new ServiceException("Redo is not implemented yet.");
    }

    EditOutcome revertCell(long record, int item, String reason) throws ServiceException {
        throw new ServiceException("Revert is not implemented yet.");
    }

    EditOutcome revertRecord(long record, String reason) throws ServiceException {
        throw new ServiceException("Revert is not implemented yet.");
    }

    List<ChangeEntry> history(long record) {
        return List.of();
    }

    List<ChangeEntry> changeLog() {
        return List.of();
    }

    void exportChangeLog(Path out) throws ServiceException {
        throw new ServiceException("The change log export is not implemented yet.");
    }

    void exportCorrected(Path out, boolean force, ProgressListener progress, CancellationToken cancel)
            throws ServiceException {
        throw new ServiceException("Export is not implemented yet.");
    }
}
