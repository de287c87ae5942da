package org.didworkbench.io;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Profile;

/**
 * Recognises a header row: a first row most of whose fields are column names of the profile. A name matches an
 * item's name ({@code NHS_NUMBER}), its data dictionary name ({@code NHS NUMBER}) or one of its aliases (for DID v1
 * the short names NHS England's DPS pipeline uses downstream, such as {@code DATE_OF_BIRTH}; did-reference.md
 * §1.2), ignoring case, surrounding white space, and the difference between underscores and spaces.
 */
public final class HeaderNames {
    private final Set<String> names = new HashSet<>();

    public HeaderNames(Profile profile) {
        for (DataItem item : profile.items()) {
            names.add(normalise(item.name()));
            names.add(normalise(item.dataDictionaryName()));
            for (String alias : item.aliases()) {
                names.add(normalise(alias));
            }
        }
    }

    /** The share of the row's non-blank fields that are column names of the profile (0 when all are blank). */
    public double share(String[] values) {
        int nonBlank = 0;
        int known = 0;
        for (String v : values) {
            String n = normalise(v);
            if (!n.isEmpty()) {
                nonBlank++;
                if (names.contains(n)) {
                    known++;
                }
            }
        }
        return nonBlank == 0 ? 0 : (double) known / nonBlank;
    }

    /** True when at least two thirds of the row's non-blank fields are column names. */
    public boolean isHeader(String[] values) {
        int nonBlank = 0;
        int known = 0;
        for (String v : values) {
            String n = normalise(v);
            if (!n.isEmpty()) {
                nonBlank++;
                if (names.contains(n)) {
                    known++;
                }
            }
        }
        return nonBlank > 0 && known * 3 >= nonBlank * 2;
    }

    /** Upper case, trimmed, underscores as spaces, runs of white space as one space. */
    static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
