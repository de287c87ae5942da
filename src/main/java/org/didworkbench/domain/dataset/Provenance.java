package org.didworkbench.domain.dataset;

import java.util.Objects;

/**
 * How sure a profile is of one item or rule: confirmed by a published specification, or
 * provisional (inferred, carried over or guessed) with the reason. DIDS v2.0 is largely provisional
 * because its TOS and ETOS are not public (dids-v2-reference.md).
 *
 * @param provisional true when the item or rule is not confirmed by a published specification
 * @param basis       where it comes from or why it is provisional, in plain English; "" when not stated
 */
public record Provenance(boolean provisional, String basis) {
    /** Confirmed, with no note. */
    public static final Provenance CONFIRMED = new Provenance(false, "");

    public Provenance {
        basis = Objects.requireNonNullElse(basis, "");
    }

    public static Provenance confirmed(String basis) {
        return new Provenance(false, basis);
    }

    public static Provenance provisional(String basis) {
        return new Provenance(true, basis);
    }

    /** "confirmed" or "provisional", as profile files, the summary and the window show it. */
    public String label() {
        return provisional ? "provisional" : "confirmed";
    }
}
