package org.didworkbench.ui.common;

import org.didworkbench.service.EditOutcome;

/**
 * Where view models send a change to the data (an edit, a revert): the window applies it off the UI
 * thread and then refreshes the counts, the rows shown, the issues panel and the record detail.
 */
@FunctionalInterface
public interface Edits {

    /** Applies {@code change} to the open session, then refreshes everything it touched. */
    void apply(SessionCalls.SessionWork<EditOutcome> change);
}
