package org.didworkbench.service;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.didworkbench.domain.outliers.OutlierAnalyser;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.io.NumberPagesFile;
import org.didworkbench.store.Workspace;

/**
 * The workbench (DQW) check of one open workspace's edited records. It judges a record against the
 * file's bands and its other records, which takes one read of every record first (about 8 s for
 * 1,000,000 records). That read is done when the check is first needed, or earlier, on a thread of
 * its own, when the window asks for it as the workspace opens ({@link #prepareInBackground}), so the
 * user's first edit does not wait for it. Closing the check stops a read still running and
 * releases the analyser.
 */
final class OutlierRecordCheck implements Function<RecordView, List<Issue>>, EditPreparation, AutoCloseable {
    private final WorkbenchChecks checks;
    private final Workspace workspace;
    private final Validator validator;
    private final CancellationToken cancel = new CancellationToken();
    /** The analyser being built or built; its value is null when the profile has no workbench checks. */
    private CompletableFuture<OutlierAnalyser> analyser;

    OutlierRecordCheck(WorkbenchChecks checks, Workspace workspace, Validator validator) {
        this.checks = checks;
        this.workspace = workspace;
        this.validator = validator;
    }

    @Override
    public List<Issue> apply(RecordView view) {
        OutlierAnalyser a = analyser();
        return a == null ? List.of() : a.checkOne(view);
    }

    /**
     * Uses an analyser that has already observed exactly this workspace's records (the import that
     * made it), so no read is needed; closed here if this check has one already.
     */
    synchronized void adopt(OutlierAnalyser ready) {
        if (analyser == null) {
            analyser = CompletableFuture.completedFuture(ready);
        } else {
            ready.close();
        }
    }

    @Override
    public synchronized void prepareInBackground() {
        if (analyser != null) {
            return;
        }
        CompletableFuture<OutlierAnalyser> future = new CompletableFuture<>();
        analyser = future;
        Thread t = new Thread(() -> {
            // a connection of its own: the session's connection belongs to the thread that edits
            try (Workspace reader = Workspace.openForReading(workspace.file())) {
                future.complete(build(reader));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "workbench-checks-preparation");
        t.setDaemon(true);
        t.start();
    }

    /** The analyser, waiting for a preparation still running; built here when none was started. */
    private OutlierAnalyser analyser() {
        CompletableFuture<OutlierAnalyser> future;
        synchronized (this) {
            if (analyser == null) {
                analyser = CompletableFuture.completedFuture(build(workspace));
            }
            future = analyser;
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (cancel.isCancelled()) {
                throw new CancellationException("the session was closed");
            }
            // the read beside the session failed (it should not): read through the session's own connection
            synchronized (this) {
                if (analyser == future) {
                    analyser = CompletableFuture.completedFuture(build(workspace));
                }
                return analyser.join();
            }
        }
    }

    /** Observes every well-formed record of {@code source} and ends the observation (bands only). */
    private OutlierAnalyser build(Workspace source) {
        OutlierAnalyser a = checks.analyser(validator.profile(), validator.context().reference(),
                () -> NumberPagesFile.createIn(WorkbenchChecks.folderOf(workspace.file())));
        if (a == null) {
            return null;
        }
        try {
            source.forEachRecord(stored -> {
                if (cancel.isCancelled()) {
                    throw new CancellationException("the session was closed");
                }
                if (validator.wellFormed(stored.record())) {
                    a.observe(new RecordView(validator.profile(), stored.record()));
                }
            });
            a.bands(); // ends the observation without judging every record; checkOne finds the likely duplicates once
            return a;
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
    }

    /** Stops a preparation still running and releases the analyser's numbers. */
    @Override
    public void close() {
        cancel.cancel();
        CompletableFuture<OutlierAnalyser> future;
        synchronized (this) {
            future = analyser;
        }
        if (future != null) {
            future.thenAccept(a -> {
                if (a != null) {
                    a.close();
                }
            });
        }
    }
}
