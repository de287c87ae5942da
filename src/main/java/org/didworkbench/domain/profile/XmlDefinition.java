package org.didworkbench.domain.profile;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The XML form of a profile file, read (see {@link org.didworkbench.domain.dataset.XmlLayout}).
 *
 * @param location  the line it starts on
 * @param namespace the namespace URI
 * @param root      the root element
 * @param record    the record element
 * @param repeating the repeating group (each occurrence one record)
 * @param sequence  group → the order of its child elements, when given (may be empty)
 */
public record XmlDefinition(Location location, String namespace, String root, String record, String repeating,
                            Map<String, List<String>> sequence) {
    public XmlDefinition {
        Objects.requireNonNull(location, "location");
        sequence = Map.copyOf(sequence);
    }
}
