package org.didworkbench.service;

import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.history.ActivityCounts;
import org.didworkbench.domain.quality.QualitySummary;
import org.didworkbench.domain.outliers.IntervalSummary;
import org.didworkbench.domain.outliers.WaitingTimeStats;
import org.didworkbench.domain.reference.ReferenceSource;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.io.SubmissionSource;
import org.didworkbench.io.SummaryJson;
import org.didworkbench.store.Workspace;

/** The facts a workspace keeps about its source file, under fixed meta keys. */
final class WorkspaceMeta {
    static final String SOURCE_PATH = "source.path";
    static final String SOURCE_NAME = "source.name";
    static final String SOURCE_SIZE = "source.size";
    static final String PROFILE = "profile";
    /** "built-in" or "file". */
    static final String PROFILE_ORIGIN = "profile.origin";
    /** The profile file's path, when the profile came from a file. */
    static final String PROFILE_FILE = "profile.file";
    /** The profile file's text, so the workspace reopens with the same profile even if the file changes. */
    static final String PROFILE_JSON = "profile.json";
    /** How the profile was chosen, in words. */
    static final String PROFILE_REASON = "profile.reason";
    static final String SUBMISSION_DATE = "submission.date";
    static final String CHARSET = "dialect.charset";
    static final String BOM = "dialect.bom";
    static final String DELIMITER = "dialect.delimiter";
    static final String LINE_ENDING = "dialect.lineEnding";
    static final String MIXED = "dialect.mixedLineEndings";
    static final String HEADER = "dialect.header";
    static final String FINAL_NEWLINE = "dialect.finalNewline";
    static final String QUOTE = "dialect.quote";
    static final String HEADER_RAW = "text.header";
    static final String PREAMBLE = "text.preamble";
    static final String TRAILER = "text.trailer";
    static final String SUMMARY = "summary.json";
    /** Records by site, patient source setting and month ({@link ActivityCounts}) as JSON; no patient data. */
    static final String ACTIVITY = "activity.json";
    static final String REFERENCE_FOLDER = "reference.folder";
    static final String CREATED = "created";
    static final String VERSION = "app.version";

    private WorkspaceMeta() {
    }

    static void write(Workspace ws, ImportRequest request, ProfileChoice choice, Dialect d, SubmissionSource reader,
                      QualitySummary summary, List<ReferenceSource> refs, List<Rule> workbenchRules,
                      List<WaitingTimeStats> waits) {
        Profile profile = choice.profile();
        ws.putMeta(PROFILE_ORIGIN, choice.origin().label());
        ws.putMeta(PROFILE_FILE, choice.file() == null ? null : choice.file().toString());
        ws.putMeta(PROFILE_JSON, choice.json());
        ws.putMeta(PROFILE_REASON, choice.reason());
        ws.putMeta(SOURCE_PATH, request.source().toAbsolutePath().toString());
        ws.putMeta(SOURCE_NAME, request.source().getFileName().toString());
        ws.putMeta(SOURCE_SIZE, Long.toString(reader.fileSize()));
        ws.putMeta(PROFILE, profile.id());
        ws.putMeta(SUBMISSION_DATE, request.submissionDate().toString());
        ws.putMeta(CHARSET, d.charset().name());
        ws.putMeta(BOM, Boolean.toString(d.bom()));
        ws.putMeta(DELIMITER, String.valueOf(d.delimiter()));
        ws.putMeta(LINE_ENDING, d.lineEnding());
        ws.putMeta(MIXED, Boolean.toString(d.mixedLineEndings()));
        ws.putMeta(HEADER, Boolean.toString(d.header()));
        ws.putMeta(FINAL_NEWLINE, Boolean.toString(d.finalNewline()));
        ws.putMeta(QUOTE, String.valueOf(d.quote()));
        ws.putMeta(HEADER_RAW, reader.headerRaw().orElse(null));
        ws.putMeta(PREAMBLE, reader.preamble());
        ws.putMeta(TRAILER, reader.trailer());
        ws.putMeta(REFERENCE_FOLDER, request.referenceFolder() == null ? null
                : request.referenceFolder().toAbsolutePath().toString());
        ws.putMeta(CREATED, Instant.now().toString());
        ws.putMeta(VERSION, Version.current());
        ws.putMeta(SUMMARY, SummaryJson.toJson(summaryMap(summary, choice, request.source().getFileName().toString(),
                request.submissionDate(), d, refs, workbenchRules, waits)));
    }

    /** The activity counts as JSON for the {@link #ACTIVITY} key. */
    static String activityJson(ActivityCounts a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bySite", a.bySite());
        m.put("bySource", a.bySource());
        m.put("byTestMonth", months(a.byTestMonth()));
        m.put("byRequestMonth", months(a.byRequestMonth()));
        return SummaryJson.toJson(m);
    }

