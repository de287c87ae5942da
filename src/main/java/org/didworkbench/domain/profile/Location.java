package org.didworkbench.domain.profile;

import java.util.Objects;

/**
 * Where something was written: the profile file's name and the 1-based line.
 *
 * @param source the file name (or "built-in did-v1.json"), never a patient value
 * @param line   1-based line, 0 when not known
 */
public record Location(String source, int line) {
    public Location {
        Objects.requireNonNull(source, "source");
    }

    /** "did-v2.json line 40", or the source alone when the line is not known. */
    @Override
    public String toString() {
        return line > 0 ? source + " line " + line : source;
    }
}
