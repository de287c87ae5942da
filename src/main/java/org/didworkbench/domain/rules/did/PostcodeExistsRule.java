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
    private final ItemRef postcode;

    PostcodeExistsRule() {
        this("DIDS016", Severity.ERROR, v1(POSTCODE));
    }

    PostcodeExistsRule(String code, Severity severity, ItemRef postcode) {
        super(code, severity, RuleKind.VALIDITY, ReferenceKind.POSTCODES,
                postcode.label() + ", when given and not a ZZ99 pseudo-postcode, must be in the postcode"
                        + " directory.", postcode);
        this.postcode = postcode;
    }

    @Override
    public Finding check(RecordView r, RuleContext context) {
        String value = r.value(postcode.index());
        if (value == null || value.regionMatches(true, 0, PSEUDO, 0, PSEUDO.length())) {
            return null;
        }
        PostcodeDirectory directory = context.reference().postcodes().orElse(null);
        if (directory == null || directory.contains(value)) {
            return null;
        }
        return new Finding(value, postcode.label() + " '" + value + "' is not in the postcode directory;"
                + " expected the postcode of the patient's usual address, or a ZZ99 pseudo-postcode (e.g. ZZ99 3WZ)"
                + " when it is not known.");
    }
}
