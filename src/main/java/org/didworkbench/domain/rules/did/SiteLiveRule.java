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
    private final ItemRef site;
    private final ItemRef test;

    SiteLiveRule() {
        this("DIDS081", Severity.WARNING, v1(SITE_CODE_IMAGING), v1(DIAGNOSTIC_TEST_DATE));
    }

    SiteLiveRule(String code, Severity severity, ItemRef site, ItemRef test) {
        super(code, severity, RuleKind.CONSISTENCY, ReferenceKind.ODS,
                site.label() + " should be open in ODS on the " + test.label() + ".", site, test);
        this.site = site;
        this.test = test;
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String code = r.value(site.index());
        LocalDate day = r.day(test.index());
        OdsDirectory ods = context.reference().ods().orElse(null);
        if (code == null || day == null || ods == null || !SiteCodeRule.FORMAT.matcher(code).matches()
                || DidV1Items.SITE_DEFAULTS.contains(upper(code))) {
            return null;
        }
        String start = site.label() + " '" + code + "' was not open on the " + test.label() + " " + day + " ";
        String expected = "; expected the site where the test was done, open on that date.";
        OdsOrganisation found = ods.find(upper(code)).orElse(null);
        if (found != null) {
            return found.liveOn(day) ? null : new Finding(code, start + OdsText.notLiveDetail(found, day) + expected);
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
