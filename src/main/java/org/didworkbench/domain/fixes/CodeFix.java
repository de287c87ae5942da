package org.didworkbench.domain.fixes;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.didworkbench.domain.dataset.Text;

/**
 * Corrections of coded items: a value is rewritten (after trimming) only when the rewritten value is
 * one of the item's valid codes, so nothing valid is produced by accident. Built by the factory
 * methods, one per kind of slip.
 */
public final class CodeFix implements Fix {
    private final String id;
    private final String description;
    private final Set<String> rules;
    private final Set<String> validCodes;
    private final UnaryOperator<String> rewrite;

    private CodeFix(String id, String description, Set<String> rules, Set<String> validCodes,
                    UnaryOperator<String> rewrite) {
        this.id = id;
        this.description = description;
        this.rules = Set.copyOf(rules);
        this.validCodes = Set.copyOf(validCodes);
        this.rewrite = rewrite;
    }

    /** A single digit given without its leading zero ('1' → '01'), for two-character codes. */
    public static CodeFix leadingZero(String rule, String itemName, Set<String> validCodes) {
        return new CodeFix("leading-zero", itemName + " leading zero", Set.of(rule), validCodes,
                v -> v.length() == 1 ? "0" + v : v);
    }

    /** A code written in lower case ('a' → 'A'). */
    public static CodeFix upperCase(String rule, String itemName, Set<String> validCodes) {
        return new CodeFix("upper-case", itemName + " in capitals", Set.of(rule), validCodes,
                v -> v.toUpperCase(Locale.ROOT));
    }

    /** A documented mapping from a local code to the national one (case-insensitive on the key). */
    public static CodeFix mapping(String id, String description, String rule, Map<String, String> mapping,
                                  Set<String> validCodes) {
        Map<String, String> upper = Map.copyOf(mapping);
        return new CodeFix(id, description, Set.of(rule), validCodes,
                v -> upper.getOrDefault(v.toUpperCase(Locale.ROOT), v));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<String> ruleCodes() {
        return rules;
    }

    @Override
    public Proposal propose(String value) {
        Objects.requireNonNull(value, "value");
        String after = rewrite.apply(Text.strip(value));
        return validCodes.contains(after) && !after.equals(value) ? Proposal.fixed(after) : Proposal.none();
    }
}
