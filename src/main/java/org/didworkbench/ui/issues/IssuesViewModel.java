package org.didworkbench.ui.issues;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Severity;
import org.didworkbench.service.RuleCount;
import org.didworkbench.ui.common.SessionCalls;
import org.didworkbench.ui.records.CellPresenter;
import org.didworkbench.ui.records.RecordsViewModel;

/**
 * The issues panel: every failing rule with its count and severity, grouped; choosing a rule filters
 * the table to it and lists its issues; choosing an issue goes to its cell.
 */
public final class IssuesViewModel {
    /** Issues of one rule listed at most (the table filter shows every record). */
    public static final int ISSUE_LIMIT = 1000;

    /** The panel's groups, in display order. */
    public enum Group {
        ERRORS("Errors"),
        WARNINGS("Warnings"),
        OUTLIERS("Outliers (workbench checks)");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        /** The group a rule belongs to. */
        public static Group of(RuleCount rule) {
            if (rule.workbench() || rule.code().startsWith(CellPresenter.WORKBENCH_PREFIX)) {
                return OUTLIERS;
            }
            return rule.severity() == Severity.ERROR ? ERRORS : WARNINGS;
        }
    }

    private final SessionCalls calls;
    private final RecordsViewModel records;
    private final ObservableList<RuleCount> rules = FXCollections.observableArrayList();
    private final ObservableList<Issue> issues = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> chosenRule = new ReadOnlyObjectWrapper<>(this, "chosenRule");

    public IssuesViewModel(SessionCalls calls, RecordsViewModel records) {
        this.calls = calls;
        this.records = records;
        // Another filter replaced the rule's: the panel no longer has a rule chosen.
        records.queryProperty().addListener((o, a, q) -> {
            String code = chosenRule.get();
            if (code != null && !(q.filter() == org.didworkbench.domain.dataset.RecordQuery.Filter.RULE
                    && code.equals(q.rule()))) {
                chosenRule.set(null);
                issues.clear();
            }
        });
    }

    /** Failing rules, most frequent first. */
    public ObservableList<RuleCount> rules() {
        return rules;
    }

    /** Issues of the chosen rule, in record order. */
    public ObservableList<Issue> issues() {
        return issues;
    }

    /** The chosen rule's code, or null. */
    public ReadOnlyObjectProperty<String> chosenRuleProperty() {
        return chosenRule.getReadOnlyProperty();
    }

    /** Rule counts of one group. */
    public List<RuleCount> rulesOf(Group group) {
        return rules.stream().filter(r -> Group.of(r) == group).toList();
    }

    /** Re-reads the rules (and the chosen rule's issues) from the session. */
    public void reload() {
        String code = chosenRule.get();
        calls.call(s -> new Loaded(s.ruleCounts(), code == null ? List.of() : s.issuesOfRule(code, ISSUE_LIMIT)),
                loaded -> {
                    rules.setAll(loaded.rules);
                    if (code != null && code.equals(chosenRule.get())) {
                        issues.setAll(loaded.issues);
                    }
                });
    }

    private record Loaded(List<RuleCount> rules, List<Issue> issues) {
    }

    /** Chooses a rule: the table shows only its records and the panel lists its issues. */
    public void chooseRule(String code) {
        if (code == null) {
            clearChoice();
            return;
        }
        chosenRule.set(code);
        records.showRule(code);
        calls.call(s -> s.issuesOfRule(code, ISSUE_LIMIT), list -> {
            if (code.equals(chosenRule.get())) {
                issues.setAll(list);
            }
        });
    }

    /** Forgets the chosen rule and shows every record again. */
    public void clearChoice() {
        chosenRule.set(null);
        issues.clear();
        records.clearFilters();
    }

    /** Goes to the cell an issue is about. */
    public void chooseIssue(Issue issue) {
        if (issue != null) {
            records.goToRecord(issue.record(), issue.fields().isEmpty() ? "" : issue.fields().get(0));
        }
    }

    /** The file was closed or replaced. */
    public void clear() {
        rules.clear();
        issues.clear();
        chosenRule.set(null);
    }
}
