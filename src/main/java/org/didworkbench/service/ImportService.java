package org.didworkbench.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.history.ActivityCounts;
import org.didworkbench.domain.history.ActivityTally;
import org.didworkbench.domain.outliers.OutlierAnalyser;
import org.didworkbench.domain.outliers.WaitingTimeStats;
import org.didworkbench.domain.quality.QualityAccumulator;
import org.didworkbench.domain.quality.QualitySummary;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.rules.DuplicateTracker;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.UniquenessRule;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.io.CanonicalCsv;
import org.didworkbench.io.NumberPagesFile;
import org.didworkbench.io.ParsedRecord;
import org.didworkbench.io.SubmissionFileException;
import org.didworkbench.io.SubmissionSource;
import org.didworkbench.store.BulkLoader;
import org.didworkbench.store.StoredRecord;
import org.didworkbench.store.Workspace;
import org.didworkbench.store.WorkspaceException;

/**
 * Opens a submission file into a new workspace: reads, validates and stores every record in one
 * pass, then applies the file rules (duplicates).
 *
 * <p>The work is split over two threads so both cores are busy: the calling thread reads and
 * checks records; a writer thread stores them. The original file is only read.
 */
public final class ImportService {
    private static final int BATCH = 1000;

    private final ProfileCatalogue profiles;
    private final ReferenceService references;
    private final WorkbenchChecks workbench;

    public ImportService(ProfileCatalogue profiles, ReferenceService references, WorkbenchChecks workbench) {
        this.profiles = profiles;
        this.references = references;
        this.workbench = workbench;
    }

    /**
     * Opens, validates and stores a submission.
     *
     * @throws ServiceException   the file, the reference data or the workspace could not be used; nothing is kept
     * @throws CancelledException the token was cancelled; nothing is kept
     */
    public ImportResult importSubmission(ImportRequest request, ProgressListener progress, CancellationToken cancel)
            throws ServiceException {
        return importAndKeep(request, progress, cancel, false).result();
    }

    /**
     * An import with, when {@code keepChecks}, its workbench analyser still open (null when the profile
     * has none): a session opened on the new workspace judges its edits with it instead of reading
     * every record again. The caller closes it.
     */
    record Imported(ImportResult result, OutlierAnalyser analyser) {
    }

