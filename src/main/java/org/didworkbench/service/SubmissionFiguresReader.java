package org.didworkbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.history.ActivityCounts;
import org.didworkbench.domain.history.ActivityTally;
import org.didworkbench.domain.history.ItemFigures;
import org.didworkbench.domain.history.ModalitySource;
import org.didworkbench.domain.history.SubmissionFigures;
import org.didworkbench.domain.outliers.OutlierAnalyser;
import org.didworkbench.domain.outliers.WaitingTimeStats;
import org.didworkbench.domain.quality.ItemQuality;
import org.didworkbench.domain.quality.QualitySummary;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.reference.ReferenceSource;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.store.Workspace;

/**
 * Gathers a submission's {@link SubmissionFigures} from what the workbench has already computed: the
 * import's quality summary, waiting times and activity counts; for a workspace with corrections, the
 * session's summary and one pass of the same outlier analysis and tally over the records as they stand
 * (as the report recomputes its waiting times).
 */
final class SubmissionFiguresReader {
    private final ReferenceService references;
    private final WorkbenchChecks workbench;

    SubmissionFiguresReader(ReferenceService references, WorkbenchChecks workbench) {
        this.references = references;
        this.workbench = workbench;
    }

    /** The figures of a file just checked. */
    static SubmissionFigures fromImport(ImportRequest request, ImportResult result, String sha) {
        return figures(fileName(request.source()), sha, result.profile(), result.summary(), result.waits(),
                result.activity(), request.submissionDate(), modalitySource(result.waits(), result.references()));
    }

    /** The figures a workspace kept from its import: the file as it came, before any correction. */
    static SubmissionFigures fromMeta(Map<String, String> meta, Profile profile, String sha) throws ServiceException {
        String json = meta.get(WorkspaceMeta.SUMMARY);
        if (json == null) {
            throw new ServiceException("This workspace keeps no summary of its import; open the submission file again.");
        }
        ImportedSummary imported;
        try {
            imported = ImportedSummary.parse(json);
        } catch (IllegalArgumentException e) {
            throw new ServiceException("This workspace's summary is damaged; open the submission file again.", e);
        }
        return figures(meta.getOrDefault(WorkspaceMeta.SOURCE_NAME, "submission"), sha, profile, imported.summary(),
                imported.waits(), WorkspaceMeta.activity(meta), submissionDate(meta),
                modalitySource(imported.waits(), imported.references()));
    }

    /**
     * The figures of a workspace as it stands, corrections included: the session's quality summary
     * and one pass over the records for the waiting times and the activity counts. The reference data
     * is reloaded from where the import found it; when it is gone, modalities fall back to the NICIP
     * code's first letter (the figures say so).
     */
    SubmissionFigures current(Session session, Workspace ws, Map<String, String> meta, String name, String sha) {
        Profile profile = session.profile();
        QualitySummary summary = session.summary();
        ReferenceData refs = ReferenceData.none();
        String folder = meta.get(WorkspaceMeta.REFERENCE_FOLDER);
        if (folder != null) {
            try {
                refs = references.load(Path.of(folder));
            } catch (ServiceException e) {
                refs = ReferenceData.none();
            }
        }
        LocalDate date = submissionDate(meta);
        Validator validator = new Validator(profile, new RuleContext(date == null ? LocalDate.now() : date, refs));
        OutlierAnalyser analyser = workbench.figuresAnalyser(profile, refs);
        ActivityTally tally = ActivityTally.forProfile(profile);
        ws.forEachRecord(s -> {
            if (validator.wellFormed(s.record())) {
                RecordView view = new RecordView(profile, s.record());
                if (analyser != null) {
                    analyser.observe(view);
                }
                tally.observe(view);
            }
        });
        List<WaitingTimeStats> waits = analyser == null ? List.of() : analyser.waitingTimeStats();
        ModalitySource source = analyser == null ? ModalitySource.NONE
                : refs.imagingCodes().isPresent() ? ModalitySource.TABLE : ModalitySource.NICIP_LETTER;
        return figures(name, sha, profile, summary, waits, tally.counts(), date, source);
    }

    private static SubmissionFigures figures(String name, String sha, Profile profile, QualitySummary s,
                                             List<WaitingTimeStats> waits, ActivityCounts activity,
                                             LocalDate submissionDate, ModalitySource source) {
        List<ItemFigures> items = new ArrayList<>();
        for (ItemQuality q : s.items()) {
            String title = profile.item(q.item()).map(DataItem::dataDictionaryName).orElse(q.item());
            items.add(new ItemFigures(q.item(), title, q.records(), q.present(), q.valid(), q.defaults()));
        }
        return new SubmissionFigures(name, sha, profile.id(), activity.dataMonth().orElse(null), submissionDate,
                s.records(), s.errors(), s.warnings(), s.workbench(), s.errorRecords(), activity.bySite(),
                activity.bySource(), items, waits, source);
    }

    private static ModalitySource modalitySource(List<WaitingTimeStats> waits, List<ReferenceSource> refs) {
        if (waits.isEmpty()) {
            return ModalitySource.NONE;
        }
        return refs.stream().anyMatch(r -> r.kind() == ReferenceKind.IMAGING_CODES) ? ModalitySource.TABLE
                : ModalitySource.NICIP_LETTER;
    }

    private static LocalDate submissionDate(Map<String, String> meta) {
        String d = meta.get(WorkspaceMeta.SUBMISSION_DATE);
        return d == null ? null : LocalDate.parse(d);
    }

    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** The SHA-256 of a file's bytes, in lower-case hex. */
    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
