package org.didworkbench.service;

/**
 * How a bulk edit's changes are worked out from the workspace as it stands, a page of records at a time in
 * record order: once for its preview (which counts them and keeps the first few) and again, with the very
 * same parameters, a chunk at a time inside the apply, so that neither holds the whole change.
 */
interface BulkPlan {
    /** Starts a fresh pass over the workspace. */
    Pass start(Session session);

    /** One pass over the records the edit is about. Not thread-safe. */
    interface Pass {
        /** Hands the next page's changes (and records skipped) to {@code sink}; false when none was left. */
        boolean next(Sink sink);
    }

    /** Hears the cells a pass proposes to change, in record order, and the records it cannot change. */
    interface Sink {
        /** One cell: the record's value {@code before} would become {@code after} (may be equal: no change). */
        void change(long record, long line, String before, String after);

        /** A record the edit was asked to change that has no such item (too few fields). */
        void skip();
    }
}
