package org.didworkbench.domain.fixes;

import java.util.Set;

import org.didworkbench.domain.dataset.Text;

/**
 * Removes leading and trailing white space from any item. The national pipeline strips it before
 * validating, so no rule fails because of it; the fix tidies the file, and every other fix trims too.
 */
public final class TrimFix implements Fix {

    @Override
    public String id() {
        return "trim";
    }

    @Override
    public String description() {
        return "remove surrounding white space";
    }

    @Override
    public Set<String> ruleCodes() {
        return Set.of();
    }

    @Override
    public Proposal propose(String value) {
        String trimmed = Text.strip(value);
        return trimmed.equals(value) ? Proposal.none() : Proposal.fixed(trimmed);
    }
}
