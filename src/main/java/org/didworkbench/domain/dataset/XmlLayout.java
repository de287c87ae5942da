package org.didworkbench.domain.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * How a profile's records are written as XML (did-reference.md §2.3): the namespace, the root
 * element, the record element, the repeating group under it (each occurrence is one record, the
 * other groups being shared by them all) and each item's place.
 *
 * @param namespace the namespace URI of every element
 * @param root      the root element's local name, e.g. {@code DIDS}
 * @param record    the record element's local name, e.g. {@code DIDSRecord}
 * @param repeating the repeating group's local name, e.g. {@code ImagingActivity}
 * @param bindings  one per item in file order; null for an item XML does not carry
 */
public record XmlLayout(String namespace, String root, String record, String repeating, List<XmlBinding> bindings) {
    public XmlLayout {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(repeating, "repeating");
        bindings = Collections.unmodifiableList(new ArrayList<>(bindings));
    }

    /** The item's binding, or null. */
    public XmlBinding binding(int item) {
        return item < bindings.size() ? bindings.get(item) : null;
    }

    /** True when the item is in the repeating group, i.e. belongs to one record alone. */
    public boolean repeats(int item) {
        XmlBinding b = binding(item);
        return b != null && b.group().equals(repeating);
    }

    /** The group elements in the order they first appear among the bindings. */
    public List<String> groups() {
        List<String> out = new ArrayList<>();
        for (XmlBinding b : bindings) {
            if (b != null && !out.contains(b.group())) {
                out.add(b.group());
            }
        }
        return out;
    }
}
