package org.didworkbench.domain.rules.did;

import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.rules.RecordRule;

/** The DID v1 (DIDS v1.0) profile: 18 items in CSV order and the national DPS rule set. */
public final class DidV1Profile {
    public static final String ID = "did-v1";
    public static final String TITLE = "DID v1 (DIDS v1.0)";
    /** Code reported for a record of the wrong shape (wrong field count, broken quotes). */
    public static final String STRUCTURE_RULE = "DIDS075";

    private DidV1Profile() {
    }

    public static Profile create() {
        List<RecordRule> rules = new ArrayList<>(DidV1RecordRules.create());
        rules.addAll(DidV1ReferenceRules.create());
        rules.sort(java.util.Comparator.comparing(RecordRule::code));
        return new Profile(ID, TITLE, false, DidV1Items.items(), rules,
                List.of(new DuplicateAccessionRule()), STRUCTURE_RULE);
    }
}
