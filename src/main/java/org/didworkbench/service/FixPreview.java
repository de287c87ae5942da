package org.didworkbench.service;

import java.util.List;
import java.util.Objects;

/**
 * What "fix all like this" would do for one rule, before anything is changed: the counts of the whole
 * change and its first changes, listed. It does not hold every change (a million-record file may have
 * hundreds of thousands): {@link FixService#apply} works them out again a chunk at a time with the same
 * options, and changes nothing unless they are the ones this preview counted.
 *
 * @param rule      the rule code, e.g. DIDS017
 * @param options   the choices the preview was made with (the apply uses the same)
 * @param listed    the first cells that would change, in record order, at most as many as were asked for;
 *                  every one when {@link #complete()}
 * @param fixable   how many cells would change
 * @param records   how many records would change (a record may have more than one cell fixed)
 * @param fixes     the fixes used, in order of first use, e.g. "postcode spacing and case"
 * @param ambiguous issues left alone because the value reads two ways (e.g. 03/04/2026 with no order chosen)
 * @param unfixable issues no fix applies to (they stay for the user to correct by hand)
 * @param digest    a digest of every change in order (record, item, before, after, fix), by which the apply
 *                  tells that it is making the changes this preview counted
 */
public record FixPreview(String rule, FixOptions options, List<ProposedFix> listed, int fixable, long records,
                         List<String> fixes, int ambiguous, int unfixable, long digest) {

    public FixPreview {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(options, "options");
        listed = List.copyOf(listed);
        fixes = List.copyOf(fixes);
    }

    /** True when every change is listed (no more than were asked for). */
    public boolean complete() {
        return listed.size() == fixable;
    }

    /**
     * The change-log reason for applying this preview, e.g. "fix DIDS017: postcode spacing and case"
     * (the fixes used, in order of first use).
     */
    public String reason() {
        return FixService.reason(rule, fixes);
    }

    /** Says nothing of the values listed: they may be patient data. */
    @Override
    public String toString() {
        return "FixPreview[rule=" + rule + ", fixable=" + fixable + ", listed=" + listed.size() + "]";
    }
}
