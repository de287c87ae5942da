package org.didworkbench.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.didworkbench.service.CancellationToken;

/**
 * The window's {@link TaskRunner}: one background thread (so the open session sees one caller at a
 * time) and results handed back with {@link Platform#runLater}.
 */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workbench-session");
        t.setDaemon(true); // never keeps the JVM alive once the window is gone
        return t;
    });

    @Override
    public <T> Handle run(Work<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onFailed) {
        CancellationToken token = new CancellationToken();
        try {
            executor.execute(() -> {
                try {
                    T result = work.call(token);
                    Platform.runLater(() -> onDone.accept(result));
                } catch (Exception e) {
                    Platform.runLater(() -> onFailed.accept(e));
                } catch (OutOfMemoryError e) {
                    Platform.runLater(() -> onFailed.accept(new IllegalStateException(
                            "The computer ran out of memory for this task.", e)));
                }
            });
        } catch (RejectedExecutionException e) {
            // Shutting down: nothing more will run, and nobody is waiting for the answer.
        }
        return token::cancel;
    }

    @Override
    public void onUi(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
