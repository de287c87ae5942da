package org.didworkbench.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.RecordQuery;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.quality.QualitySummary;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.store.IssueTotals;
import org.didworkbench.store.LogQuery;
import org.didworkbench.store.RecordBrowser;
import org.didworkbench.store.RuleTotal;
import org.didworkbench.store.StoredRecord;
import org.didworkbench.store.Workspace;

/** The {@link Session} over an SQLite workspace. */
final class WorkspaceSession implements Session {
    private final Workspace workspace;
    private final Profile profile;
    private final Validator validator;
    private final Map<String, String> meta;
    private final RecordBrowser browser;
    private final Editor editor;
    private final Function<RecordView, List<Issue>> workbenchCheck;
    private final List<String> notices;

    WorkspaceSession(Workspace workspace, Profile profile, Validator validator) {
        this(workspace, profile, validator, view -> List.of());
    }

    /**
     * @param workbenchCheck the workbench (DQW) findings of one record, re-run on every edited record
     */
    WorkspaceSession(Workspace workspace, Profile profile, Validator validator,
                     Function<RecordView, List<Issue>> workbenchCheck) {
        this(workspace, profile, validator, workbenchCheck, List.of());
    }

    /**
     * @param workbenchCheck the workbench (DQW) findings of one record, re-run on every edited record
     * @param notices        what the user should know before editing (see {@link Session#notices})
     */
    WorkspaceSession(Workspace workspace, Profile profile, Validator validator,
                     Function<RecordView, List<Issue>> workbenchCheck, List<String> notices) {
        this.notices = List.copyOf(notices);
        this.workspace = workspace;
        this.profile = profile;
        this.validator = validator;
        this.meta = workspace.meta();
        this.browser = workspace.browser(profile.items().stream().map(DataItem::name).toList());
        this.browser.apply(RecordQuery.all());
        this.editor = new Editor(workspace, profile, validator, this::counts, workbenchCheck,
                java.time.Clock.systemUTC(), System.getProperty("user.name", "unknown"));
        this.workbenchCheck = workbenchCheck;
    }

    @Override
    public void prepareForEdits() {
        if (workbenchCheck instanceof EditPreparation p) {
            p.prepareInBackground();
        }
    }

    @Override
    public List<String> notices() {
        return notices;
    }

    /** The editor, for tests and the benchmark in this package. */
    Editor editor() {
        return editor;
    }

    @Override
    public Path workspace() {
        return workspace.file();
    }

    @Override
    public Profile profile() {
        return profile;
    }

    @Override
    public String sourceName() {
        return meta.getOrDefault(WorkspaceMeta.SOURCE_NAME, workspace.file().getFileName().toString());
    }

    /** The submission date the workspace was validated with. */
    LocalDate submissionDate() {
        return LocalDate.parse(meta.get(WorkspaceMeta.SUBMISSION_DATE));
    }

    // ------------------------------------------------------------ browsing

    @Override
    public long query(RecordQuery query) {
        return browser.apply(query);
    }

    @Override
    public List<RecordRow> page(long from, int count) {
        return rows(browser.page(from, count));
    }

    @Override
    public long positionOf(long record) {
        return browser.positionOf(record);
    }

    @Override
    public long nextIssue(long position, boolean forward) {
        return browser.nextWithIssue(position, forward);
    }

