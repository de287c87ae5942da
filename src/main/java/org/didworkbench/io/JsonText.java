package org.didworkbench.io;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes nested maps, collections, strings, numbers, booleans and nulls as indented JSON, in exactly
 * the layout Jackson's default pretty printer gives ({@code "key" : value}, two-space indents,
 * arrays on one line, {@code [ ]} and {@code { }} when empty, the platform's line separator), so
 * files written before and after are alike.
 *
 * <p>Why not Jackson itself: its first use costs 0.2 to 0.4 s of start-up (building the mapper and
 * its serializers), paid by every {@code validate} and every import for a few kilobytes of figures.
 * Reading JSON still uses Jackson ({@link SummaryJson#parse}).
 */
final class JsonText {
    private static final String NEWLINE = System.lineSeparator();

    private JsonText() {
    }

    /** @throws IllegalArgumentException for a value of any other type (a map key is written with toString) */
    static String write(Object value) {
        StringBuilder out = new StringBuilder(4096);
        value(out, value, 0);
        return out.toString();
    }

    private static void value(StringBuilder out, Object v, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof CharSequence s) {
            string(out, s);
        } else if (v instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (v instanceof Double d) {
            real(out, d, d.isNaN() || d.isInfinite());
        } else if (v instanceof Float f) {
            real(out, f, f.isNaN() || f.isInfinite());
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger || v instanceof BigDecimal) {
            out.append(v);
        } else if (v instanceof Enum<?> e) {
            string(out, e.name());
        } else if (v instanceof Map<?, ?> m) {
            object(out, m, depth);
        } else if (v instanceof Iterable<?> it) {
            array(out, it.iterator(), depth);
        } else if (v.getClass().isArray()) {
            array(out, new Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < Array.getLength(v);
                }

                @Override
                public Object next() {
                    return Array.get(v, i++);
                }
            }, depth);
        } else {
            throw new IllegalArgumentException("Cannot write a " + v.getClass().getName() + " as JSON");
        }
    }

    /** Jackson writes Java's own text of a double, and NaN and the infinities as strings. */
    private static void real(StringBuilder out, Number n, boolean quoted) {
        if (quoted) {
            string(out, n.toString());
        } else {
            out.append(n);
        }
    }

    private static void object(StringBuilder out, Map<?, ?> m, int depth) {
        if (m.isEmpty()) {
            out.append("{ }");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.append(first ? "" : ",").append(NEWLINE);
            first = false;
            indent(out, depth + 1);
            string(out, String.valueOf(e.getKey()));
            out.append(" : ");
            value(out, e.getValue(), depth + 1);
        }
        out.append(NEWLINE);
        indent(out, depth);
        out.append('}');
    }

    private static void array(StringBuilder out, Iterator<?> it, int depth) {
        if (!it.hasNext()) {
            out.append("[ ]");
            return;
        }
        out.append("[ ");
        boolean first = true;
        while (it.hasNext()) {
            out.append(first ? "" : ", ");
            first = false;
            value(out, it.next(), depth);
        }
        out.append(" ]");
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /** Escapes as Jackson does: quote, backslash and control characters; everything else as it is. */
    private static void string(StringBuilder out, CharSequence s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(
                                Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
