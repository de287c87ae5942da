package org.didworkbench.ui.bulk;

import java.util.function.Consumer;
import java.util.function.Function;

import org.didworkbench.service.CancellationToken;
import org.didworkbench.service.EditOutcome;
import org.didworkbench.service.ProgressListener;
import org.didworkbench.service.Session;
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

    /** A change that may take a while: it reports progress and stops when cancelled, keeping nothing. */
    @FunctionalInterface
    interface LongWork<T> {
        T apply(Session session, ProgressListener progress, CancellationToken cancel) throws Exception;
    }

    /**
     * From this many cells a change goes behind the window's busy card (a bulk step takes seconds; a few
     * cells, milliseconds, where a card would only flicker).
     */
    int LONG_CHANGE = 1000;

    /**
     * Applies a change that may take a while (a bulk edit of thousands of records) behind the window's busy
     * card: {@code text}, a progress bar and Cancel. Cancel rolls the whole change back; the window stays
     * as it was and {@code cancelled} runs. This default has no card and cannot be cancelled.
     *
     * @param text      what the card says, e.g. "Applying 50,335 changes…"
     * @param cancelled runs on the UI thread when the user cancelled (nothing was changed)
     */
    default <T> void applyWithProgress(String text, LongWork<T> work, Function<? super T, EditOutcome> outcome,
                                       Consumer<? super T> done, Runnable cancelled) {
        applyWithProgress(text, work, outcome, done, cancelled, () -> { });
    }

    /**
     * {@link #applyWithProgress(String, LongWork, Function, Consumer, Runnable)}, then {@code ended} on the UI
     * thread however the change ended: done, cancelled, failed (after its error was shown) or not started
     * because the window was busy. A dialog that stepped aside for the card comes back on it. This default
     * has no card, cannot be cancelled, and runs {@code ended} only after a change that was made.
     */
    default <T> void applyWithProgress(String text, LongWork<T> work, Function<? super T, EditOutcome> outcome,
                                       Consumer<? super T> done, Runnable cancelled, Runnable ended) {
        apply(s -> work.apply(s, ProgressListener.NONE, new CancellationToken()), outcome, r -> {
            done.accept(r);
            ended.run();
        });
    }
}
