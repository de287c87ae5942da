package org.didworkbench.domain.rules.did;

/** A test of one normalised, non-blank value. Implementations are stateless. */
@FunctionalInterface
public interface ValueCheck {

    /**
     * Tests a value.
     *
     * @param value the normalised value, never null or blank
     * @return null when the value passes; else the rest of the message after the quoted value,
     *         saying what is wrong and what is expected, e.g.
     *         {@code "is 9 characters long; expected exactly 10 digits."}
     */
    String problem(String value);
}
