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
    private final ItemRef snomedItem;
    private final ItemRef nicipItem;
    private final ItemRef testItem;

    ImagingCodeMatchRule() {
        this("DIDS082", Severity.ERROR, v1(IMAGING_CODE_SNOMED), v1(IMAGING_CODE_NICIP), v1(DIAGNOSTIC_TEST_DATE));
    }

    ImagingCodeMatchRule(String code, Severity severity, ItemRef snomedItem, ItemRef nicipItem, ItemRef testItem) {
        super(code, severity, RuleKind.CONSISTENCY, ReferenceKind.IMAGING_CODES,
                "When " + nicipItem.label() + " and " + snomedItem.label() + " are both given and known, the SNOMED CT"
                        + " code must be the one the NICIP code maps to.",
                snomedItem, nicipItem, testItem);
        this.snomedItem = snomedItem;
        this.nicipItem = nicipItem;
        this.testItem = testItem;
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String nicip = r.value(nicipItem.index());
        String snomed = r.value(snomedItem.index());
        ImagingCodeTable table = context.reference().imagingCodes().orElse(null);
        if (nicip == null || snomed == null || table == null || table.snomed(snomed).isEmpty()) {
            return null;
        }
        List<ImagingCodeEntry> rows = table.nicip(upper(nicip));
        Set<String> mapped = mappedSnomed(rows, r.day(testItem.index()));
        if (mapped.isEmpty() || mapped.contains(snomed)) {
            return null;
        }
        return new Finding(snomed, snomedItem.label() + " '" + snomed + "' does not match " + nicipItem.label()
                + " '" + nicip + "', which maps to SNOMED CT " + String.join(" or ", mapped) + " in the NICIP table;"
                + " expected the SNOMED CT code the NICIP code maps to (or only one of the two codes).");
    }

    static Set<String> mappedSnomed(List<ImagingCodeEntry> rows, LocalDate day) {
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
