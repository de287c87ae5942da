package org.didworkbench.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.outliers.OutlierAnalyser;
import org.didworkbench.domain.outliers.WaitingTimeStats;
import org.didworkbench.domain.quality.Dqmi;
import org.didworkbench.domain.quality.ItemQuality;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.report.ReportModel;
import org.didworkbench.report.ReportModel.Corrections;
import org.didworkbench.report.ReportModel.ItemProblems;
import org.didworkbench.report.ReportModel.ItemRow;
import org.didworkbench.report.ReportModel.Outcome;
import org.didworkbench.report.ReportModel.RuleRow;
import org.didworkbench.report.ReportModel.Tally;
import org.didworkbench.store.Workspace;

/** Gathers the report's figures from a session, its workspace and the import-time summary. */
final class ReportFigures {
    /** A rule code named in a change's reason, e.g. "Fix DIDS003: add the leading zero". */
    private static final Pattern RULE_CODE = Pattern.compile("\\b(DIDS\\d{3}|DQW-[A-Z0-9]+(?:-[A-Z0-9]+)*)\\b");
    private static final Set<String> CHANGING_KINDS = Set.of("edit", "fix", "revert");
    private static final String RECORD = "RECORD";

    private final ReferenceService references;
    private final WorkbenchChecks workbench;

    ReportFigures(ReferenceService references, WorkbenchChecks workbench) {
        this.references = references;
        this.workbench = workbench;
    }

    /** The import-time summary kept in the workspace, or null for a workspace without one. */
    ImportedSummary imported(Map<String, String> meta) {
        String json = meta.get(WorkspaceMeta.SUMMARY);
        if (json == null) {
            return null;
        }
        try {
            return ImportedSummary.parse(json);
        } catch (IllegalArgumentException e) {
            return null; // a damaged summary: the report then shows the current figures only
        }
    }

    ReportModel model(Session session, Workspace ws, Map<String, String> meta, ReportModel.Header header,
                      ReportOptions options) throws ServiceException {
        Profile profile = session.profile();
        ImportedSummary imported = imported(meta);
        Counts counts = session.counts();
        boolean edited = counts.edits() > 0;
        Outcome now = new Outcome(counts.rejected(), counts.verdict(), counts.errors(), counts.warnings(),
                counts.outliers(), counts.errorRecords());
        Outcome before = imported == null ? now : new Outcome(imported.summary().errors() > 0, imported.verdictText(),
                imported.summary().errors(), imported.summary().warnings(), imported.summary().workbench(),
                imported.summary().errorRecords());

        // Item figures need a scan of every record once cells have changed; unchanged, the import's stand.
        List<ItemQuality> quality = edited || imported == null ? session.summary().items() : imported.summary().items();
        Dqmi.Thresholds thresholds = Dqmi.Thresholds.didV1();
        List<Dqmi.ItemScore> scores = Dqmi.scores(quality, thresholds);
        List<ItemRow> items = new ArrayList<>();
        for (int i = 0; i < quality.size(); i++) {
            String name = quality.get(i).item();
            boolean coded = profile.item(name).map(d -> !d.defaultCodes().isEmpty() || !d.defaultPrefixes().isEmpty())
                    .orElse(false);
            items.add(new ItemRow(title(profile, name), quality.get(i), scores.get(i), coded));
        }

        Map<String, ImportedSummary.RuleText> texts = imported == null ? Map.of() : imported.rules();
        List<RuleCount> ruleCounts = session.ruleCounts();
        List<RuleRow> rules = new ArrayList<>();
        for (RuleCount rc : ruleCounts) {
            if (!rc.workbench()) {
                rules.add(ruleRow(profile, rc, texts.get(rc.code())));
            }
        }
        rules.sort(Comparator.comparing((RuleRow r) -> !r.isError()).thenComparing(RuleRow::records,
                Comparator.reverseOrder()).thenComparing(RuleRow::count, Comparator.reverseOrder())
                .thenComparing(RuleRow::code));

        List<WaitingTimeStats> waits = imported == null ? List.of() : imported.waits();
        String waitsNote = "";
        if (edited) {
            Optional<List<WaitingTimeStats>> current = currentWaits(ws, profile, meta);
            if (current.isPresent()) {
                waits = current.get();
            } else if (!waits.isEmpty()) {
                waitsNote = "These are the waiting times of the file as opened: the reference data needed to "
                        + "recompute them after the corrections could not be loaded.";
            }
        }

        Optional<ReportModel.Appendix> appendix = options.appendix()
                ? Optional.of(AppendixBuilder.build(ws, profile, options.appendixLimit()))
                : Optional.empty();
        return new ReportModel(header, before, now, edited, items, Dqmi.overall(scores, 1.0), thresholds, rules,
                problemItems(profile, ruleCounts), waits, waitsNote, checks(profile, ruleCounts, texts),
                corrections(profile, session.changeLog(), counts), appendix);
    }

    private static RuleRow ruleRow(Profile profile, RuleCount rc, ImportedSummary.RuleText text) {
        boolean useText = text != null && !text.description().isEmpty();
        List<String> items = useText ? text.items() : rc.items();
        return new RuleRow(rc.code(), rc.severity().label(), rc.count(), rc.records(),
                items.stream().map(i -> title(profile, i)).toList(), useText ? text.description() : rc.description());
    }

