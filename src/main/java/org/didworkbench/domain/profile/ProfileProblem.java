package org.didworkbench.domain.profile;

import java.util.Objects;

/**
 * One mistake in a profile file: where, and what, in a sentence that names the part of the file
 * (e.g. "rules[3].kind 'requierd' is not a rule kind; expected one of …").
 */
public record ProfileProblem(Location location, String message) {
    public ProfileProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** "did-v2.json line 40: rules[3].kind …". */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
