package org.didworkbench.domain.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;

/**
 * A message written in a profile file in place of a kind's own message, e.g. to use the wording of
 * the provider's ETOS. Placeholders in braces are filled for each failing record:
 * <ul>
 * <li>{@code {value}}: the value the finding is about;</li>
 * <li>{@code {message}}: the kind's own message (so a template can add to it);</li>
 * <li>{@code {code}}: the rule code;</li>
 * <li>{@code {ITEM_NAME}}: the record's value of that item (normalised, "" when blank);</li>
 * <li>{@code {count}} and {@code {lines}} (uniqueness rules only): how many records share the key, and
 *     "line 7" or "lines 7, 9 and 3 more" for the others.</li>
 * </ul>
 * {@code {{} and {@code }}} write a literal brace. Immutable.
 */
public final class MessageTemplate {
    /** Placeholders every template may use. */
    static final Set<String> COMMON = Set.of("value", "message", "code");
    /** Placeholders only uniqueness rules fill. */
    static final Set<String> UNIQUENESS = Set.of("count", "lines");

    /** A literal piece (item < 0 and name null) or a placeholder. */
    private record Part(String literal, String name, int item) {
    }

    private final String text;
    private final List<Part> parts;

    private MessageTemplate(String text, List<Part> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    /**
     * Parses a template.
     *
     * @param itemNames  the profile's item names, in file order (their positions are the item indexes)
     * @param uniqueness true when the rule is a uniqueness rule ({@code count} and {@code lines} allowed)
     * @return the template
     * @throws IllegalArgumentException with a message naming the bad placeholder or brace
     */
    public static MessageTemplate parse(String text, List<String> itemNames, boolean uniqueness) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int end = text.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("has a '{' at character " + (i + 1)
                            + " that is never closed; write {{ for a literal brace");
                }
                String name = text.substring(i + 1, end).strip();
                if (literal.length() > 0) {
                    parts.add(new Part(literal.toString(), null, -1));
                    literal.setLength(0);
                }
                parts.add(placeholder(name, itemNames, uniqueness));
                i = end + 1;
            } else if (c == '}') {
                throw new IllegalArgumentException("has a '}' at character " + (i + 1)
                        + " with no '{' before it; write }} for a literal brace");
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), null, -1));
        }
        return new MessageTemplate(text, parts);
    }

    private static Part placeholder(String name, List<String> itemNames, boolean uniqueness) {
        if (COMMON.contains(name) || (uniqueness && UNIQUENESS.contains(name))) {
            return new Part(null, name, -1);
        }
        int item = itemNames.indexOf(name);
        if (item >= 0) {
            return new Part(null, name, item);
        }
        List<String> allowed = new ArrayList<>(COMMON);
        if (uniqueness) {
            allowed.addAll(UNIQUENESS);
        }
        allowed.addAll(itemNames);
        String only = !uniqueness && UNIQUENESS.contains(name) ? " ({" + name + "} is for unique rules only)" : "";
        throw new IllegalArgumentException("has the placeholder {" + name + "}, which is not one of {value},"
                + " {message}, {code}" + (uniqueness ? ", {count}, {lines}" : "") + " or an item name" + only
                + Suggestions.didYouMean(name, allowed));
    }

    /** The template as written. */
    public String text() {
        return text;
    }

    /**
     * Fills the template for one finding.
     *
     * @param count for uniqueness rules, how many records share the key (else null)
     * @param lines for uniqueness rules, the other records' lines in words (else null)
     */
    public String render(RecordView record, Finding finding, String code, String count, String lines) {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            if (p.name() == null) {
                out.append(p.literal());
            } else if (p.item() >= 0) {
                out.append(record.shown(p.item()));
            } else {
                out.append(switch (p.name()) {
                    case "value" -> finding.value() == null ? "" : finding.value();
                    case "message" -> finding.message();
                    case "code" -> code;
                    case "count" -> count;
                    case "lines" -> lines;
                    default -> throw new IllegalStateException(p.name());
                });
            }
        }
        return out.toString();
    }
}
