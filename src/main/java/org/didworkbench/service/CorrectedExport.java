package org.didworkbench.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Map;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.io.AtomicFiles;
import org.didworkbench.io.CorrectedFileWriter;
import org.didworkbench.store.Workspace;
import org.didworkbench.store.WorkspaceException;

/**
 * Writes the corrected submission: unedited records byte for byte as read, edited ones afresh in
 * the source's dialect (see {@link CorrectedFileWriter}). The file is written beside the target
 * and renamed over it only when complete, so the target is either as it was or complete.
 */
final class CorrectedExport implements CorrectedFileExport {
    private static final int CHECK_EVERY = 8192;

    private final Workspace workspace;

    CorrectedExport(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Thrown out of the record loop when the user cancels; never escapes this class. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    @Override
    public void write(Path out, boolean force, ProgressListener progress, CancellationToken cancel, long total)
            throws ServiceException {
        Map<String, String> meta = workspace.meta();
        Dialect dialect = WorkspaceMeta.dialect(meta);
        String source = meta.get(WorkspaceMeta.SOURCE_PATH);
        ExportTargets.check(out, workspace.file(), source == null ? null : Path.of(source), force, "corrected file");
        cancel.check();
        long[] done = {0};
        try {
            AtomicFiles.write(out, stream -> {
                CorrectedFileWriter w = new CorrectedFileWriter(dialect, stream);
                w.text(meta.get(WorkspaceMeta.PREAMBLE));
                w.text(meta.get(WorkspaceMeta.HEADER_RAW));
                try {
                    workspace.forEachRecordText(dialect.delimiter(), dialect.quote(), dialect.lineEnding(), r -> {
                        try {
                            w.record(r.edited(), r.raw(), r.values());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        if (++done[0] % CHECK_EVERY == 0) {
                            if (cancel.isCancelled()) {
                                throw new Stop();
                            }
                            progress.progress(done[0], total, "Writing the corrected file");
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                w.text(meta.get(WorkspaceMeta.TRAILER));
                w.finish();
            });
            progress.progress(total, total, "Writing the corrected file");
        } catch (Stop e) {
            throw new CancelledException();
        } catch (CharacterCodingException e) {
            throw new ServiceException("The corrected file " + out.getFileName() + " was not written: a value holds"
                    + " a character that cannot be written in " + dialect.charset().displayName()
                    + ", the encoding of the submission file. Correct the value and export again.", e);
        } catch (IOException e) {
            throw new ServiceException("The corrected file " + out + " could not be written: " + IoReasons.of(e), e);
        } catch (WorkspaceException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }
}
