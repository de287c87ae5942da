package org.didworkbench.domain.rules.did;

import static org.didworkbench.domain.rules.did.DidV1Items.PRACTICE_CODE;

import java.util.Optional;

import org.didworkbench.domain.reference.OdsDirectory;
import org.didworkbench.domain.reference.OdsOrganisation;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * DIDS018: a GP practice code must be a default code ({@link DidV1Items#PRACTICE_DEFAULTS}) or an
 * ODS GP practice or prescribing cost centre. The ODS downloads carry no dated roles, so the role
 * is checked at any time; whether the practice was open on the test date is DIDS080's warning.
 */
final class PracticeCodeRule extends ReferenceRuleBase {
    static final String EXPECTED = "expected the ODS code of the patient's GP practice (or another prescribing cost"
            + " centre), or V81999 when not known, V81998 when not applicable, V81997 when not registered.";
    private final ItemRef practice;

    PracticeCodeRule() {
        this("DIDS018", Severity.ERROR, v1(PRACTICE_CODE));
    }

    PracticeCodeRule(String code, Severity severity, ItemRef practice) {
        super(code, severity, RuleKind.VALIDITY, ReferenceKind.ODS,
                practice.label() + ", when given, must be a default code or an ODS"
                        + " GP practice or prescribing cost centre.", practice);
        this.practice = practice;
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String code = r.value(practice.index());
        OdsDirectory ods = context.reference().ods().orElse(null);
        if (code == null || ods == null || DidV1Items.PRACTICE_DEFAULTS.contains(upper(code))) {
            return null;
        }
        Optional<OdsOrganisation> found = ods.find(upper(code));
        if (found.isEmpty()) {
            return new Finding(code, practice.label() + " '" + code + "' is not in the ODS data; " + EXPECTED);
        }
        if (found.get().isPracticeOrPrescribingCostCentre()) {
            return null;
        }
        return new Finding(code, practice.label() + " '" + code + "' is an ODS " + OdsText.what(found.get())
                + ", not a GP practice or prescribing cost centre; " + EXPECTED);
    }
}