    Imported importAndKeep(ImportRequest request, ProgressListener progress, CancellationToken cancel,
                           boolean keepChecks) throws ServiceException {
        long start = System.nanoTime();
        Timing.report("jvm-uptime-at-import-start", Timing.uptimeNanos());
        ProfileChoice choice = profiles.choose(request.profileId(), request.source());
        Profile profile = choice.profile();
        ReferenceData refs = references.load(request.referenceFolder());
        Validator validator = new Validator(profile, new RuleContext(request.submissionDate(), refs));
        SubmissionFormat format = SubmissionFormat.of(request.source());
        long beforeOpen = System.nanoTime();
        try (SubmissionSource reader = format.open(request.source(), profile, request.header())) {
            Dialect dialect = reader.dialect();
            Timing.report("setup", beforeOpen - start, "open", System.nanoTime() - beforeOpen);
            Workspace ws;
            try {
                ws = Workspace.createForImport(request.workspace(), profile.itemCount());
            } catch (WorkspaceException e) {
                throw new ServiceException(e.getMessage(), e);
            }
            // the outlier analysis keeps its per-record numbers in a file beside the workspace: the memory
            // an import needs then does not grow with the file
            OutlierAnalyser analyser = null;
            boolean kept = false;
            try {
                analyser = workbench.analyser(profile, refs,
                        () -> NumberPagesFile.createIn(WorkbenchChecks.folderOf(request.workspace())));
                ActivityTally tally = ActivityTally.forProfile(profile);
                QualitySummary summary = load(reader, ws, validator, analyser, tally, progress, cancel);
                ActivityCounts activity = tally.counts();
                List<Rule> workbenchRules = analyser == null ? List.of() : analyser.rules();
                List<WaitingTimeStats> waits = analyser == null ? List.of() : analyser.waitingTimeStats();
                long tm = System.nanoTime();
                WorkspaceMeta.write(ws, request, choice, dialect, reader, summary, refs.sources(), workbenchRules,
                        waits);
                ws.putMeta(WorkspaceMeta.ACTIVITY, WorkspaceMeta.activityJson(activity));
                Timing.report("meta", System.nanoTime() - tm);
                ws.putMeta(SubmissionFormat.META, format.label());
                long tc = System.nanoTime();
                ws.completeImport();
                Timing.report("complete", System.nanoTime() - tc);
                ImportResult result = new ImportResult(request.workspace(), profile, dialect, summary, refs.sources(),
                        Duration.ofNanos(System.nanoTime() - start), workbenchRules, waits, choice, format, activity);
                kept = keepChecks;
                return new Imported(result, keepChecks ? analyser : null);
            } finally {
                if (analyser != null && !kept) {
                    analyser.close();
                }
                ws.close(); // an unfinished load is discarded here
            }
        } catch (SubmissionFileException e) {
            throw new ServiceException(e.getMessage(), e);
        } catch (WorkspaceException e) {
            throw new ServiceException(e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            // the outlier analysis's temporary file (disk full, folder not writable)
            throw new ServiceException(e.getMessage(), e);
        }
    }

    private QualitySummary load(SubmissionSource reader, Workspace ws, Validator validator, OutlierAnalyser analyser,
                                ActivityTally tally, ProgressListener progress, CancellationToken cancel)
            throws SubmissionFileException, ServiceException {
        Profile profile = validator.profile();
        QualityAccumulator quality = new QualityAccumulator(profile);
        List<UniquenessRule> fileRules = validator.uniquenessRules();
        DuplicateTracker[] trackers = new DuplicateTracker[fileRules.size()];
        for (int i = 0; i < trackers.length; i++) {
            trackers[i] = new DuplicateTracker();
        }
        CanonicalCsv canonical = new CanonicalCsv(reader.dialect());
        BulkLoader loader = ws.bulkLoader();
        StoreWriter writer = new StoreWriter(loader, progress, profile);
        writer.start();
        try {
            Batch batch = new Batch();
            List<Issue> issues = new ArrayList<>();
            long total = reader.fileSize();
            ParsedRecord parsed;
            long tRead = 0, tCheck = 0, tPut = 0, t0 = System.nanoTime(), t1;
            while (true) {
                t1 = System.nanoTime();
                parsed = reader.next();
                long t2 = System.nanoTime();
                tRead += t2 - t1;
                if (parsed == null) {
                    break;
                }
                SubmissionRecord rec = parsed.record();
                RecordView view = new RecordView(profile, rec);
                boolean wellFormed = validator.wellFormed(rec);
                issues.clear();
                validator.validate(view, issues::add);
                quality.accept(view, wellFormed, issues);
                if (wellFormed) {
                    if (analyser != null) {
                        analyser.observe(view);
                    }
                    tally.observe(view);
                    for (int i = 0; i < trackers.length; i++) {
                        trackers[i].add(fileRules.get(i).key(view), rec.number());
                    }
                }
                String raw = parsed.raw();
                // a record's text is kept only when it cannot be written again from its values; decided here,
                // not on the writer thread, which is the slower of the two
                batch.add(rec, canonical.isCanonical(rec.values(), raw) ? null : raw, issues);
                long t3 = System.nanoTime();
                tCheck += t3 - t2;
                if (batch.size() == BATCH) {
                    cancel.check();
                    writer.put(batch);
                    tPut += System.nanoTime() - t3;
                    batch = new Batch();
                    writer.handFirstRecords();
                    progress.progress(reader.bytesRead(), total, "Reading and checking records");
                }
            }
            writer.put(batch);
            long t4 = System.nanoTime();
            writer.finish();
            writer.handFirstRecords();
            loader.flush(); // the duplicate check below reads records back
            long t5 = System.nanoTime();
            Timing.report("read", tRead, "check", tCheck, "hand-over", tPut, "writer-drain", t5 - t4,
                    "pass", t5 - t0, "main-cpu", Timing.threadCpu());
            cancel.check();
            progress.progress(total, total, "Looking for duplicates");
            // the outlier analysis's file-wide work (bands, likely duplicates: a sort of every record)
            // needs no workspace: it runs on the other core while the national duplicates are confirmed
            Preparation prepared = Preparation.start(analyser);
            for (int i = 0; i < trackers.length; i++) {
                for (Issue issue : duplicates(ws, fileRules.get(i), trackers[i].candidates(), profile)) {
                    loader.addIssue(issue);
                    quality.acceptFileIssue(issue);
                }
            }
            long t6 = System.nanoTime();
            prepared.await();
            if (analyser != null) {
                progress.progress(total, total, "Looking for outliers");
                analyser.findings(issue -> {
                    loader.addIssue(issue);
                    quality.acceptFileIssue(issue);
                });
            }
            loader.flush();
            Timing.report("duplicates+outliers", System.nanoTime() - t5, "outliers", System.nanoTime() - t6);
            return quality.summary(validator.notChecked());
        } catch (WorkspaceException e) {
            throw new ServiceException(e.getMessage(), e);
        } finally {
            writer.abort();
        }
    }

    /** {@link OutlierAnalyser#prepareFindings} on a thread of its own; a failure there is thrown by {@link #await}. */
    private static final class Preparation {
        private final Thread thread;
        private volatile RuntimeException failure;

        private Preparation(OutlierAnalyser analyser) {
            thread = analyser == null ? null : new Thread(() -> {
                try {
                    analyser.prepareFindings();
                } catch (RuntimeException e) {
                    failure = e;
                }
            }, "outliers-prepare");
        }

        static Preparation start(OutlierAnalyser analyser) {
            Preparation p = new Preparation(analyser);
            if (p.thread != null) {
                p.thread.setDaemon(true);
                p.thread.start();
            }
            return p;
        }

        void await() throws CancelledException {
            if (thread == null) {
                return;
            }
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** Confirms candidate duplicates by their real keys and describes each record of each real group. */
    static List<Issue> duplicates(Workspace ws, UniquenessRule rule, long[] candidates, Profile profile) {
        if (candidates.length == 0) {
            return List.of();
        }
        List<SubmissionRecord> records = new ArrayList<>(candidates.length);
        for (StoredRecord stored : ws.records(candidates)) {
            records.add(stored.record());
        }
        return DuplicateGroups.issues(rule, records, profile);
    }

    /** Records with their issues, handed from the checking thread to the writing thread. */
    private static final class Batch {
        final SubmissionRecord[] records = new SubmissionRecord[BATCH];
        final String[] raws = new String[BATCH];
        final List<Issue> issues = new ArrayList<>();
        int size;

        void add(SubmissionRecord rec, String raw, List<Issue> recIssues) {
            records[size] = rec;
            raws[size] = raw;
            size++;
            issues.addAll(recIssues);
        }

        int size() {
            return size;
        }

        /** The first records of the batch for display, each with its own issues (issues are in record order). */
        List<RecordRow> firstRows(int max) {
            List<RecordRow> rows = new ArrayList<>(Math.min(max, size));
            int k = 0;
            for (int i = 0; i < size && i < max; i++) {
                SubmissionRecord rec = records[i];
                List<Issue> own = new ArrayList<>();
                while (k < issues.size() && issues.get(k).record() < rec.number()) {
                    k++;
                }
                while (k < issues.size() && issues.get(k).record() == rec.number()) {
                    own.add(issues.get(k++));
                }
                rows.add(new RecordRow(rec.number(), rec.line(), Arrays.asList(rec.values()), own, Set.of(),
                        rec.defect()));
            }
            return rows;
        }
    }

    /**
     * The writer thread: stores batches in arrival order. Storing costs about as much CPU as reading
     * and checking (one JDBC bind per value), so the writer is the slower thread and does nothing else.
     */
    private static final class StoreWriter {
        private static final Batch END = new Batch();
        private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
        private final BulkLoader loader;
        private final Thread thread;
        private final ProgressListener progress;
        private final Profile profile;
        private volatile Exception failure;
        /** The first stored records, set once by the writer, handed to the listener by the reading thread. */
        private volatile List<RecordRow> firstStored;
        private boolean firstHanded;

        StoreWriter(BulkLoader loader, ProgressListener progress, Profile profile) {
            this.loader = loader;
            this.progress = progress;
            this.profile = profile;
            this.thread = new Thread(this::run, "workspace-writer");
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void run() {
            long cpu0 = Timing.threadCpu();
            boolean shown = false;
            try {
                while (true) {
                    Batch b = queue.take();
                    if (b == END) {
                        Timing.report("writer-cpu", Timing.threadCpu() - cpu0);
                        return;
                    }
                    for (int i = 0; i < b.size; i++) {
                        loader.addRecord(b.records[i], b.raws[i]);
                    }
                    for (Issue issue : b.issues) {
                        loader.addIssue(issue);
                    }
                    if (!shown && b.size > 0) {
                        shown = true;
                        firstStored = b.firstRows(ProgressListener.FIRST_RECORDS);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
                queue.clear();
            }
        }

        /**
         * Hands the first stored records to the listener once the writer has stored them. Called on the
         * reading thread (as the progress reports are), so a listener hears one thread only.
         */
        void handFirstRecords() {
            List<RecordRow> rows = firstStored;
            if (!firstHanded && rows != null) {
                firstHanded = true;
                progress.firstRecords(profile, rows);
            }
        }

        void put(Batch b) throws ServiceException {
            try {
                while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                    rethrow();
                    if (!thread.isAlive()) {
                        throw new ServiceException("The workspace writer stopped unexpectedly.");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
            rethrow();
        }

        void finish() throws ServiceException {
            put(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
            rethrow();
        }

        void abort() {
            if (thread.isAlive()) {
                thread.interrupt();
                try {
                    thread.join(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void rethrow() {
            Exception e = failure;
            if (e instanceof RuntimeException r) {
                throw r;
            }
        }
    }
}
