package org.didworkbench.domain.reference;

import java.time.YearMonth;
import java.util.Optional;

/** A list of postcodes that exist. */
public interface PostcodeDirectory {

    /**
     * True when the postcode exists. The argument is compared after upper-casing and reducing the
     * space between outward and inward parts to one, so {@code ls1  4hr} matches {@code LS1 4HR}.
     */
    boolean contains(String postcode);

    /**
     * The month the postcode was terminated (ONSPD {@code doterm}), when the directory knows it;
     * empty for a live postcode, an unknown one, or a directory without termination dates.
     */
    default Optional<YearMonth> terminated(String postcode) {
        return Optional.empty();
    }
}
