package org.didworkbench.domain.rules.did;

import static org.didworkbench.domain.rules.did.DidV1Items.DIAGNOSTIC_TEST_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.SITE_CODE_IMAGING;

import java.time.LocalDate;

import org.didworkbench.domain.reference.OdsDirectory;
import org.didworkbench.domain.reference.OdsOrganisation;
import org.didworkbench.domain.reference.OdsSuccession;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * DIDS081 (warning): the imaging site should be open on the test date. A site in the ODS files is
 * judged by its open and close dates; a code known only from the succession file is taken as
 * closed from the day its successor took over. Passes for defaults, badly formed or unknown codes
 * (DIDS069 and DIDS068 report those) and when the test date is blank or invalid.
 */
final class SiteLiveRule extends ReferenceRuleBase {

    SiteLiveRule() {
        super("DIDS081", Severity.WARNING, RuleKind.CONSISTENCY, ReferenceKind.ODS,
                "SITE CODE (OF IMAGING) should be open in ODS on the DIAGNOSTIC TEST DATE.",
                SITE_CODE_IMAGING, DIAGNOSTIC_TEST_DATE);
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String code = r.value(SITE_CODE_IMAGING);
        LocalDate day = r.date(DIAGNOSTIC_TEST_DATE);
        OdsDirectory ods = context.reference().ods().orElse(null);
        if (code == null || day == null || ods == null || !SiteCodeRule.FORMAT.matcher(code).matches()
                || DidV1Items.SITE_DEFAULTS.contains(upper(code))) {
            return null;
        }
        String start = dd(SITE_CODE_IMAGING) + " '" + code + "' was not open on the " + dd(DIAGNOSTIC_TEST_DATE) + " "
                + day + " ";
        String expected = "; expected the site where the test was done, open on that date.";
        OdsOrganisation site = ods.find(upper(code)).orElse(null);
        if (site != null) {
            return site.liveOn(day) ? null : new Finding(code, start + OdsText.notLiveDetail(site, day) + expected);
        }
        for (OdsSuccession s : ods.successionsOf(upper(code))) {
            if (s.effectiveDate() != null && !s.effectiveDate().isAfter(day)) {
                return new Finding(code, start + "(succeeded by " + s.newCode() + " from " + s.effectiveDate()
                        + " in the ODS succession data)" + expected);
            }
        }
        return null;
    }
}
