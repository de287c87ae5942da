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
    private final ItemRef org;
    private final ItemRef request;
    private final ItemRef test;

    ReferringOrgLiveRule() {
        this("DIDS079", Severity.WARNING, v1(REFERRING_ORG_CODE), v1(DIAGNOSTIC_TEST_REQUEST_DATE),
                v1(DIAGNOSTIC_TEST_DATE));
    }

    ReferringOrgLiveRule(String code, Severity severity, ItemRef org, ItemRef request, ItemRef test) {
        super(code, severity, RuleKind.CONSISTENCY, ReferenceKind.ODS,
                org.label() + " should be open in ODS on the " + request.label() + " (or the "
                        + test.label() + " when the request date is blank).", org, request, test);
        this.org = org;
        this.request = request;
        this.test = test;
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String code = r.value(org.index());
        OdsDirectory ods = context.reference().ods().orElse(null);
        if (code == null || ods == null || DidV1Items.REFERRING_ORG_DEFAULTS.contains(upper(code))) {
            return null;
        }
        ItemRef dateItem = r.present(request.index()) ? request : test;
        LocalDate day = r.day(dateItem.index());
        OdsOrganisation found = ods.find(upper(code)).orElse(null);
        if (day == null || found == null || found.liveOn(day)) {
            return null;
        }
        String blankRequest = dateItem == test ? " (the " + request.label() + " is blank)" : "";
        return new Finding(code, org.label() + " '" + code + "' was not open on the " + dateItem.label() + " "
                + day + blankRequest + " " + OdsText.notLiveDetail(found, day)
                + "; expected the organisation that requested the test, open on that date.");
    }
}
