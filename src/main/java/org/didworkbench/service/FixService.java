package org.didworkbench.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.fixes.DateOrder;
import org.didworkbench.domain.fixes.Fix;
import org.didworkbench.domain.fixes.FixCatalogue;
import org.didworkbench.domain.fixes.Proposal;
import org.didworkbench.domain.rules.Issue;

/**
 * "Fix all like this": previews the safe corrections of every issue of one rule, then applies them as
 * one action (one transaction, one undo step, logged with the rule and fix as its reason).
 *
 * <p>Stateless; not thread-safe only because {@link Session} is not.
 */
public final class FixService {
    /** How many records a preview reads at once. */
    private static final int RECORDS_PER_READ = 500;

    /** True when the catalogue has a fix for this rule. */
    public boolean hasFix(String ruleCode) {
        return !FixCatalogue.forRule(ruleCode).isEmpty();
    }

    /**
     * Proposes a fix for every issue of a rule as the workspace stands. Changes nothing.
     *
     * @throws ServiceException when the catalogue has no fix for the rule
     */
    public FixPreview preview(Session session, String ruleCode, FixOptions options) throws ServiceException {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(options, "options");
        List<Fix> fixes = FixCatalogue.forRule(ruleCode, DateOrder.valueOf(options.dateOrder().name()));
        if (fixes.isEmpty()) {
            throw new ServiceException("There is no automatic fix for rule " + ruleCode + "; correct its issues"
                    + " by hand. Rules with fixes: DIDS003, DIDS005, DIDS012, DIDS014, DIDS017, DIDS021, DIDS026,"
                    + " DIDS036, DIDS045, DIDS061.");
        }
        Profile profile = session.profile();
        List<ProposedFix> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int ambiguous = 0;
        int unfixable = 0;
        int accession = Accessions.itemOf(profile);
        // the cells the rule's issues are about, once each, in issue order
        List<long[]> cells = new ArrayList<>();
        for (Issue issue : session.issuesOfRule(ruleCode, Integer.MAX_VALUE)) {
            int item = itemIndex(profile, issue);
            if (item >= 0 && seen.add(issue.record() + ":" + item)) {
                cells.add(new long[] {issue.record(), item});
            }
        }
        // records are read a few hundred at a time: one query set per chunk rather than per record
        for (int from = 0; from < cells.size(); from += RECORDS_PER_READ) {
            List<long[]> chunk = cells.subList(from, Math.min(cells.size(), from + RECORDS_PER_READ));
            Map<Long, RecordRow> rows = new HashMap<>();
            for (RecordRow row : session.recordValues(chunk.stream().mapToLong(c -> c[0]).distinct().toArray())) {
                rows.put(row.record(), row);
            }
            for (long[] cell : chunk) {
                RecordRow row = rows.get(cell[0]);
                int item = (int) cell[1];
                if (row == null) {
                    continue;
                }
                String before = row.value(item);
                Proposal p = Proposal.none();
                Fix used = null;
                for (Fix f : fixes) {
                    Proposal q = f.propose(before);
                    if (q.outcome() == Proposal.Outcome.FIXED) {
                        p = q;
                        used = f;
                        break;
                    }
                    if (q.outcome() == Proposal.Outcome.AMBIGUOUS) {
                        p = q;
                    }
                }
                switch (p.outcome()) {
                    case FIXED -> changes.add(new ProposedFix(row.record(), row.line(), item,
                            profile.items().get(item).dataDictionaryName(), before, p.value(), used.description(),
                            accession < 0 ? "" : row.value(accession)));
                    case AMBIGUOUS -> ambiguous++;
                    case NONE -> unfixable++;
                }
            }
        }
        return new FixPreview(ruleCode, changes, ambiguous, unfixable);
    }

    /**
     * Applies a preview as one action: one transaction, one undo step, each cell logged with
     * {@code reason} (or the preview's own reason when blank).
     *
     * @return what changed; an outcome with action 0 when the preview had nothing to change
     */
    public EditOutcome apply(Session session, FixPreview preview, String reason) throws ServiceException {
        return apply(session, preview, reason, ProgressListener.NONE, new CancellationToken());
    }

    /**
     * {@link #apply(Session, FixPreview, String)} with progress (records done out of those to change) and
     * Cancel: a cancelled apply keeps nothing and throws {@link CancelledException}.
     */
    public EditOutcome apply(Session session, FixPreview preview, String reason, ProgressListener progress,
                             CancellationToken cancel) throws ServiceException {
        Objects.requireNonNull(session, "session");
        Map<Long, Map<Integer, String>> changes = new LinkedHashMap<>();
        for (ProposedFix c : preview.changes()) {
            changes.computeIfAbsent(c.record(), r -> new LinkedHashMap<>()).put(c.itemIndex(), c.after());
        }
        String why = reason == null || reason.isBlank() ? preview.reason() : reason;
        return session.setValues(changes, why, progress, cancel);
    }

    /** The item an issue is about (its first field), or -1 when the profile does not know it. */
    private static int itemIndex(Profile profile, Issue issue) {
        if (issue.fields().isEmpty()) {
            return -1;
        }
        String name = issue.fields().get(0);
        List<DataItem> items = profile.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(name) || items.get(i).dataDictionaryName().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
