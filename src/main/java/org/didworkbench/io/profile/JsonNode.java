package org.didworkbench.io.profile;

import java.util.List;
import java.util.Map;

/**
 * A JSON value with the line and column it starts at, which Jackson's own tree does not keep.
 *
 * @param value  {@link String}, {@link Long}, {@link Double}, {@link Boolean}, null, {@code List<JsonNode>} or
 *               {@code Map<String, JsonNode>} (in file order)
 * @param line   1-based line
 * @param column 1-based column
 */
record JsonNode(Object value, int line, int column) {

    boolean isObject() {
        return value instanceof Map<?, ?>;
    }

    @SuppressWarnings("unchecked")
    Map<String, JsonNode> object() {
        return (Map<String, JsonNode>) value;
    }

    @SuppressWarnings("unchecked")
    List<JsonNode> list() {
        return (List<JsonNode>) value;
    }

    /** The type in words, for messages. */
    String typeName() {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Long) {
            return "a whole number";
        }
        if (value instanceof Double) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "true/false";
        }
        return value instanceof List<?> ? "a list" : "an object";
    }
}
