package org.didworkbench.domain.profile;

import java.util.Objects;

import org.didworkbench.domain.dataset.DataItem;

/**
 * One item of a profile file, read.
 *
 * @param path     where in the file, e.g. {@code items[3]}
 * @param location the line it starts on
 * @param item     the item as read (the binder checks names, codes and aliases across items)
 * @param xml      its XML binding as written ({@code Group/Element/@attribute}), or null
 */
public record ItemDefinition(String path, Location location, DataItem item, String xml) {
    public ItemDefinition {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(item, "item");
    }
}
