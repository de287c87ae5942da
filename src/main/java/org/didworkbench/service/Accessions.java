package org.didworkbench.service;

import java.util.List;
import java.util.function.LongFunction;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Profile;

/** The accession number of a record, which previews show beside the line so a department can find the examination. */
final class Accessions {
    private Accessions() {
    }

    /** The index of the profile's accession number item, or -1 when it has none. */
    static int itemOf(Profile profile) {
        List<DataItem> items = profile.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().contains("ACCESSION")) {
                return i;
            }
        }
        return -1;
    }

    /** Looks a record's accession number up in the session ("" when the profile has none). */
    static LongFunction<String> lookup(Session session) {
        int item = itemOf(session.profile());
        return record -> item < 0 ? "" : session.record(record).value(item);
    }
}
