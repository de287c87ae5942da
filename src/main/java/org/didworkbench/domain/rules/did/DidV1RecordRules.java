package org.didworkbench.domain.rules.did;

import java.util.List;

import org.didworkbench.domain.rules.RecordRule;

/** The DID v1 record rules that need no reference data (did-reference.md §1.6), plus workbench DQW checks. */
final class DidV1RecordRules {
    private DidV1RecordRules() {
    }

    static List<RecordRule> create() {
        return List.of();
    }
}
