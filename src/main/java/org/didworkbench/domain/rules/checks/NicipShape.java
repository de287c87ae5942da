package org.didworkbench.domain.rules.checks;

/**
 * The shape of a NICIP short code (did-reference.md §5.1): after upper-casing, 4 to 6 letters or
 * digits ({@code ^[A-Z0-9]{4,6}$}), e.g. MT2M, CCHES, NM123W. Membership needs the NICIP table.
 */
public final class NicipShape {
    private NicipShape() {
    }

    public static boolean matches(String s) {
        // Upper-casing first would accept only what [A-Za-z0-9] accepts, so no copy is needed.
        return Ascii.alphanumeric(s, 4, 6);
    }
}
