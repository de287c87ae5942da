package org.didworkbench.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    /** How many issues {@link #applyAll} reads at once (whole records of them: a chunk of the change). */
    private static final int ISSUES_PER_PAGE = 500;

    /** True when the catalogue has a fix for this rule. */
    public boolean hasFix(String ruleCode) {
        return !FixCatalogue.forRule(ruleCode).isEmpty();
    }

    /**
     * Proposes a fix for every issue of a rule as the workspace stands, listing every one. Changes nothing.
     * For a large workspace use {@link #preview(Session, String, FixOptions, int)}, which lists only the
     * first few.
     *
     * @throws ServiceException when the catalogue has no fix for the rule
     */
    public FixPreview preview(Session session, String ruleCode, FixOptions options) throws ServiceException {
        return preview(session, ruleCode, options, Integer.MAX_VALUE);
    }

    /**
     * Proposes a fix for every issue of a rule as the workspace stands, in one pass a few hundred records
     * at a time, keeping the counts of the whole change but only its first {@code limit} changes (what a
     * window lists): the memory stays that of a page however many values would change. Changes nothing.
     *
     * @param limit how many changes to list at most
     * @throws ServiceException when the catalogue has no fix for the rule
     */
    public FixPreview preview(Session session, String ruleCode, FixOptions options, int limit)
            throws ServiceException {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit);
        }
        Digest digest = new Digest();
        List<ProposedFix> listed = new ArrayList<>(Math.min(limit, 1024));
        Listed found = forEachFix(session, ruleCode, options, f -> {
            digest.accept(f);
            if (listed.size() < limit) {
                listed.add(f);
            }
        });
        return new FixPreview(ruleCode, options, listed, found.fixable(), digest.records, List.copyOf(digest.used),
                found.ambiguous(), found.unfixable(), digest.value);
    }

    /**
     * Applies a preview as one action: one transaction, one undo step, each cell logged with
     * {@code reason} (or the preview's own reason when blank).
     *
     * @return what changed; an outcome with action 0 when the preview had nothing to change
     * @see #apply(Session, FixPreview, String, ProgressListener, CancellationToken)
     */
    public EditOutcome apply(Session session, FixPreview preview, String reason) throws ServiceException {
        return apply(session, preview, reason, ProgressListener.NONE, new CancellationToken());
    }

    /**
     * {@link #apply(Session, FixPreview, String)} with progress (records done out of those to change) and
     * Cancel: a cancelled apply keeps nothing and throws {@link CancelledException}.
     *
     * <p>The preview need not list every change: they are worked out again a chunk of records at a time
     * inside the change, with the preview's options, so that neither the proposals nor the changed records
     * are held whole. When they are not the changes the preview counted (the workspace changed since), the
     * apply keeps nothing and says so.
     */
    public EditOutcome apply(Session session, FixPreview preview, String reason, ProgressListener progress,
                             CancellationToken cancel) throws ServiceException {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(preview, "preview");
        String why = reason == null || reason.isBlank() ? preview.reason() : reason;
        return run(session, preview.rule(), preview.options(), why, preview, progress, cancel).outcome();
    }

    /** The change-log reason of a fix of a rule that used these fixes, in order of first use. */
    static String reason(String rule, java.util.Collection<String> fixes) {
        return "fix " + rule + ": " + (fixes.isEmpty() ? "nothing to fix" : String.join("; ", fixes));
    }

    private static List<Fix> fixesFor(String ruleCode, FixOptions options) throws ServiceException {
        List<Fix> fixes = FixCatalogue.forRule(ruleCode, DateOrder.valueOf(options.dateOrder().name()));
        if (fixes.isEmpty()) {
            throw new ServiceException("There is no automatic fix for rule " + ruleCode + "; correct its issues"
                    + " by hand. Rules with fixes: DIDS003, DIDS005, DIDS012, DIDS014, DIDS017, DIDS021, DIDS026,"
                    + " DIDS036, DIDS045, DIDS061.");
        }
        return fixes;
    }

    /** The issues no fix was proposed for, counted as the cells are gone through. */
    private static final class Tally {
        int ambiguous;
        int unfixable;
    }

    /**
     * Proposes the fix of each cell (record number, item index) of a chunk, reading the chunk's records
     * at once; hands each fix to {@code fixed} in the chunk's order and counts the others in {@code tally}.
     */
    private static void propose(Session session, List<Fix> fixes, List<long[]> chunk, Tally tally,
                                java.util.function.Consumer<ProposedFix> fixed) {
        Profile profile = session.profile();
        int accession = Accessions.itemOf(profile);
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
                case FIXED -> fixed.accept(new ProposedFix(row.record(), row.line(), item,
                        profile.items().get(item).dataDictionaryName(), before, p.value(), used.description(),
                        accession < 0 ? "" : row.value(accession)));
                case AMBIGUOUS -> tally.ambiguous++;
                case NONE -> tally.unfixable++;
            }
        }
    }

    /**
     * What {@link #applyAll} did.
     *
     * @param rule      the rule code
     * @param fixed     how many cells were fixed (as {@link FixPreview#fixable()} would have said)
     * @param ambiguous issues left alone because the value reads two ways
     * @param unfixable issues no fix applies to
     * @param reason    the change-log reason (as {@link FixPreview#reason()} would have said)
     * @param outcome   what changed; action 0 when nothing was fixed
     */
    public record Applied(String rule, int fixed, int ambiguous, int unfixable, String reason, EditOutcome outcome) {
    }

    /**
     * Fixes every issue of a rule as one action, as {@link #preview} then {@link #apply} would, but going
     * through the rule's issues a few hundred records at a time inside the change, so that neither the
     * proposals nor the changed records are held whole: the memory stays that of one chunk however many
     * values are fixed (the command line's {@code fix --apply} of a million-record file). Nothing is
     * changed or logged when there is nothing to fix.
     *
     * @param cancel a cancelled fix keeps nothing and throws {@link CancelledException}
     * @throws ServiceException when the catalogue has no fix for the rule
     */
    public Applied applyAll(Session session, String ruleCode, FixOptions options, ProgressListener progress,
                            CancellationToken cancel) throws ServiceException {
        return run(session, ruleCode, options, null, null, progress, cancel);
    }

    /**
     * Fixes every issue of a rule as one action, a page of issues at a time inside the change.
     *
     * @param reason   the change-log reason, or null for the fixes used
     * @param expected the preview the change must match (else nothing is kept), or null
     */
    private Applied run(Session session, String ruleCode, FixOptions options, String reason, FixPreview expected,
                        ProgressListener progress, CancellationToken cancel) throws ServiceException {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(options, "options");
        List<Fix> fixes = fixesFor(ruleCode, options);
        Tally tally = new Tally();
        Digest digest = new Digest();
        long records = expected == null ? session.issueCount(ruleCode) : expected.records();
        Pages pages = new Pages(session, ruleCode, fixes, tally);
        ChangeStream stream = new ChangeStream() {
            @Override
            public long expectedRecords() {
                return records;
            }

            @Override
            public Map<Long, Map<Integer, String>> next() throws ServiceException {
                Map<Long, Map<Integer, String>> changes = new LinkedHashMap<>();
                while (changes.isEmpty() && pages.next(f -> {
                    digest.accept(f);
                    changes.computeIfAbsent(f.record(), r -> new LinkedHashMap<>()).put(f.itemIndex(), f.after());
                })) {
                    // pages whose issues have no safe fix change nothing: go on to the next
                }
                if (changes.isEmpty() && expected != null && !digest.matches(expected)) {
                    // thrown inside the change, which is then rolled back whole
                    throw new ServiceException("The workspace changed after the preview of " + ruleCode
                            + " was made, so nothing was fixed; preview the fix again to see the changes as they"
                            + " stand now.");
                }
                return changes;
            }

            @Override
            public String reason() {
                return reason != null ? reason : FixService.reason(ruleCode, digest.used);
            }
        };
        EditOutcome outcome = session.setValues(stream, progress, cancel);
        return new Applied(ruleCode, digest.fixed, tally.ambiguous, tally.unfixable, stream.reason(), outcome);
    }

    /**
     * The counts and digest of fixes handed over in record order: what a preview keeps of them, and what
     * the apply that follows compares with it.
     */
    private static final class Digest implements java.util.function.Consumer<ProposedFix> {
        int fixed;
        long records;
        long value = 17;
        final Set<String> used = new LinkedHashSet<>();
        private long lastRecord = Long.MIN_VALUE;

        @Override
        public void accept(ProposedFix f) {
            fixed++;
            if (f.record() != lastRecord) { // a record's fixes come together
                records++;
                lastRecord = f.record();
            }
            used.add(f.fix());
            long h = Objects.hash(f.record(), f.itemIndex(), f.before(), f.after(), f.fix());
            value = (value ^ h) * 0x9E3779B97F4A7C15L + fixed;
        }

        boolean matches(FixPreview p) {
            return fixed == p.fixable() && records == p.records() && value == p.digest();
        }
    }

    /**
     * What {@link #forEachFix} found besides the fixes it handed over.
     *
     * @param fixable   how many fixes it handed over
     * @param ambiguous issues left alone because the value reads two ways
     * @param unfixable issues no fix applies to
     */
    public record Listed(int fixable, int ambiguous, int unfixable) {
    }

    /**
     * Hands over the fix of every issue of a rule as {@link #preview} lists them, in the same order, a few
     * hundred records at a time, without holding them all (the command line's listing of a large file).
     * Changes nothing.
     *
     * @throws ServiceException when the catalogue has no fix for the rule
     */
    public Listed forEachFix(Session session, String ruleCode, FixOptions options,
                             java.util.function.Consumer<ProposedFix> action) throws ServiceException {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(action, "action");
        Tally tally = new Tally();
        int[] fixable = {0};
        Pages pages = new Pages(session, ruleCode, fixesFor(ruleCode, options), tally);
        while (pages.next(f -> {
            fixable[0]++;
            action.accept(f);
        })) {
            // each page's fixes are handed over as they are found
        }
        return new Listed(fixable[0], tally.ambiguous, tally.unfixable);
    }

    /**
     * A rule's issues a page at a time, in record order, each page ending with a whole record, and the
     * fixes of the cells they are about (each cell once, in issue order, as {@link #preview} has them).
     */
    private static final class Pages {
        private final Session session;
        private final String rule;
        private final List<Fix> fixes;
        private final Tally tally;
        private long after;
        private boolean done;

        Pages(Session session, String rule, List<Fix> fixes, Tally tally) {
            this.session = session;
            this.rule = rule;
            this.fixes = fixes;
            this.tally = tally;
        }

        /** Proposes the next page's fixes; false when there was no page left. */
        boolean next(java.util.function.Consumer<ProposedFix> fixed) {
            if (done) {
                return false;
            }
            List<Issue> page = session.issuesOfRule(rule, after, ISSUES_PER_PAGE);
            int limit = ISSUES_PER_PAGE;
            while (page.size() == limit && page.get(0).record() == page.get(page.size() - 1).record()) {
                limit *= 2; // one record with more issues of the rule than a page holds (not met in practice)
                page = session.issuesOfRule(rule, after, limit);
            }
            if (page.size() < limit) {
                done = true;
            } else {
                // the page may end part way through a record's issues: that record starts the next page
                long cut = page.get(page.size() - 1).record();
                page = page.stream().filter(i -> i.record() != cut).toList();
            }
            if (page.isEmpty()) {
                done = true;
                return false;
            }
            after = page.get(page.size() - 1).record();
            Profile profile = session.profile();
            List<long[]> cells = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Issue issue : page) {
                int item = itemIndex(profile, issue);
                if (item >= 0 && seen.add(issue.record() + ":" + item)) {
                    cells.add(new long[] {issue.record(), item});
                }
            }
            for (int from = 0; from < cells.size(); from += RECORDS_PER_READ) {
                propose(session, fixes, cells.subList(from, Math.min(cells.size(), from + RECORDS_PER_READ)), tally,
                        fixed);
            }
            return true;
        }
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
