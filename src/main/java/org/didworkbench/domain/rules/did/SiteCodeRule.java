package org.didworkbench.domain.rules.did;

import static org.didworkbench.domain.rules.did.DidV1Items.SITE_CODE_IMAGING;

import java.util.regex.Pattern;

import org.didworkbench.domain.reference.OdsDirectory;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * DIDS068: a site code of valid format (5–12 letters and digits; DIDS069 reports the others) must be
 * a site default ({@link DidV1Items#SITE_DEFAULTS}) or known to ODS at any time: an entry of the
 * loaded files, open or closed, or a code the ODS succession file says was replaced.
 */
final class SiteCodeRule extends ReferenceRuleBase {
    static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9]{5,12}");
    private final ItemRef site;

    SiteCodeRule() {
        this("DIDS068", Severity.ERROR, v1(SITE_CODE_IMAGING));
    }

    SiteCodeRule(String code, Severity severity, ItemRef site) {
        super(code, severity, RuleKind.VALIDITY, ReferenceKind.ODS,
                site.label() + ", when of valid format, must be a site default code or a code known to ODS"
                        + " at any time (succession followed).", site);
        this.site = site;
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String code = r.value(site.index());
        OdsDirectory ods = context.reference().ods().orElse(null);
        if (code == null || ods == null || !FORMAT.matcher(code).matches()
                || DidV1Items.SITE_DEFAULTS.contains(upper(code)) || ods.known(upper(code))) {
            return null;
        }
        return new Finding(code, site.label() + " '" + code + "' is not in the ODS data, open or closed,"
                + " nor in its succession file; expected the ODS code of the site where the test was done, or R9998"
                + " (not a hospital site), 89999 (non-NHS UK provider) or 89997 (non-UK provider).");
    }
}
