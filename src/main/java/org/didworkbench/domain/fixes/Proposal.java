package org.didworkbench.domain.fixes;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Fix} says about one value: a corrected value, "ambiguous" (two readings are possible
 * and the fix will not guess), or nothing (the fix does not apply).
 *
 * @param outcome what kind of answer this is
 * @param value   the corrected value when {@code outcome} is {@link Outcome#FIXED}, else null
 */
public record Proposal(Outcome outcome, String value) {

    /** The kinds of answer. */
    public enum Outcome {
        /** A safe correction exists: {@link #value} is the new value. */
        FIXED,
        /** The value could be read more than one way (e.g. 03/04/2026); the user must choose. */
        AMBIGUOUS,
        /** The fix does not apply to this value. */
        NONE
    }

    private static final Proposal AMBIGUOUS = new Proposal(Outcome.AMBIGUOUS, null);
    private static final Proposal NONE = new Proposal(Outcome.NONE, null);

    public Proposal {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.FIXED) != (value != null)) {
            throw new IllegalArgumentException("a value is given exactly when the outcome is FIXED");
        }
    }

    /** A correction to {@code value}. */
    public static Proposal fixed(String value) {
        return new Proposal(Outcome.FIXED, Objects.requireNonNull(value, "value"));
    }

    public static Proposal ambiguous() {
        return AMBIGUOUS;
    }

    public static Proposal none() {
        return NONE;
    }

    /** The corrected value, if there is one. */
    public Optional<String> fixedValue() {
        return Optional.ofNullable(value);
    }

    /** Says nothing of the value: it may be patient data. */
    @Override
    public String toString() {
        return "Proposal[" + outcome + "]";
    }
}
