package org.didworkbench.domain.rules.did;

import java.util.List;

import org.didworkbench.domain.rules.RecordRule;

/** The DID v1 rules that check values against reference data (ODS, postcodes, NICIP/SNOMED). */
final class DidV1ReferenceRules {
    private DidV1ReferenceRules() {
    }

    static List<RecordRule> create() {
        return List.of();
    }
}
