package org.didworkbench.domain.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param sequence  group element → the order its child elements must come in (the schema's sequence), used
 *                  when an element missing from a file has to be added; groups not listed follow item order
 */
public record XmlLayout(String namespace, String root, String record, String repeating, List<XmlBinding> bindings,
                        Map<String, List<String>> sequence) {
    public XmlLayout {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(repeating, "repeating");
        bindings = Collections.unmodifiableList(new ArrayList<>(bindings));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        sequence.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        sequence = Collections.unmodifiableMap(copy);
    }

    /**
     * The order of the child elements of a group: its sequence when given, else the order in which the
     * items bind them.
     */
    public List<String> childOrder(String group) {
        List<String> given = sequence.get(group);
        if (given != null) {
            return given;
        }
        List<String> out = new ArrayList<>();
        for (XmlBinding b : bindings) {
            if (b != null && b.group().equals(group) && !out.contains(b.path().get(1))) {
                out.add(b.path().get(1));
            }
        }
        return out;
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