    /** Every workbench check that can run, with its count (zero when it found nothing), catalogue order. */
    private List<RuleRow> checks(Profile profile, List<RuleCount> counts, Map<String, ImportedSummary.RuleText> texts) {
        Map<String, RuleCount> byCode = new HashMap<>();
        counts.stream().filter(RuleCount::workbench).forEach(c -> byCode.put(c.code(), c));
        Map<String, Rule> catalogue = new LinkedHashMap<>();
        OutlierAnalyser analyser = workbench.analyser(profile, ReferenceData.none());
        if (analyser != null) {
            analyser.rules().forEach(r -> catalogue.put(r.code(), r));
        }
        for (Rule r : profile.rules()) {
            if (r.kind() == RuleKind.PLAUSIBILITY || r.code().startsWith("DQW-")) {
                catalogue.putIfAbsent(r.code(), r);
            }
        }
        List<RuleRow> rows = new ArrayList<>();
        for (Rule r : catalogue.values()) {
            RuleCount c = byCode.remove(r.code());
            rows.add(new RuleRow(r.code(), r.severity().label(), c == null ? 0 : c.count(), c == null ? 0 : c.records(),
                    r.fields().stream().map(i -> title(profile, i)).toList(), r.description()));
        }
        for (RuleCount c : byCode.values()) { // a check the current catalogue no longer has
            ImportedSummary.RuleText t = texts.get(c.code());
            rows.add(new RuleRow(c.code(), c.severity().label(), c.count(), c.records(), List.of(),
                    t == null ? c.description() : t.description()));
        }
        return rows;
    }

    /** National issues counted against the item each rule's messages are about, most first. */
    private static List<ItemProblems> problemItems(Profile profile, List<RuleCount> counts) {
        Map<String, long[]> tally = new LinkedHashMap<>();
        Map<String, List<RuleCount>> rulesOf = new LinkedHashMap<>();
        for (RuleCount c : counts) {
            if (c.workbench()) {
                continue;
            }
            String item = c.items().isEmpty() ? RECORD : c.items().get(0);
            long[] t = tally.computeIfAbsent(item, k -> new long[2]);
            t[c.severity() == org.didworkbench.domain.rules.Severity.ERROR ? 0 : 1] += c.count();
            rulesOf.computeIfAbsent(item, k -> new ArrayList<>()).add(c);
        }
        List<ItemProblems> out = new ArrayList<>();
        tally.forEach((item, t) -> out.add(new ItemProblems(title(profile, item), t[0], t[1],
                rulesOf.get(item).stream().sorted(Comparator.comparingLong(RuleCount::count).reversed())
                        .map(RuleCount::code).toList())));
        out.sort(Comparator.comparingLong(ItemProblems::errors).reversed()
                .thenComparing(Comparator.comparingLong(ItemProblems::total).reversed()));
        return out;
    }

    /** The change log in figures: applied changes by item and by the rule they fixed. */
    static Corrections corrections(Profile profile, List<ChangeEntry> log, Counts counts) {
        Set<Long> actions = new LinkedHashSet<>();
        Set<Long> undone = new LinkedHashSet<>();
        Map<String, Long> byItem = new LinkedHashMap<>();
        Map<String, Long> byRule = new LinkedHashMap<>();
        long cells = 0;
        for (ChangeEntry e : log) {
            if (!CHANGING_KINDS.contains(e.kind())) {
                continue; // undo and redo rows restate earlier actions
            }
            if ("undone".equals(e.state())) {
                undone.add(e.action());
                continue;
            }
            if (!"applied".equals(e.state())) {
                continue;
            }
            actions.add(e.action());
            cells++;
            byItem.merge(title(profile, e.item()), 1L, Long::sum);
            byRule.merge(ruleOf(e), 1L, Long::sum);
        }
        return new Corrections(actions.size(), cells, counts.edits(), undone.size(), tallies(byItem), tallies(byRule));
    }

    /**
     * The rule a change fixed, as its reason names it; reverts and unexplained edits by their kind. A
     * reason is free text and may hold anything a user typed, so it is never printed.
     */
    static String ruleOf(ChangeEntry e) {
        if ("revert".equals(e.kind())) {
            return "Put back to the file's value";
        }
        Matcher m = RULE_CODE.matcher(e.reason() == null ? "" : e.reason());
        if (m.find()) {
            return m.group(1);
        }
        return "fix".equals(e.kind()) ? "Fixed in bulk (no rule named)" : "Edited by hand (no rule named)";
    }

    private static List<Tally> tallies(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Tally(e.getKey(), e.getValue())).toList();
    }

    /**
     * Waiting times of the records as they stand now: one pass over the workspace with a fresh
     * analyser. Empty when the reference data the modalities come from cannot be reloaded.
     */
    private Optional<List<WaitingTimeStats>> currentWaits(Workspace ws, Profile profile, Map<String, String> meta) {
        String folder = meta.get(WorkspaceMeta.REFERENCE_FOLDER);
        ReferenceData refs;
        try {
            refs = folder == null ? ReferenceData.none() : references.load(Path.of(folder));
        } catch (ServiceException e) {
            return Optional.empty();
        }
        OutlierAnalyser analyser = workbench.figuresAnalyser(profile, refs);
        if (analyser == null) {
            return Optional.of(List.of());
        }
        Validator validator = new Validator(profile,
                new RuleContext(LocalDate.parse(meta.get(WorkspaceMeta.SUBMISSION_DATE)), refs));
        ws.forEachRecord(s -> {
            if (validator.wellFormed(s.record())) {
                analyser.observe(new RecordView(profile, s.record()));
            }
        });
        return Optional.of(analyser.waitingTimeStats());
    }

    /** An item's data dictionary name, "Whole record" for the structure rule. */
    static String title(Profile profile, String item) {
        if (RECORD.equals(item)) {
            return "Whole record";
        }
        return profile.item(item).map(DataItem::dataDictionaryName).orElse(item);
    }
}
