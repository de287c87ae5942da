package org.didworkbench.service;

import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.dataset.Normalisation;
import org.didworkbench.domain.rules.UniquenessRule;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.store.Workspace;

/**
 * The indexes that let an edit find the records sharing a key (e.g. accession number and site for
 * DIDS071) with one index lookup instead of a pass over a million records.
 */
final class KeyIndexes {
    private KeyIndexes() {
    }

    /** Builds the index of every file rule that names its key items, unless it exists. */
    static void ensure(Workspace ws, Validator validator) {
        for (UniquenessRule rule : validator.uniquenessRules()) {
            int[] items = rule.keyItems();
            if (items.length == 0) {
                continue;
            }
            List<Normalisation> normalisations = new ArrayList<>(items.length);
            for (int item : items) {
                normalisations.add(validator.profile().items().get(item).normalisation());
            }
            ws.createKeyIndex(rule.code(), items, normalisations);
        }
    }
}
