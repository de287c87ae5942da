package org.didworkbench.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.didworkbench.io.CsvTableWriter;
import org.didworkbench.store.Workspace;
import org.didworkbench.store.WorkspaceException;

/** Writes the change log as CSV, one row per cell change, oldest first. */
final class ChangeLogExport {
    static final List<String> HEADER = List.of("action", "time", "user", "kind", "reason", "state", "record", "line",
            "item", "old_value", "new_value");

    private final Workspace workspace;
    private final Editor editor;

    ChangeLogExport(Workspace workspace, Editor editor) {
        this.workspace = workspace;
        this.editor = editor;
    }

    void write(Path out) throws ServiceException {
        String source = workspace.meta().get(WorkspaceMeta.SOURCE_PATH);
        ExportTargets.check(out, workspace.file(), source == null ? null : Path.of(source), false, "change log");
        try {
            CsvTableWriter.write(out, HEADER, rows -> {
                // Streamed: a bulk fix of a million records logs a million rows.
                editor.forEachChange(e -> rows.accept(Arrays.asList(e.action(), e.at(), e.user(), e.kind(),
                        e.reason(), e.state(), e.record(), e.line(), e.item(), e.oldValue(), e.newValue())));
            });
        } catch (IOException e) {
            throw new ServiceException("The change log " + out + " could not be written: " + IoReasons.of(e), e);
        } catch (WorkspaceException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }
}
