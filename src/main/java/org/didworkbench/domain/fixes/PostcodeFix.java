package org.didworkbench.domain.fixes;

import java.util.Locale;
import java.util.Set;

import org.didworkbench.domain.rules.checks.Postcode;

/**
 * DIDS017: writes a postcode in capitals with one space before the inward code ('ls14hr' →
 * 'LS1 4HR'), only when the result has the DIDS017 shape. Any white space inside is dropped first,
 * so 'LS1  4HR' and 'LS14 HR' become 'LS1 4HR' too.
 */
public final class PostcodeFix implements Fix {

    @Override
    public String id() {
        return "postcode-spacing";
    }

    @Override
    public String description() {
        return "postcode spacing and case";
    }

    @Override
    public Set<String> ruleCodes() {
        return Set.of("DIDS017");
    }

    @Override
    public Proposal propose(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        String packed = b.toString().toUpperCase(Locale.ROOT);
        if (packed.length() < 5 || packed.length() > 7) {
            return Proposal.none();
        }
        String spaced = packed.substring(0, packed.length() - 3) + " " + packed.substring(packed.length() - 3);
        return Postcode.matchesDids017(spaced) && !spaced.equals(value) ? Proposal.fixed(spaced) : Proposal.none();
    }
}
