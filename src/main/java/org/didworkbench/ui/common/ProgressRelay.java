package org.didworkbench.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.didworkbench.service.ProgressListener;

/**
 * Passes a background task's progress to the UI thread without flooding it: only the latest report
 * is kept, and at most one hand-over is queued at a time.
 */
public final class ProgressRelay implements ProgressListener {

    /** One progress report. {@code fraction} is in 0…1, or -1 when the total is unknown. */
    public record Report(double fraction, String phase) {
    }

    private final TaskRunner runner;
    private final java.util.function.Consumer<Report> sink;
    private final AtomicReference<Report> latest = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();

    /** @param sink runs on the UI thread */
    public ProgressRelay(TaskRunner runner, java.util.function.Consumer<Report> sink) {
        this.runner = runner;
        this.sink = sink;
    }

    @Override
    public void progress(long done, long total, String phase) {
        latest.set(new Report(total > 0 ? Math.min(1.0, (double) done / total) : -1, phase));
        if (queued.compareAndSet(false, true)) {
            runner.onUi(() -> {
                queued.set(false);
                Report r = latest.get();
                if (r != null) {
                    sink.accept(r);
                }
            });
        }
    }
}
