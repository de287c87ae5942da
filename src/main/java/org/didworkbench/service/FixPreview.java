package org.didworkbench.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What "fix all like this" would do for one rule, before anything is changed.
 *
 * @param rule      the rule code, e.g. DIDS017
 * @param changes   every cell that would change, in record order
 * @param ambiguous issues left alone because the value reads two ways (e.g. 03/04/2026 with no order chosen)
 * @param unfixable issues no fix applies to (they stay for the user to correct by hand)
 */
public record FixPreview(String rule, List<ProposedFix> changes, int ambiguous, int unfixable) {

    public FixPreview {
        changes = List.copyOf(changes);
    }

    /** How many cells would change. */
    public int fixable() {
        return changes.size();
    }

    /** How many records would change (a record may have more than one cell fixed). */
    public long records() {
        return changes.stream().mapToLong(ProposedFix::record).distinct().count();
    }

    /**
     * The change-log reason for applying this preview, e.g. "fix DIDS017: postcode spacing and case"
     * (the fixes used, in order of first use).
     */
    public String reason() {
        Set<String> fixes = new LinkedHashSet<>();
        changes.forEach(c -> fixes.add(c.fix()));
        return "fix " + rule + ": " + (fixes.isEmpty() ? "nothing to fix" : String.join("; ", fixes));
    }
}
