package org.didworkbench.domain.rules.did;

import static org.didworkbench.domain.rules.did.DidV1Items.DIAGNOSTIC_TEST_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.IMAGING_CODE_NICIP;
import static org.didworkbench.domain.rules.did.DidV1Items.IMAGING_CODE_SNOMED;

import java.time.LocalDate;
import java.util.List;

import org.didworkbench.domain.reference.ImagingCodeEntry;
import org.didworkbench.domain.reference.ImagingCodeTable;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * The four NICIP / SNOMED CT currency rules, one class with two switches (which code, which
 * outcome):
 * <ul>
 * <li>DIDS057 / DIDS059 (error): the code must be in the table and active on the test date, or
 * have ended no more than 6 calendar months before it;</li>
 * <li>DIDS077 / DIDS078 (warning): the code is accepted only by those 6 months of grace.</li>
 * </ul>
 * A SNOMED CT code is looked up through the table's SCT_ID column: it stands as long as a NICIP
 * row mapping to it does. All pass when the code is blank or the test date blank or invalid.
 */
final class ImagingCodeCurrencyRule extends ReferenceRuleBase {
    private final boolean snomed;
    private final boolean graceWarning;
    private final ItemRef codeItem;
    private final ItemRef testItem;

    private ImagingCodeCurrencyRule(String code, boolean snomed, boolean graceWarning, String description) {
        this(code, graceWarning ? Severity.WARNING : Severity.ERROR, snomed, graceWarning,
                v1(snomed ? IMAGING_CODE_SNOMED : IMAGING_CODE_NICIP), v1(DIAGNOSTIC_TEST_DATE), description);
    }

    /**
     * @param snomed       true to check a SNOMED CT code (through the table's mapping), false a NICIP code
     * @param graceWarning true for the warning that a code is accepted only by the grace months (DIDS077/078),
     *                     false for the error that it is unknown or expired (DIDS057/059)
     */
    ImagingCodeCurrencyRule(String code, Severity severity, boolean snomed, boolean graceWarning, ItemRef codeItem,
                            ItemRef testItem, String description) {
        super(code, severity, graceWarning ? RuleKind.CONSISTENCY : RuleKind.VALIDITY, ReferenceKind.IMAGING_CODES,
                description, codeItem, testItem);
        this.snomed = snomed;
        this.graceWarning = graceWarning;
        this.codeItem = codeItem;
        this.testItem = testItem;
    }

    /** The default description of the rule for these items. */
    static String description(boolean snomed, boolean graceWarning, ItemRef codeItem, ItemRef testItem) {
        if (graceWarning) {
            return codeItem.label() + " should be active on the " + testItem.label() + "; a code that ended in the 6"
                    + " months before is accepted with this warning.";
        }
        return codeItem.label() + ", when given, must be " + (snomed ? "mapped from" : "in") + " the NICIP table and"
                + " active on the " + testItem.label() + ", or have ended no more than 6 months before.";
    }

    static ImagingCodeCurrencyRule nicipExists() {
        return new ImagingCodeCurrencyRule("DIDS057", false, false, "IMAGING CODE (NICIP), when given, must be in"
                + " the NICIP table and active on the DIAGNOSTIC TEST DATE, or have ended no more than 6 months before.");
    }

    static ImagingCodeCurrencyRule snomedExists() {
        return new ImagingCodeCurrencyRule("DIDS059", true, false, "IMAGING CODE (SNOMED-CT), when given, must be"
                + " mapped from the NICIP table and active on the DIAGNOSTIC TEST DATE, or have ended no more than 6"
                + " months before.");
    }

    static ImagingCodeCurrencyRule nicipGrace() {
        return new ImagingCodeCurrencyRule("DIDS077", false, true, "IMAGING CODE (NICIP) should be active on the"
                + " DIAGNOSTIC TEST DATE; a code that ended in the 6 months before is accepted with this warning.");
    }

    static ImagingCodeCurrencyRule snomedGrace() {
        return new ImagingCodeCurrencyRule("DIDS078", true, true, "IMAGING CODE (SNOMED-CT) should be active on the"
                + " DIAGNOSTIC TEST DATE; a code that ended in the 6 months before is accepted with this warning.");
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String code = r.value(codeItem.index());
        LocalDate day = r.day(testItem.index());
        ImagingCodeTable table = context.reference().imagingCodes().orElse(null);
        if (code == null || day == null || table == null) {
            return null;
        }
        List<ImagingCodeEntry> rows = snomed ? table.snomed(code) : table.nicip(upper(code));
        ImagingCodeStatus status = ImagingCodeStatus.of(rows, day);
        String head = codeItem.label() + " '" + code + "' ";
        String onDay = "on the " + testItem.label() + " " + day;
        if (graceWarning) {
            if (status.state() != ImagingCodeStatus.State.GRACE) {
                return null;
            }
            return new Finding(code, head + "was no longer active " + onDay + " (ended " + status.date() + " in the"
                    + " NICIP table); it is accepted for " + ImagingCodeStatus.GRACE_MONTHS + " months after it ends,"
                    + " but a code active on the test date is expected.");
        }
        return switch (status.state()) {
            case ACTIVE, GRACE -> null;
            case UNKNOWN -> new Finding(code, head + (snomed
                    ? "is not a SNOMED CT concept the NICIP table maps to; expected the SNOMED CT code of an imaging"
                    + " procedure in the NICIP to SNOMED CT mapping."
                    : "is not in the NICIP table; expected a NICIP imaging procedure code from the table."));
            case EXPIRED -> new Finding(code, head + "was not active " + onDay + " (ended " + status.date()
                    + " in the NICIP table, more than " + ImagingCodeStatus.GRACE_MONTHS + " months before);"
                    + " expected a code active on the test date or ended no more than "
                    + ImagingCodeStatus.GRACE_MONTHS + " months before it.");
            case NOT_YET_ACTIVE -> new Finding(code, head + "was not active " + onDay + " (starts " + status.date()
                    + " in the NICIP table); expected a code active on the test date.");
        };
    }
}
