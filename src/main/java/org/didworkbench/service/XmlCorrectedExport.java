package org.didworkbench.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Map;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.io.AtomicFiles;
import org.didworkbench.io.XmlCorrectedWriter;
import org.didworkbench.store.Workspace;
import org.didworkbench.store.WorkspaceException;

/**
 * Writes the corrected XML submission (see {@link XmlCorrectedWriter}): an unedited file comes out
 * byte for byte as it went in; an edited one differs only in the values changed. Written beside the
 * target and renamed over it when complete.
 */
final class XmlCorrectedExport implements CorrectedFileExport {
    private static final int CHECK_EVERY = 8192;

    private final Workspace workspace;
    private final Profile profile;

    XmlCorrectedExport(Workspace workspace, Profile profile) {
        this.workspace = workspace;
        this.profile = profile;
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
                XmlCorrectedWriter w = new XmlCorrectedWriter(profile, dialect.charset(), dialect.bom(), stream);
                w.preamble(meta.get(WorkspaceMeta.PREAMBLE));
                try {
                    workspace.forEachRecordText(dialect.delimiter(), dialect.quote(), dialect.lineEnding(), r -> {
                        try {
                            // XML records always keep their text (it is never CSV's canonical form).
                            w.record(r.record(), 0, r.raw(), r.edited() ? r.values() : null);
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
                w.trailer(meta.get(WorkspaceMeta.TRAILER));
            });
            progress.progress(total, total, "Writing the corrected file");
        } catch (Stop e) {
            throw new CancelledException();
        } catch (XmlCorrectedWriter.ConflictException e) {
            throw new ServiceException("The corrected file " + out.getFileName() + " was not written: "
                    + e.getMessage(), e);
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
