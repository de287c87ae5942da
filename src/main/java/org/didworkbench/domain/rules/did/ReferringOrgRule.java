package org.didworkbench.domain.rules.did;

import static org.didworkbench.domain.rules.did.DidV1Items.REFERRING_ORG_CODE;

import org.didworkbench.domain.reference.OdsDirectory;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * DIDS024: a referring organisation code must be a default ({@link DidV1Items#REFERRING_ORG_DEFAULTS})
 * or in the ODS data. The national pipeline accepts ODS entries holding a "referring" role; the
 * ODS CSV downloads carry no roles, so the workbench accepts any entry it loaded (organisation,
 * trust, GP practice or site).
 */
final class ReferringOrgRule extends ReferenceRuleBase {
    private final ItemRef org;

    ReferringOrgRule() {
        this("DIDS024", Severity.ERROR, v1(REFERRING_ORG_CODE));
    }

    ReferringOrgRule(String code, Severity severity, ItemRef org) {
        super(code, severity, RuleKind.VALIDITY, ReferenceKind.ODS,
                org.label() + ", when given, must be a default code or an ODS organisation, practice"
                        + " or site.", org);
        this.org = org;
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String code = r.value(org.index());
        OdsDirectory ods = context.reference().ods().orElse(null);
        if (code == null || ods == null || DidV1Items.REFERRING_ORG_DEFAULTS.contains(upper(code))
                || ods.find(upper(code)).isPresent()) {
            return null;
        }
        return new Finding(code, org.label() + " '" + code + "' is not in the ODS data; expected the ODS"
                + " code of the organisation that requested the test (trust, GP practice or site), or X99999 when"
                + " not known, X99998 when not applicable.");
    }
}
