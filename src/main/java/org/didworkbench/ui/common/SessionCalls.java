package org.didworkbench.ui.common;

import java.util.Optional;
import java.util.function.Consumer;

import org.didworkbench.service.CancellationToken;
import org.didworkbench.service.Session;

/**
 * The open {@link Session}, reachable only through the {@link TaskRunner}: view models hand it work
 * and get the answer back on the UI thread. Answers that arrive after the session was replaced are
 * dropped, so a slow page from the previous file never lands in the new one.
 *
 * <p>Threading: every method is called on the UI thread; the work itself runs on the runner's thread.
 */
public final class SessionCalls {

    /** Work against the open session. */
    @FunctionalInterface
    public interface SessionWork<T> {
        T apply(Session session) throws Exception;
    }

    /** Long work against the open session that can be cancelled. */
    @FunctionalInterface
    public interface CancellableWork<T> {
        T apply(Session session, CancellationToken cancel) throws Exception;
    }

    private final TaskRunner runner;
    private final Consumer<Exception> failures;
    private Session session;

    /**
     * @param failures where failures go when the caller gives no handler of its own (the window shows them)
     */
    public SessionCalls(TaskRunner runner, Consumer<Exception> failures) {
        this.runner = runner;
        this.failures = failures;
    }

    public TaskRunner runner() {
        return runner;
    }

    /** The open session, for reading its fixed facts (profile, name) on the UI thread; never for queries. */
    public Optional<Session> current() {
        return Optional.ofNullable(session);
    }

    /** Makes {@code next} the open session and returns the one it replaces (the caller closes it). */
    public Session replace(Session next) {
        Session previous = session;
        session = next;
        return previous;
    }

    /** Runs work against the open session; does nothing when none is open. */
    public <T> void call(SessionWork<T> work, Consumer<? super T> onDone) {
        call(work, onDone, failures);
    }

    /** Runs work against the open session with its own failure handler. */
    public <T> void call(SessionWork<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onFailed) {
        Session s = session;
        if (s == null) {
            return;
        }
        runner.run(cancel -> work.apply(s), result -> {
            if (session == s) {
                onDone.accept(result);
            }
        }, e -> {
            if (session == s) {
                onFailed.accept(e);
            }
        });
    }

    /** Runs long work that the user may cancel; returns a handle, or null when no session is open. */
    public <T> TaskRunner.Handle callCancellable(CancellableWork<T> work, Consumer<? super T> onDone,
                                                 Consumer<? super Exception> onFailed) {
        Session s = session;
        if (s == null) {
            return null;
        }
        return runner.run(cancel -> work.apply(s, cancel), result -> {
            if (session == s) {
                onDone.accept(result);
            }
        }, e -> {
            if (session == s) {
                onFailed.accept(e);
            }
        });
    }
}
