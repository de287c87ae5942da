package org.didworkbench.domain.rules.did;

import java.util.List;
import java.util.Objects;

import org.didworkbench.domain.dataset.DataItem;

/**
 * A rule's handle on one data item: its position in the profile (what the rule reads) and its
 * names (what the rule says). Lets the generic rules be bound to the items of any profile.
 *
 * @param index position of the item in file order
 * @param name  the short item name, e.g. {@code NHS_NUMBER}, used in {@code fields()}
 * @param label the data dictionary name, e.g. {@code NHS NUMBER}, used in messages
 */
public record ItemRef(int index, String name, String label) {
    public ItemRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
    }

    /** The item at {@code index} of a profile's items. */
    public static ItemRef of(List<DataItem> items, int index) {
        DataItem item = items.get(index);
        return new ItemRef(index, item.name(), item.dataDictionaryName());
    }
}
