package org.didworkbench.domain.reference;

/** A list of postcodes that exist. */
public interface PostcodeDirectory {

    /**
     * True when the postcode exists. The argument is compared after upper-casing and reducing the
     * space between outward and inward parts to one, so {@code ls1  4hr} matches {@code LS1 4HR}.
     */
    boolean contains(String postcode);
}
