package org.didworkbench.service;

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
}
