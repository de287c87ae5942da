package org.didworkbench.ui.common;

import java.util.function.Consumer;

import org.didworkbench.service.CancellationToken;

/**
 * Runs work off the UI thread, one task at a time in submission order, and delivers each result
 * (or failure) back on the UI thread. The one place the window decides where work runs: the
 * application injects {@link FxTaskRunner}; tests inject a runner that runs everything inline.
 *
 * <p>Because tasks run one at a time, a {@link org.didworkbench.service.Session} (not thread-safe)
 * is only ever used by one thread.
 */
public interface TaskRunner {

    /** A unit of background work; it should call {@link CancellationToken#check()} between steps when long. */
    @FunctionalInterface
    interface Work<T> {
        T call(CancellationToken cancel) throws Exception;
    }

    /** Lets the caller cancel a submitted task. */
    interface Handle {
        void cancel();
    }

    /**
     * Submits work.
     *
     * @param work     runs on the background thread
     * @param onDone   runs on the UI thread with the result
     * @param onFailed runs on the UI thread with the exception (including a cancellation)
     */
    <T> Handle run(Work<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onFailed);

    /** Runs {@code action} on the UI thread (later, or at once when already there and running inline). */
    void onUi(Runnable action);

    /** Stops accepting work and waits briefly for the running task. Called once, at shutdown. */
    void close();
}
