package org.didworkbench.service;

import java.util.List;

import org.didworkbench.domain.dataset.Profile;

/** Hears how far a long task has got. Called from the worker thread; implementations must be quick. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, phase) -> { };

    /**
     * @param done  work done so far, in the task's unit (bytes read for an import)
     * @param total the total, or -1 when unknown
     * @param phase a short description for a person, e.g. "Reading and checking records"
     */
    void progress(long done, long total, String phase);

    /**
     * An import has stored its first records: they can be shown (read-only) while the rest are read.
     * Called once per import, from a worker thread, with at most {@link #FIRST_RECORDS} records in file
     * order, with the profile they follow, each with the issues of its own rules (file rules such as duplicates come later). The
     * default ignores them.
     */
    default void firstRecords(Profile profile, List<RecordRow> rows) {
    }

    /** How many records {@link #firstRecords} hands over at most: one page of the table. */
    int FIRST_RECORDS = 200;
}
