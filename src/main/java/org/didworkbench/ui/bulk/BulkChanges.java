package org.didworkbench.ui.bulk;

import java.util.function.Consumer;
import java.util.function.Function;

import org.didworkbench.service.EditOutcome;
import org.didworkbench.ui.common.SessionCalls;

/**
 * Where bulk changes go: the window applies the work off the UI thread, refreshes the counts, the
 * verdict, the rows shown, the issues panel and the record detail, then hands the result back.
 */
@FunctionalInterface
public interface BulkChanges {

    /**
     * Applies a change to the open session.
     *
     * @param work    the change, run on the session's thread
     * @param outcome what the change did, from its result (for the refresh)
     * @param done    runs on the UI thread after the window has refreshed (not when the change failed)
     */
    <T> void apply(SessionCalls.SessionWork<T> work, Function<? super T, EditOutcome> outcome, Consumer<? super T> done);
}
