package org.didworkbench.ui.common;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.service.ProgressListener;
import org.didworkbench.service.RecordRow;

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
    private final java.util.function.BiConsumer<Profile, List<RecordRow>> firstRows;

    /** @param sink runs on the UI thread */
    public ProgressRelay(TaskRunner runner, java.util.function.Consumer<Report> sink) {
        this(runner, sink, (profile, rows) -> { });
    }

    /**
     * @param sink      runs on the UI thread
     * @param firstRows runs on the UI thread with an import's first stored records
     */
    public ProgressRelay(TaskRunner runner, java.util.function.Consumer<Report> sink,
                         java.util.function.BiConsumer<Profile, List<RecordRow>> firstRows) {
        this.runner = runner;
        this.sink = sink;
        this.firstRows = firstRows;
    }

    @Override
    public void firstRecords(Profile profile, List<RecordRow> rows) {
        List<RecordRow> copy = List.copyOf(rows);
        runner.onUi(() -> firstRows.accept(profile, copy));
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
