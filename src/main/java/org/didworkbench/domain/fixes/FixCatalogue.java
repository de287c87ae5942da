package org.didworkbench.domain.fixes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The safe corrections of DID v1, each tied to the rule codes it repairs.
 *
 * <p>Documented mappings: PERSON GENDER CODE CURRENT 'M' → '1' (male), 'F' → '2' (female),
 * 'U' → '0' (not known; 'U' means unknown, which is "not known", not "not specified" 9), in either
 * case (did-reference.md §1.4.3). The leading zero is added to NHS NUMBER STATUS INDICATOR CODE
 * (01–08, DIDS003) and PATIENT SOURCE SETTING TYPE (01–07, DIDS021); ETHNIC CATEGORY is put in
 * capitals (DIDS012). Every fix trims first; {@link #trim()} trims any item on its own.
 */
public final class FixCatalogue {
    static final Set<String> NHS_NUMBER_STATUS = Set.of("01", "02", "03", "04", "05", "06", "07", "08");
    static final Set<String> SOURCE_SETTING = Set.of("01", "02", "03", "04", "05", "06", "07");
    static final Set<String> ETHNIC = Set.of("A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P",
            "R", "S", "Z", "99");
    static final Set<String> GENDER = Set.of("0", "1", "2", "9");
    /** The gender mapping, documented above. */
    public static final Map<String, String> GENDER_MAPPING = Map.of("M", "1", "F", "2", "U", "0");

    private FixCatalogue() {
    }

    /** The fixes for a rule, most specific first; empty when the rule has none. Ambiguous dates stay. */
    public static List<Fix> forRule(String code) {
        return forRule(code, DateOrder.NONE);
    }

    /**
     * The fixes for a rule, most specific first; empty when the rule has none.
     *
     * @param dateOrder how the date fix reads a date that reads two ways
     */
    public static List<Fix> forRule(String code, DateOrder dateOrder) {
        Objects.requireNonNull(code, "code");
        List<Fix> out = new ArrayList<>();
        for (Fix f : all(dateOrder)) {
            if (f.ruleCodes().contains(code)) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** Every rule-tied fix. */
    public static List<Fix> all(DateOrder dateOrder) {
        return List.of(
                CodeFix.leadingZero("DIDS003", "NHS NUMBER STATUS INDICATOR CODE", NHS_NUMBER_STATUS),
                new DateFix(dateOrder),
                CodeFix.upperCase("DIDS012", "ETHNIC CATEGORY", ETHNIC),
                CodeFix.mapping("gender-mfu", "PERSON GENDER CODE CURRENT M/F/U to 1/2/0", "DIDS014",
                        GENDER_MAPPING, GENDER),
                new PostcodeFix(),
                CodeFix.leadingZero("DIDS021", "PATIENT SOURCE SETTING TYPE (DIAGNOSTIC IMAGING)", SOURCE_SETTING));
    }

    /** Trims any item (tied to no rule: the national service trims before validating). */
    public static Fix trim() {
        return new TrimFix();
    }

    /**
     * Applies the first of {@code fixes} that has something to say: its correction, or "ambiguous";
     * none when no fix applies.
     */
    public static Proposal propose(List<Fix> fixes, String value) {
        Proposal result = Proposal.none();
        for (Fix f : fixes) {
            Proposal p = f.propose(value);
            if (p.outcome() == Proposal.Outcome.FIXED) {
                return p;
            }
            if (p.outcome() == Proposal.Outcome.AMBIGUOUS) {
                result = p;
            }
        }
        return result;
    }
}
