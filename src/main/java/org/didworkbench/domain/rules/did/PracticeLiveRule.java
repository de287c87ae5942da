package org.didworkbench.domain.rules.did;

import static org.didworkbench.domain.rules.did.DidV1Items.DIAGNOSTIC_TEST_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.PRACTICE_CODE;

import java.time.LocalDate;

import org.didworkbench.domain.reference.OdsDirectory;
import org.didworkbench.domain.reference.OdsOrganisation;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * DIDS080 (warning): a GP practice (or prescribing cost centre) found in ODS should be open on the
 * test date. Passes for defaults, for codes DIDS018 rejects, and when the test date is blank or
 * invalid.
 */
final class PracticeLiveRule extends ReferenceRuleBase {

    PracticeLiveRule() {
        super("DIDS080", Severity.WARNING, RuleKind.CONSISTENCY, ReferenceKind.ODS,
                "GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) should be open in ODS on the DIAGNOSTIC TEST"
                        + " DATE.", PRACTICE_CODE, DIAGNOSTIC_TEST_DATE);
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String code = r.value(PRACTICE_CODE);
        LocalDate day = r.date(DIAGNOSTIC_TEST_DATE);
        OdsDirectory ods = context.reference().ods().orElse(null);
        if (code == null || day == null || ods == null || DidV1Items.PRACTICE_DEFAULTS.contains(upper(code))) {
            return null;
        }
        OdsOrganisation practice = ods.find(upper(code)).orElse(null);
        if (practice == null || !practice.isPracticeOrPrescribingCostCentre() || practice.liveOn(day)) {
            return null;
        }
        return new Finding(code, dd(PRACTICE_CODE) + " '" + code + "' was not open on the " + dd(DIAGNOSTIC_TEST_DATE)
                + " " + day + " " + OdsText.notLiveDetail(practice, day)
                + "; expected the practice the patient was registered with on that date.");
    }
}