    private static Map<String, Long> months(Map<YearMonth, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k.toString(), v));
        return out;
    }

    /** The activity counts a workspace kept, or {@link ActivityCounts#NONE} (made before they were kept, or damaged). */
    static ActivityCounts activity(Map<String, String> meta) {
        String json = meta.get(ACTIVITY);
        if (json == null) {
            return ActivityCounts.NONE;
        }
        try {
            Map<String, Object> m = SummaryJson.parse(json);
            Map<YearMonth, Long> test = new LinkedHashMap<>();
            counts(m.get("byTestMonth")).forEach((k, v) -> test.put(YearMonth.parse(k), v));
            Map<YearMonth, Long> request = new LinkedHashMap<>();
            counts(m.get("byRequestMonth")).forEach((k, v) -> request.put(YearMonth.parse(k), v));
            return new ActivityCounts(counts(m.get("bySite")), counts(m.get("bySource")), test, request);
        } catch (RuntimeException e) {
            return ActivityCounts.NONE;
        }
    }

    private static Map<String, Long> counts(Object o) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (v instanceof Number n) {
                    out.put(String.valueOf(k), n.longValue());
                }
            });
        }
        return out;
    }

    /** The source file's encoding, exactly as it must be written back. */
    static Charset charset(Map<String, String> meta) {
        return org.didworkbench.io.SubmissionCharsets.forName(meta.get(CHARSET));
    }

    static Dialect dialect(Map<String, String> meta) {
        return new Dialect(org.didworkbench.io.SubmissionCharsets.forName(meta.get(CHARSET)), Boolean.parseBoolean(meta.get(BOM)),
                meta.get(DELIMITER).charAt(0), meta.get(LINE_ENDING), Boolean.parseBoolean(meta.get(MIXED)),
                Boolean.parseBoolean(meta.get(HEADER)), Boolean.parseBoolean(meta.get(FINAL_NEWLINE)),
                meta.get(QUOTE).charAt(0));
    }

    /** The summary JSON map with its context: file name, submission date, dialect, reference data, version. */
    static Map<String, Object> summaryMap(QualitySummary summary, ProfileChoice choice, String fileName,
                                          LocalDate submissionDate, Dialect d, List<ReferenceSource> refs,
                                          List<Rule> workbenchRules, List<WaitingTimeStats> waits) {
        Profile profile = choice.profile();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("file", fileName);
        context.put("profileTitle", profile.title());
        context.put("provisional", profile.provisional());
        context.put("profileSource", choice.origin().label());
        if (choice.file() != null) {
            context.put("profileFile", choice.file().getFileName().toString());
        }
        context.put("profileChoice", choice.reason());
        context.put("provisionalItems", profile.provisionalItems());
        context.put("provisionalRules", profile.provisionalRules());
        context.put("submissionDate", submissionDate.toString());
        Map<String, Object> dialect = new LinkedHashMap<>();
        dialect.put("encoding", d.charset().name());
        dialect.put("bom", d.bom());
        dialect.put("lineEndings", d.lineEndingName() + (d.mixedLineEndings() ? " (mixed)" : ""));
        dialect.put("header", d.header());
        context.put("dialect", dialect);
        List<Map<String, Object>> ref = new ArrayList<>();
        for (ReferenceSource r : refs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", r.kind().name());
            m.put("file", r.file());
            m.put("asOf", r.asOf() == null ? null : r.asOf().toString());
            m.put("rows", r.rows());
            ref.add(m);
        }
        context.put("referenceData", ref);
        context.put("generatedBy", "DID Workbench " + Version.current());
        context.put("generatedAt", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        Map<String, Object> map = SummaryJson.toMap(summary, profile, workbenchRules, context);
        map.put("waitingTimes", waitingTimes(waits));
        return map;
    }

    /** Waiting times by modality for the summary JSON; medians and percentiles in days, null when there are none. */
    static List<Map<String, Object>> waitingTimes(List<WaitingTimeStats> waits) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WaitingTimeStats w : waits) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("modality", w.modality());
            m.put("records", w.records());
            m.put("requestToTest", interval(w.requestToTest()));
            m.put("testToReport", interval(w.testToReport()));
            m.put("longWaitDays", w.longWaitDays());
            m.put("longWaits", w.longWaits());
            m.put("longWaitShare", number(w.longWaitShare()));
            m.put("lateReportDays", w.lateReportDays());
            m.put("lateReports", w.lateReports());
            m.put("lateReportShare", number(w.lateReportShare()));
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> interval(IntervalSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", s.count());
        m.put("median", number(s.median()));
        m.put("p90", number(s.p90()));
        return m;
    }

    private static Double number(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 10_000d) / 10_000d;
    }
}
