package org.didworkbench.domain.fixes;

import java.util.Set;

/**
 * One safe correction of a single value, tied to the rule codes whose issues it repairs.
 *
 * <p>Implementations are immutable and stateless. A fix never guesses: when a value can be read
 * more than one way it answers {@link Proposal#ambiguous()}, and when it does not apply (or the value
 * is already right) it answers {@link Proposal#none()}.
 */
public interface Fix {

    /** A short stable identifier, e.g. {@code postcode-spacing}. */
    String id();

    /** Plain English, used in the change-log reason, e.g. "postcode spacing and case". */
    String description();

    /** The rule codes whose issues this fix repairs (empty for a fix that applies to any item). */
    Set<String> ruleCodes();

    /**
     * Proposes a corrected value.
     *
     * @param value the value as it stands (not null; may carry surrounding white space)
     * @return the correction, ambiguous, or none; a FIXED value always differs from {@code value}
     */
    Proposal propose(String value);
}
