package org.didworkbench.domain.dataset;

import java.util.List;
import java.util.Objects;

/**
 * Where one item's value sits in an XML submission, relative to the record element: a path of
 * element local names and, for coded and identifier items, the attribute holding the value (null
 * when the value is the element's text). For DID v1, NHS NUMBER is
 * {@code PersonalAndDemographics/NHSNumber/@extension} and the postcode
 * {@code PersonalAndDemographics/Address/postalCode}.
 *
 * @param path      element local names from the record element down, at least two (group, element)
 * @param attribute the attribute holding the value, or null for element text
 */
public record XmlBinding(List<String> path, String attribute) {
    public XmlBinding {
        path = List.copyOf(path);
        if (path.size() < 2) {
            throw new IllegalArgumentException("an XML binding needs a group and an element");
        }
    }

    /**
     * Parses the written form {@code Group/Element/@attribute} or {@code Group/Element/Child}.
     *
     * @return the binding, or null when the text is not of that form
     */
    public static XmlBinding parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split("/", -1);
        String attribute = null;
        int n = parts.length;
        if (n > 0 && parts[n - 1].startsWith("@")) {
            attribute = parts[n - 1].substring(1);
            n--;
            if (!isName(attribute)) {
                return null;
            }
        }
        if (n < 2) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (!isName(parts[i])) {
                return null;
            }
        }
        return new XmlBinding(List.of(parts).subList(0, n), attribute);
    }

    private static boolean isName(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** The group element directly under the record (e.g. {@code ImagingActivity}). */
    public String group() {
        return path.get(0);
    }

    /** The element holding the value (the last step of the path). */
    public String element() {
        return path.get(path.size() - 1);
    }

    /** The written form, as in profile files. */
    @Override
    public String toString() {
        return String.join("/", path) + (attribute == null ? "" : "/@" + attribute);
    }
}
