package org.didworkbench.domain.history;

import java.util.Objects;

/**
 * One data item's counts in a remembered submission (from {@code domain.quality.ItemQuality}).
 *
 * @param item     the item name (e.g. {@code ETHNIC_CATEGORY})
 * @param title    its data dictionary name (e.g. {@code ETHNIC CATEGORY}), for sentences
 * @param records  well-formed records counted
 * @param present  records with a value
 * @param valid    present values that fail no validity rule about the item
 * @param defaults present values that are a default ("not known") code
 */
public record ItemFigures(String item, String title, long records, long present, long valid, long defaults) {

    public ItemFigures {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(title, "title");
    }

    /** Share of records with a value, 0..1 (0 when there are no records). */
    public double completeness() {
        return records == 0 ? 0 : (double) present / records;
    }
}
