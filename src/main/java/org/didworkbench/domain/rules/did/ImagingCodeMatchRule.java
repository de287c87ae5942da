package org.didworkbench.domain.rules.did;

import static org.didworkbench.domain.rules.did.DidV1Items.DIAGNOSTIC_TEST_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.IMAGING_CODE_NICIP;
import static org.didworkbench.domain.rules.did.DidV1Items.IMAGING_CODE_SNOMED;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.didworkbench.domain.reference.ImagingCodeEntry;
import org.didworkbench.domain.reference.ImagingCodeTable;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * DIDS082: when both imaging codes are given and both are in the table, the SNOMED CT code the
 * NICIP code maps to must be the one submitted. The NICIP code's mapping is read from its rows
 * active on the test date or, when none is (or the test date is blank or invalid), from all its
 * rows; any of them matching is enough. A NICIP code with no mapped SNOMED CT code passes.
 */
final class ImagingCodeMatchRule extends ReferenceRuleBase {

    ImagingCodeMatchRule() {
        super("DIDS082", Severity.ERROR, RuleKind.CONSISTENCY, ReferenceKind.IMAGING_CODES,
                "When IMAGING CODE (NICIP) and IMAGING CODE (SNOMED-CT) are both given and known, the SNOMED CT code"
                        + " must be the one the NICIP code maps to.",
                IMAGING_CODE_SNOMED, IMAGING_CODE_NICIP, DIAGNOSTIC_TEST_DATE);
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String nicip = r.value(IMAGING_CODE_NICIP);
        String snomed = r.value(IMAGING_CODE_SNOMED);
        ImagingCodeTable table = context.reference().imagingCodes().orElse(null);
        if (nicip == null || snomed == null || table == null || table.snomed(snomed).isEmpty()) {
            return null;
        }
        List<ImagingCodeEntry> rows = table.nicip(upper(nicip));
        Set<String> mapped = mappedSnomed(rows, r.date(DIAGNOSTIC_TEST_DATE));
        if (mapped.isEmpty() || mapped.contains(snomed)) {
            return null;
        }
        return new Finding(snomed, dd(IMAGING_CODE_SNOMED) + " '" + snomed + "' does not match " + dd(IMAGING_CODE_NICIP)
                + " '" + nicip + "', which maps to SNOMED CT " + String.join(" or ", mapped) + " in the NICIP table;"
                + " expected the SNOMED CT code the NICIP code maps to (or only one of the two codes).");
    }

    private static Set<String> mappedSnomed(List<ImagingCodeEntry> rows, LocalDate day) {
        Set<String> active = new LinkedHashSet<>();
        Set<String> any = new LinkedHashSet<>();
        for (ImagingCodeEntry e : rows) {
            if (e.snomed() == null) {
                continue;
            }
            any.add(e.snomed());
            if (day != null && e.activeOn(day)) {
                active.add(e.snomed());
            }
        }
        return active.isEmpty() ? any : active;
    }
}
