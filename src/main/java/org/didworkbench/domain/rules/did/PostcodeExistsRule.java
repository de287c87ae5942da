package org.didworkbench.domain.rules.did;

import static org.didworkbench.domain.rules.did.DidV1Items.POSTCODE;

import org.didworkbench.domain.reference.PostcodeDirectory;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * DIDS016: a postcode, unless it is a ZZ99 pseudo-postcode, must be in the postcode directory. A
 * terminated postcode still counts as existing: the national pipeline derives areas "from the
 * postcode at the test date", so it holds terminated postcodes too.
 */
final class PostcodeExistsRule extends ReferenceRuleBase {
    private static final String PSEUDO = "ZZ99";

    PostcodeExistsRule() {
        super("DIDS016", Severity.ERROR, RuleKind.VALIDITY, ReferenceKind.POSTCODES,
                "POSTCODE OF USUAL ADDRESS, when given and not a ZZ99 pseudo-postcode, must be in the postcode"
                        + " directory.", POSTCODE);
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String postcode = r.value(POSTCODE);
        if (postcode == null || postcode.regionMatches(true, 0, PSEUDO, 0, PSEUDO.length())) {
            return null;
        }
        PostcodeDirectory directory = context.reference().postcodes().orElse(null);
        if (directory == null || directory.contains(postcode)) {
            return null;
        }
        return new Finding(postcode, dd(POSTCODE) + " '" + postcode + "' is not in the postcode directory;"
                + " expected the postcode of the patient's usual address, or a ZZ99 pseudo-postcode (e.g. ZZ99 3WZ)"
                + " when it is not known.");
    }
}
