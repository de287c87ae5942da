package org.didworkbench.service;

import java.nio.file.Path;

/** Writes a workspace's corrected submission in the format it came in (see {@link SubmissionFormat}). */
interface CorrectedFileExport {

    /**
     * Writes the corrected file, atomically; refuses to replace the source unless {@code force}.
     *
     * @param total records, for progress
     */
    void write(Path out, boolean force, ProgressListener progress, CancellationToken cancel, long total)
            throws ServiceException;
}
