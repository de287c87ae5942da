package org.didworkbench.domain.bulk;

import java.util.Locale;

/**
 * The key that puts similar values of an item in one cluster: the value in capitals with every
 * character that is not a letter or a digit removed, so 'ls1 4ab', 'LS1  4AB', 'LS1-4AB' and 'LS14AB'
 * share the key 'LS14AB'. Case, spacing and punctuation are the differences a RIS export or a typist
 * introduces; letters and digits are what a value means, so they are kept in order.
 */
public final class ClusterKey {
    private ClusterKey() {
    }

    /** The key of a value; empty for a value with no letter or digit (such values are never clustered). */
    public static String of(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
