package org.didworkbench.domain.quality;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.Severity;

/**
 * Adds up issues and item quality as records go by. Not thread-safe; feed it from one thread.
 * Record numbers must fit an int (over two thousand million records is out of scope).
 */
public final class QualityAccumulator {
    /** Code prefix of the workbench's own checks. */
    public static final String WORKBENCH_PREFIX = "DQW-";
    private final Profile profile;
    private final Map<String, RuleKind> kinds = new HashMap<>();
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final long[] present;
    private final long[] valid;
    private final long[] defaults;
    private final boolean[] invalidScratch;
    private final boolean[] hasDefaults;
    private final Map<String, long[]> byRule = new TreeMap<>();
    private final BitSet errorRecords = new BitSet();
    private final BitSet warningRecords = new BitSet();
    private long records;
    private long wellFormed;
    private long errors;
    private long warnings;
    private long workbench;

    public QualityAccumulator(Profile profile) {
        this.profile = profile;
        for (Rule r : profile.rules()) {
            kinds.put(r.code(), r.kind());
        }
        for (int i = 0; i < profile.itemCount(); i++) {
            itemIndex.put(profile.items().get(i).name(), i);
        }
        int n = profile.itemCount();
        present = new long[n];
        valid = new long[n];
        defaults = new long[n];
        invalidScratch = new boolean[n];
        hasDefaults = new boolean[n];
        for (int i = 0; i < n; i++) {
            DataItem item = profile.items().get(i);
            hasDefaults[i] = !item.defaultCodes().isEmpty() || !item.defaultPrefixes().isEmpty();
        }
    }

    /**
     * Counts one record and its record-rule issues.
     *
     * @param view       the record
     * @param wellFormed false when the record failed the structure rule (its items are then not counted)
     * @param issues     the record's issues
     */
    public void accept(RecordView view, boolean wellFormed, List<Issue> issues) {
        records++;
        java.util.Arrays.fill(invalidScratch, false);
        for (Issue issue : issues) {
            count(issue);
            if (kinds.get(issue.rule()) == RuleKind.VALIDITY) {
                Integer idx = itemIndex.get(issue.fields().get(0));
                if (idx != null) {
                    invalidScratch[idx] = true;
                }
            }
        }
        if (!wellFormed) {
            return;
        }
        this.wellFormed++;
        List<DataItem> items = profile.items();
        for (int i = 0; i < items.size(); i++) {
            String v = view.value(i);
            if (v != null) {
                present[i]++;
                if (!invalidScratch[i]) {
                    valid[i]++;
                }
                if (hasDefaults[i] && items.get(i).isDefault(v)) {
                    defaults[i]++;
                }
            }
        }
    }

    /** Counts an issue found after the pass (a file rule such as duplicates). */
    public void acceptFileIssue(Issue issue) {
        count(issue);
    }

    private void count(Issue issue) {
        byRule.computeIfAbsent(issue.rule(), k -> new long[1])[0]++;
        int rec = (int) issue.record();
        if (isWorkbench(issue.rule())) {
            workbench++;
        } else if (issue.severity() == Severity.ERROR) {
            errors++;
            errorRecords.set(rec);
        } else {
            warnings++;
            warningRecords.set(rec);
        }
    }

    /** Workbench checks (outliers, plausibility) are counted apart: they never change the national verdict. */
    private boolean isWorkbench(String code) {
        return code.startsWith(WORKBENCH_PREFIX) || kinds.get(code) == RuleKind.PLAUSIBILITY;
    }

    public QualitySummary summary(List<String> notChecked) {
        Map<String, Long> rules = new TreeMap<>();
        byRule.forEach((k, v) -> rules.put(k, v[0]));
        List<ItemQuality> items = new ArrayList<>();
        for (int i = 0; i < profile.itemCount(); i++) {
            items.add(new ItemQuality(profile.items().get(i).name(), wellFormed, present[i], valid[i], defaults[i]));
        }
        return new QualitySummary(profile.id(), records, errors, warnings, workbench, errorRecords.cardinality(),
                warningRecords.cardinality(), rules, notChecked, items);
    }
}
