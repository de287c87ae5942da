package org.didworkbench.io.profile;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * Reads JSON into {@link JsonNode}s that remember their line, with Jackson's streaming parser (its
 * {@link JsonLocation} gives the line of each token). Strict JSON: no comments, no trailing commas;
 * a key repeated in one object is an error, as it would silently hide one of the values.
 */
final class LocatedJsonParser {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** A syntax error with its place. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        SyntaxException(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    private LocatedJsonParser() {
    }

    static JsonNode parse(Reader in) throws IOException, SyntaxException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new SyntaxException("the file is empty; expected a JSON object", 1);
            }
            JsonNode root = value(p, t);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new SyntaxException("has more after the end of the top-level object", line(p));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            // Jackson's messages can end with advice about its own features; the first sentence says what is wrong.
            int cut = message.indexOf('\n');
            if (cut > 0) {
                message = message.substring(0, cut);
            }
            throw new SyntaxException("is not valid JSON: " + message, at == null ? 0 : at.getLineNr());
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        return switch (t) {
            case START_OBJECT -> {
                Map<String, JsonNode> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    members.put(name, value(p, p.nextToken()));
                }
                yield new JsonNode(members, line, column);
            }
            case START_ARRAY -> {
                List<JsonNode> list = new ArrayList<>();
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(value(p, e));
                }
                yield new JsonNode(list, line, column);
            }
            case VALUE_STRING -> new JsonNode(p.getText(), line, column);
            case VALUE_NUMBER_INT -> new JsonNode(p.getLongValue(), line, column);
            case VALUE_NUMBER_FLOAT -> new JsonNode(p.getDoubleValue(), line, column);
            case VALUE_TRUE -> new JsonNode(Boolean.TRUE, line, column);
            case VALUE_FALSE -> new JsonNode(Boolean.FALSE, line, column);
            case VALUE_NULL -> new JsonNode(null, line, column);
            default -> throw new IllegalStateException("unexpected token " + t);
        };
    }
}
