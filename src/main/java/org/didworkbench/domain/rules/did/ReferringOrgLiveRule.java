package org.didworkbench.domain.rules.did;

import static org.didworkbench.domain.rules.did.DidV1Items.DIAGNOSTIC_TEST_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.DIAGNOSTIC_TEST_REQUEST_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.REFERRING_ORG_CODE;

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
 * DIDS079 (warning): a referring organisation found in ODS should be open on the request date, or
 * on the test date when the request date is blank. Passes for defaults and unknown codes (DIDS024
 * reports those) and when the date that applies is blank or not a valid date.
 */
final class ReferringOrgLiveRule extends ReferenceRuleBase {

    ReferringOrgLiveRule() {
        super("DIDS079", Severity.WARNING, RuleKind.CONSISTENCY, ReferenceKind.ODS,
                "REFERRING ORGANISATION CODE should be open in ODS on the DIAGNOSTIC TEST REQUEST DATE (or the"
                        + " DIAGNOSTIC TEST DATE when the request date is blank).",
                REFERRING_ORG_CODE, DIAGNOSTIC_TEST_REQUEST_DATE, DIAGNOSTIC_TEST_DATE);
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String code = r.value(REFERRING_ORG_CODE);
        OdsDirectory ods = context.reference().ods().orElse(null);
        if (code == null || ods == null || DidV1Items.REFERRING_ORG_DEFAULTS.contains(upper(code))) {
            return null;
        }
        int dateItem = r.present(DIAGNOSTIC_TEST_REQUEST_DATE) ? DIAGNOSTIC_TEST_REQUEST_DATE : DIAGNOSTIC_TEST_DATE;
        LocalDate day = r.date(dateItem);
        OdsOrganisation org = ods.find(upper(code)).orElse(null);
        if (day == null || org == null || org.liveOn(day)) {
            return null;
        }
        String blankRequest = dateItem == DIAGNOSTIC_TEST_DATE
                ? " (the " + dd(DIAGNOSTIC_TEST_REQUEST_DATE) + " is blank)" : "";
        return new Finding(code, dd(REFERRING_ORG_CODE) + " '" + code + "' was not open on the " + dd(dateItem) + " "
                + day + blankRequest + " " + OdsText.notLiveDetail(org, day)
                + "; expected the organisation that requested the test, open on that date.");
    }
}
