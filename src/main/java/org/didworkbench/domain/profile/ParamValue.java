package org.didworkbench.domain.profile;

import java.util.List;
import java.util.Map;

/**
 * One rule parameter as written in a profile file, with where it was written.
 *
 * @param value    a {@link String}, {@link Long}, {@link Double}, {@link Boolean}, {@code List<ParamValue>},
 *                 {@code Map<String, ParamValue>}, or null for JSON null
 * @param location where the value starts
 */
public record ParamValue(Object value, Location location) {

    /** The JSON-ish type name of the value, for messages: text, whole number, number, true/false, list, object, null. */
    public String typeName() {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Long) {
            return "a whole number";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "true/false";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return value.getClass().getSimpleName();
    }
}
