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
    private final ItemRef practice;
    private final ItemRef test;

    PracticeLiveRule() {
        this("DIDS080", Severity.WARNING, v1(PRACTICE_CODE), v1(DIAGNOSTIC_TEST_DATE));
    }

    PracticeLiveRule(String code, Severity severity, ItemRef practice, ItemRef test) {
        super(code, severity, RuleKind.CONSISTENCY, ReferenceKind.ODS,
                practice.label() + " should be open in ODS on the " + test.label() + ".", practice, test);
        this.practice = practice;
        this.test = test;
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String code = r.value(practice.index());
        LocalDate day = r.day(test.index());
        OdsDirectory ods = context.reference().ods().orElse(null);
        if (code == null || day == null || ods == null || DidV1Items.PRACTICE_DEFAULTS.contains(upper(code))) {
            return null;
        }
        OdsOrganisation found = ods.find(upper(code)).orElse(null);
        if (found == null || !found.isPracticeOrPrescribingCostCentre() || found.liveOn(day)) {
            return null;
        }
        return new Finding(code, practice.label() + " '" + code + "' was not open on the " + test.label()
                + " " + day + " " + OdsText.notLiveDetail(found, day)
                + "; expected the practice the patient was registered with on that date.");
    }
}
