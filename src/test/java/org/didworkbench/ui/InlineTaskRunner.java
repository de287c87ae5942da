package org.didworkbench.ui;

import java.util.function.Consumer;

import org.didworkbench.service.CancellationToken;
import org.didworkbench.ui.common.TaskRunner;

/** Runs every task at once on the calling thread (JabRef's CurrentThreadTaskExecutor): tests see results immediately. */
public final class InlineTaskRunner implements TaskRunner {
    private boolean cancelNext;

    /** The next task starts already cancelled (to test cancelling without threads). */
    public void cancelNext() {
        cancelNext = true;
    }

    @Override
    public <T> Handle run(Work<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onFailed) {
        CancellationToken token = new CancellationToken();
        if (cancelNext) {
            cancelNext = false;
            token.cancel();
        }
        T result;
        try {
            result = work.call(token);
        } catch (Exception e) {
            onFailed.accept(e);
            return token::cancel;
        }
        onDone.accept(result);
        return token::cancel;
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public void close() {
    }
}
