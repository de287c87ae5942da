package org.didworkbench.service;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets one thread ask a long task on another to stop. */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws when cancelled; long tasks call this between units of work. */
    public void check() throws CancelledException {
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }
}
