package org.didworkbench.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Map;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.io.AtomicFiles;
import org.didworkbench.store.RecordText;
import org.didworkbench.store.Workspace;
import org.didworkbench.store.WorkspaceException;

/**
 * What every corrected-file export shares, whatever the file format: the target checks, the atomic
 * write, the pass over the records with progress and cancel, and the words for what went wrong. A
 * format supplies only how its file begins, how each record is written and how it ends.
 */
abstract class RecordTextExport implements CorrectedFileExport {
    private static final int CHECK_EVERY = 8192;

    final Workspace workspace;

    RecordTextExport(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The writing of one file in one format. */
    interface Body {
        void record(RecordText r) throws IOException;

        void finish() throws IOException;
    }

    /** Starts the file: writes what comes before the records and returns the writer of the rest. */
    abstract Body begin(OutputStream stream, Map<String, String> meta, Dialect dialect) throws IOException;

    /** The message for a write failure this format refuses with its own words, or null for the general one. */
    String refusal(Path out, IOException e) {
        return null;
    }

    /** Thrown out of the record loop when the user cancels; never escapes this class. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    @Override
    public final void write(Path out, boolean force, ProgressListener progress, CancellationToken cancel, long total)
            throws ServiceException {
        Map<String, String> meta = workspace.meta();
        Dialect dialect = WorkspaceMeta.dialect(meta);
        String source = meta.get(WorkspaceMeta.SOURCE_PATH);
        ExportTargets.check(out, workspace.file(), source == null ? null : Path.of(source), force, "corrected file");
        cancel.check();
        long[] done = {0};
        try {
            AtomicFiles.write(out, stream -> {
                Body body = begin(stream, meta, dialect);
                try {
                    workspace.forEachRecordText(dialect.delimiter(), dialect.quote(), dialect.lineEnding(), r -> {
                        try {
                            body.record(r);
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
                body.finish();
            });
            progress.progress(total, total, "Writing the corrected file");
        } catch (Stop e) {
            throw new CancelledException();
        } catch (CharacterCodingException e) {
            throw new ServiceException("The corrected file " + out.getFileName() + " was not written: a value holds"
                    + " a character that cannot be written in " + dialect.charset().displayName()
                    + ", the encoding of the submission file. Correct the value and export again.", e);
        } catch (IOException e) {
            String refused = refusal(out, e);
            throw new ServiceException(refused != null ? refused
                    : "The corrected file " + out + " could not be written: " + IoReasons.of(e), e);
        } catch (WorkspaceException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }
}
