package org.didworkbench.service;

/** Work an open session can do ahead of its first edit, on a thread of its own. */
interface EditPreparation {
    /** Starts the work unless it has started; returns at once. */
    void prepareInBackground();
}
