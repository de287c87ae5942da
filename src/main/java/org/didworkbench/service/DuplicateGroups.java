package org.didworkbench.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.UniquenessRule;

/**
 * The issues of a file rule (duplicate keys) among some records: the records are grouped by their
 * real keys and every record of a group of two or more gets an issue naming the others. Used by the
 * import (on the candidates its hash pass found) and by edits (on the groups an edit touches), so
 * both describe duplicates in the same words.
 */
final class DuplicateGroups {
    static final int MAX_LINES_IN_MESSAGE = 5;

    private DuplicateGroups() {
    }

    /**
     * @param rule    the file rule
     * @param records the records to compare: every member of each group that matters, well-formed only
     * @param profile the profile
     * @return the issues, by record number
     */
    static List<Issue> issues(UniquenessRule rule, List<SubmissionRecord> records, Profile profile) {
        Map<String, List<RecordView>> groups = new HashMap<>();
        for (SubmissionRecord record : records) {
            RecordView view = new RecordView(profile, record);
            String key = rule.key(view);
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(view);
            }
        }
        List<Issue> issues = new ArrayList<>();
        for (List<RecordView> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            group.sort(Comparator.comparingLong(RecordView::number));
            for (RecordView view : group) {
                long[] others = group.stream().filter(v -> v != view).limit(MAX_LINES_IN_MESSAGE)
                        .mapToLong(RecordView::line).toArray();
                Finding f = rule.describe(view, group.size(), others);
                issues.add(new Issue(view.number(), view.line(), rule.code(), rule.severity(), rule.fields(),
                        f.value(), f.message()));
            }
        }
        issues.sort(Comparator.comparingLong(Issue::record));
        return issues;
    }
}
