package org.didworkbench.domain.rules.did;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.didworkbench.domain.reference.ImagingCodeTable;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * When a NICIP code and a SNOMED CT code are both given and both valid (active on the day of
 * another item, or ended within the grace period), the SNOMED CT code must be one the NICIP code maps
 * to. This is the workbench's reading of DIDS v2.0 DIDSREJ012, which the published matrix raises only
 * in the "both valid" row (dids-v2-reference.md §3.2; the meaning is inferred, as v1's DIDS082). A
 * NICIP code with no mapping passes.
 */
public final class CodedProcedureMatchRule extends BaseRule {
    private final ItemRef nicip;
    private final ItemRef snomed;
    private final ItemRef at;
    private final Period grace;

    public CodedProcedureMatchRule(String code, Severity severity, ItemRef nicip, ItemRef snomed, ItemRef at,
                                   Period grace) {
        super(code, severity, RuleKind.CONSISTENCY, List.of(snomed, nicip, at),
                "When " + nicip.label() + " and " + snomed.label() + " are both given and both valid on the "
                        + at.label() + ", the SNOMED CT code must be one the NICIP code maps to.");
        this.nicip = nicip;
        this.snomed = snomed;
        this.at = at;
        this.grace = grace;
    }

    @Override
    public Set<ReferenceKind> references() {
        return Set.of(ReferenceKind.IMAGING_CODES);
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String n = r.value(nicip.index());
        String s = r.value(snomed.index());
        LocalDate day = r.day(at.index());
        ImagingCodeTable table = context.reference().imagingCodes().orElse(null);
        if (n == null || s == null || day == null || table == null
                || !ReferenceMemberRule.stands(table, false, n, day, grace)
                || !ReferenceMemberRule.stands(table, true, s, day, grace)) {
            return null;
        }
        Set<String> mapped = ImagingCodeMatchRule.mappedSnomed(table.nicip(n.toUpperCase(Locale.ROOT)), day);
        if (mapped.isEmpty() || mapped.contains(s)) {
            return null;
        }
        return new Finding(s, quoted(snomed, s) + " does not describe the same procedure as " + quoted(nicip, n)
                + ", which maps to SNOMED CT " + String.join(" or ", mapped) + " in the NICIP table; expected the"
                + " SNOMED CT code the NICIP code maps to (or only one of the two codes).");
    }
}