    @Override
    public RecordRow record(long record) {
        List<RecordRow> rows = rows(workspace.records(new long[] {record}));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("No record " + record + " in this workspace");
        }
        return rows.get(0);
    }

    @Override
    public List<RecordRow> records(long[] records) {
        return rows(workspace.records(records));
    }

    @Override
    public List<RecordRow> recordValues(long[] records) {
        List<RecordRow> out = new ArrayList<>(records.length);
        for (StoredRecord s : workspace.records(records)) {
            out.add(new RecordRow(s.record().number(), s.record().line(), List.of(s.record().values()), List.of(),
                    Set.of(), s.record().defect()));
        }
        return out;
    }

    private List<RecordRow> rows(List<StoredRecord> stored) {
        long[] numbers = stored.stream().mapToLong(s -> s.record().number()).toArray();
        Map<Long, List<Issue>> issues = browser.issuesFor(numbers);
        Map<Long, Set<Integer>> edited = editor.editedItems(numbers);
        List<RecordRow> out = new ArrayList<>(stored.size());
        for (StoredRecord s : stored) {
            long n = s.record().number();
            out.add(new RecordRow(n, s.record().line(), List.of(s.record().values()),
                    issues.getOrDefault(n, List.of()), edited.getOrDefault(n, Set.of()), s.record().defect()));
        }
        return out;
    }

    @Override
    public Counts counts() {
        IssueTotals t = editor.totals();
        boolean rejected = t.errors() > 0;
        String verdict;
        if (rejected) {
            verdict = String.format("Would be rejected: %,d error%s in %,d record%s", t.errors(), t.errors() == 1 ? "" : "s",
                    t.errorRecords(), t.errorRecords() == 1 ? "" : "s");
        } else if (t.warnings() > 0) {
            verdict = String.format("Would be accepted with %,d warning%s", t.warnings(), t.warnings() == 1 ? "" : "s");
        } else {
            verdict = "Would be accepted: no errors or warnings";
        }
        return new Counts(t.records(), t.errors(), t.warnings(), t.workbench(), t.errorRecords(), editor.editedCells(),
                rejected, verdict);
    }

    @Override
    public List<RuleCount> ruleCounts() {
        List<RuleCount> out = new ArrayList<>();
        for (RuleTotal t : workspace.ruleTotals()) {
            Rule rule = profile.rule(t.rule()).orElse(null);
            boolean workbench = t.rule().startsWith("DQW-") || (rule != null && rule.kind() == RuleKind.PLAUSIBILITY);
            List<String> items;
            String description;
            if (rule != null) {
                items = rule.fields();
                description = rule.description();
            } else if (t.rule().equals(profile.structureRule())) {
                items = List.of("RECORD");
                description = "Each record must have exactly " + profile.itemCount() + " fields and be well-formed CSV.";
            } else {
                // Workbench outlier checks are not in the profile: the import recorded their descriptions.
                Map<String, Object> known = importedRules().getOrDefault(t.rule(), Map.of());
                items = known.get("items") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
                description = String.valueOf(known.getOrDefault("description", t.rule()));
            }
            out.add(new RuleCount(t.rule(), Severity.fromLabel(t.severity()), workbench, t.count(), t.records(),
                    items, description));
        }
        return out;
    }

    /** The rule list of the import-time summary (code → severity, items, description…), or empty. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> importedRules() {
        String json = meta.get(WorkspaceMeta.SUMMARY);
        if (json == null) {
            return Map.of();
        }
        try {
            Object rules = org.didworkbench.io.SummaryJson.parse(json).get("rules");
            return rules instanceof Map<?, ?> m ? (Map<String, Map<String, Object>>) m : Map.of();
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    @Override
    public List<Issue> issuesOfRule(String code, int limit) {
        return workspace.issuesOfRule(code, limit);
    }

    @Override
    public List<Issue> issuesOfRule(String code, long afterRecord, int limit) {
        return workspace.issuesOfRule(code, afterRecord, limit);
    }

    @Override
    public long issueCount(String code) {
        return workspace.issueCount(code);
    }

    @Override
    public QualitySummary summary() {
        return editor.summary();
    }

    // ------------------------------------------------------------ editing (see Editor)

    @Override
    public EditOutcome setValue(long record, int item, String value, String reason) throws ServiceException {
        return editor.setValues(Map.of(record, Map.of(item, value)), "edit", reason);
    }

    @Override
    public EditOutcome setValues(Map<Long, Map<Integer, String>> changes, String reason) throws ServiceException {
        return editor.setValues(changes, "fix", reason);
    }

    @Override
    public EditOutcome setValues(Map<Long, Map<Integer, String>> changes, String reason, ProgressListener progress,
                                 CancellationToken cancel) throws ServiceException {
        return editor.setValues(changes, "fix", reason, progress, cancel);
    }

    @Override
    public EditOutcome setValues(ChangeStream changes, ProgressListener progress, CancellationToken cancel)
            throws ServiceException {
        return editor.setValues(changes, Editor.FIX, progress, cancel);
    }

    @Override
    public boolean canUndo() {
        return editor.canUndo();
    }

    @Override
    public boolean canRedo() {
        return editor.canRedo();
    }

    @Override
    public EditOutcome undo() throws ServiceException {
        return editor.undo();
    }

    @Override
    public EditOutcome redo() throws ServiceException {
        return editor.redo();
    }

    @Override
    public long cellsToUndo() {
        return editor.cellsToUndo();
    }

    @Override
    public long cellsToRedo() {
        return editor.cellsToRedo();
    }

    @Override
    public EditOutcome undo(ProgressListener progress, CancellationToken cancel) throws ServiceException {
        return editor.undo(progress, cancel);
    }

    @Override
    public EditOutcome redo(ProgressListener progress, CancellationToken cancel) throws ServiceException {
        return editor.redo(progress, cancel);
    }

    @Override
    public EditOutcome revertCell(long record, int item, String reason) throws ServiceException {
        return editor.revertCell(record, item, reason);
    }

    @Override
    public EditOutcome revertRecord(long record, String reason) throws ServiceException {
        return editor.revertRecord(record, reason);
    }

    @Override
    public List<ChangeEntry> history(long record) {
        return editor.history(record);
    }

    @Override
    public List<ChangeEntry> changeLog() {
        return editor.changeLog();
    }

    @Override
    public void exportChangeLog(Path out) throws ServiceException {
        editor.exportChangeLog(out);
    }

    @Override
    public ChangeLogPage changeLog(ChangeLogQuery query, int limit) {
        int item = -1;
        if (query.item() != null) {
            item = indexOfItem(query.item());
            if (item < 0) {
                return new ChangeLogPage(List.of(), 0);
            }
        }
        return editor.changeLog(new LogQuery(item, query.text(), query.line(), query.action()), limit);
    }

    /** The index of the item with this name or data dictionary name, or -1. */
    private int indexOfItem(String name) {
        for (int i = 0; i < profile.itemCount(); i++) {
            DataItem d = profile.items().get(i);
            if (d.name().equals(name) || d.dataDictionaryName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public EditOutcome revertValues(Map<Long, Map<Integer, String>> values, String reason) throws ServiceException {
        return editor.setValues(values, Editor.REVERT, reason);
    }

    @Override
    public EditOutcome revertValues(Map<Long, Map<Integer, String>> values, String reason, ProgressListener progress,
                                    CancellationToken cancel) throws ServiceException {
        return editor.setValues(values, Editor.REVERT, reason, progress, cancel);
    }

    @Override
    public ChangeReverts.Result revertAction(long action, String note, ProgressListener progress,
                                             CancellationToken cancel) throws ServiceException {
        return editor.revertAction(action, note, progress, cancel);
    }

    // ------------------------------------------------------------ bulk editing

    @Override
    public void forEachValue(int item, String containing, ValueVisitor visitor) {
        workspace.itemValues().forEachValue(item, containing, visitor::accept);
    }

    @Override
    public void forEachValue(int item, String containing, long afterRecord, int limit, ValueVisitor visitor) {
        workspace.itemValues().forEachValue(item, containing, afterRecord, limit, visitor::accept);
    }

    @Override
    public void forEachValueIn(int item, Collection<String> values, ValueVisitor visitor) {
        workspace.itemValues().forEachValueIn(item, values, visitor::accept);
    }

    @Override
    public void forEachDistinctValue(int item, UnaryOperator<String> key, CountVisitor visitor) {
        workspace.itemValues().forEachDistinctValue(item, key, visitor::accept);
    }

    @Override
    public boolean passesItemRules(int item, String value) {
        // A record blank but for this item: the issues of rules reading this item alone decide.
        String[] values = new String[profile.itemCount()];
        java.util.Arrays.fill(values, "");
        values[item] = value;
        String name = profile.items().get(item).name();
        for (Issue issue : validator.validate(new SubmissionRecord(0, 0, values))) {
            if (issue.fields().size() == 1 && issue.fields().get(0).equals(name)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void exportCorrected(Path out, boolean force, ProgressListener progress, CancellationToken cancel)
            throws ServiceException {
        editor.exportCorrected(out, force, progress, cancel);
    }

    @Override
    public void close() {
        try {
            if (workbenchCheck instanceof AutoCloseable c) {
                c.close();
            }
        } catch (Exception e) {
            // releasing the check's numbers cannot fail in a way worth stopping the close for
        } finally {
            workspace.close();
        }
    }
}
