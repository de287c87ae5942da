package org.didworkbench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.XmlBinding;
import org.didworkbench.domain.dataset.XmlLayout;

/**
 * Writes a corrected XML submission: the original text, with only the values that were changed
 * rewritten in place. A record element none of whose records was edited is written exactly as read; in
 * an edited one, each changed value replaces just the characters of its attribute value or element text
 * (escaped as XML requires, in the original quote style), and a value that was absent gets its attribute
 * or element added where the layout's sequence puts it, indented like its neighbours. Every other
 * character (declaration, comments, white space, attribute order, unknown elements) is kept.
 *
 * <p>A shared value (patient or referral) belongs to every record of its record element; when records of
 * one element were changed to different values, the file cannot say both, and the export stops with a
 * message naming them. Not thread-safe.
 */
public final class XmlCorrectedWriter {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern NAMESPACE = Pattern.compile("\\sxmlns(:[A-Za-z_][\\w.-]*)?\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    /** The file cannot be written as asked; the message says why and what to do. */
    public static final class ConflictException extends IOException {
        private static final long serialVersionUID = 1L;

        ConflictException(String message) {
            super(message);
        }
    }

    private final Profile profile;
    private final XmlLayout layout;
    private final XmlValues values;
    private final Writer out;
    private final List<Pending> group = new ArrayList<>();
    private String namespaces;
    private String lineEnding = "\n";

    private record Pending(long number, long line, String raw, String[] current) {
    }

    /** Starts the file: writes the byte order mark when asked. Characters the charset lacks fail the write. */
    public XmlCorrectedWriter(Profile profile, Charset charset, boolean bom, OutputStream stream) throws IOException {
        this.profile = profile;
        this.layout = profile.xml();
        this.values = new XmlValues(layout, profile.itemCount());
        if (bom) {
            stream.write(UTF8_BOM);
        }
        this.out = new OutputStreamWriter(stream, charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        this.namespaces = "xmlns=\"" + layout.namespace() + "\"";
    }

    /** The text before the first record, written as it is; its root start tag gives the namespaces in scope. */
    public void preamble(String text) throws IOException {
        StringBuilder ns = new StringBuilder();
        Matcher m = NAMESPACE.matcher(text);
        while (m.find()) {
            ns.append(ns.length() == 0 ? "" : " ").append(m.group().strip());
        }
        if (ns.length() > 0) {
            namespaces = ns.toString();
        }
        if (text.contains("\r\n")) {
            lineEnding = "\r\n";
        } else if (text.indexOf('\r') >= 0 && text.indexOf('\n') < 0) {
            lineEnding = "\r";
        }
        out.write(text);
    }

    /**
     * One record, in file order.
     *
     * @param number  the record number (for messages)
     * @param line    the line it was read from (for messages), 0 when not known
     * @param raw     its original text
     * @param current its current values, or null when it was not edited
     */
    public void record(long number, long line, String raw, String[] current) throws IOException {
        if (startsRecordElement(raw) && !group.isEmpty()) {
            flush();
        }
        group.add(new Pending(number, line, raw, current));
    }

    /** The text after the last record, written as it is; then everything is flushed. */
    public void trailer(String text) throws IOException {
        flush();
        out.write(text);
        out.flush();
    }

    private boolean startsRecordElement(String raw) {
        if (!raw.startsWith("<") || raw.startsWith("</")) {
            return false;
        }
        int end = 1;
        while (end < raw.length() && !Character.isWhitespace(raw.charAt(end)) && raw.charAt(end) != '>'
                && raw.charAt(end) != '/') {
            end++;
        }
        return XmlFragment.local(raw.substring(1, end)).equals(layout.record());
    }

    private void flush() throws IOException {
        if (group.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        boolean edited = false;
        for (Pending p : group) {
            text.append(p.raw());
            edited |= p.current() != null;
        }
        out.write(edited ? rewrite(text.toString()) : text.toString());
        group.clear();
    }

    /** An edit of the group text: replace [start, end) with text. */
    private record Edit(int start, int end, String text, int order) {
    }

    private String rewrite(String g) throws IOException {
        List<XmlFragment.Element> top;
        XmlValues.Values original;
        try {
            top = XmlFragment.parse(g, 1);
            original = values.read(g.substring(0, top.get(0).end), namespaces, 1);
        } catch (XmlFragment.SyntaxException | XmlValues.Problem e) {
            throw new IOException("record " + group.get(0).number() + " no longer reads as XML: " + e.getMessage(), e);
        }
        XmlFragment.Element record = top.get(0);
        List<XmlFragment.Element> activities = record.children(layout.repeating());
        List<Edit> edits = new ArrayList<>();
        int items = profile.itemCount();
        for (int item = 0; item < items; item++) {
            XmlBinding b = layout.binding(item);
            if (b == null) {
                continue;
            }
            if (layout.repeats(item)) {
                for (int k = 0; k < group.size(); k++) {
                    String[] cur = group.get(k).current();
                    String was = values.record(original, k)[item];
                    if (cur != null && !cur[item].equals(was)) {
                        if (activities.size() <= k) {
                            throw new ConflictException("Record " + group.get(k).number() + where(group.get(k))
                                    + " has no " + layout.repeating() + " element to hold its new "
                                    + profile.items().get(item).dataDictionaryName() + "; the XML export cannot add one.");
                        }
                        set(g, activities.get(k), b.path().subList(1, b.path().size()), b, cur[item], edits, item);
                    }
                }
            } else {
                String was = original.shared()[item];
                Set<String> changed = new LinkedHashSet<>();
                List<Long> who = new ArrayList<>();
                for (Pending p : group) {
                    if (p.current() != null && !p.current()[item].equals(was)) {
                        changed.add(p.current()[item]);
                        who.add(p.number());
                    }
                }
                if (changed.size() > 1) {
                    throw new ConflictException("Records " + join(who) + " come from one " + layout.record()
                            + where(group.get(0)) + " and share its "
                            + profile.items().get(item).dataDictionaryName() + ", but they were changed to different"
                            + " values; give them the same value and export again.");
                }
                if (changed.size() == 1) {
                    set(g, record, b.path(), b, changed.iterator().next(), edits, item);
                }
            }
        }
        edits.sort(Comparator.comparingInt(Edit::start).reversed().thenComparing(Comparator
                .comparingInt(Edit::order).reversed()));
        StringBuilder s = new StringBuilder(g);
        for (Edit e : edits) {
            s.replace(e.start(), e.end(), e.text());
        }
        return s.toString();
    }

    private static String where(Pending p) {
        return p.line() > 0 ? " (line " + p.line() + ")" : "";
    }

    private static String join(List<Long> numbers) {
        List<String> s = numbers.stream().map(String::valueOf).toList();
        return s.size() == 1 ? s.get(0) : String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
    }

    /** Sets the value at a path below {@code scope}, adding what is missing. */
    private void set(String g, XmlFragment.Element scope, List<String> path, XmlBinding b, String value,
                     List<Edit> edits, int order) {
        XmlFragment.Element at = scope;
        for (int i = 0; i < path.size(); i++) {
            List<XmlFragment.Element> found = at.children(path.get(i));
            if (found.isEmpty()) {
                insert(g, at, path.subList(i, path.size()), b, value, edits, order);
                return;
            }
            at = found.get(0);
        }
        if (b.attribute() != null) {
            XmlFragment.Attribute a = at.attribute(b.attribute());
            if (a != null) {
                edits.add(new Edit(a.valueStart(), a.valueEnd(), escapeAttribute(value, a.quote()), order));
            } else {
                int before = at.selfClosing ? at.startTagEnd - 2 : at.startTagEnd - 1;
                edits.add(new Edit(before, before, " " + b.attribute() + "=\"" + escapeAttribute(value, '"') + "\"",
                        order));
            }
        } else if (at.selfClosing) {
            edits.add(new Edit(at.start, at.end, "<" + at.name + ">" + escapeText(value) + "</" + at.name + ">", order));
        } else {
            edits.add(new Edit(at.startTagEnd, at.contentEnd, escapeText(value), order));
        }
    }

    /** Adds the missing elements of a path under {@code parent}, after the sibling the sequence puts before them. */
    private void insert(String g, XmlFragment.Element parent, List<String> missing, XmlBinding b, String value,
                        List<Edit> edits, int order) {
        String prefix = parent.prefix().isEmpty() ? "" : parent.prefix() + ":";
        String indent = childIndent(g, parent);
        String step = step(g, parent, indent);
        String element = build(prefix, missing, b, value, indent, step);
        List<String> sequence = sequenceUnder(parent, missing.get(0));
        XmlFragment.Element before = null;
        int rank = sequence.indexOf(missing.get(0));
        for (XmlFragment.Element c : parent.children) {
            int r = sequence.indexOf(c.local());
            if (r >= 0 && r < rank) {
                before = c;
            }
        }
        if (parent.selfClosing) {
            String open = g.substring(parent.start, parent.startTagEnd - 2).stripTrailing();
            edits.add(new Edit(parent.start, parent.end, open + ">" + lineEnding + indent + element + lineEnding
                    + indentOf(g, parent.start) + "</" + parent.name + ">", order));
            return;
        }
        int at = before == null ? parent.startTagEnd : before.end;
        edits.add(new Edit(at, at, lineEnding + indent + element, order));
    }

    /** The child order of the element named {@code child}'s parent: the sequence of the group it is in. */
    private List<String> sequenceUnder(XmlFragment.Element parent, String child) {
        if (parent.local().equals(layout.record())) {
            return layout.groups();
        }
        List<String> s = layout.childOrder(parent.local());
        return s.contains(child) ? s : List.of(child);
    }

    /** A new element for the rest of a path, nested elements on lines of their own indented by {@code step}. */
    private String build(String prefix, List<String> path, XmlBinding b, String value, String indent, String step) {
        String name = prefix + path.get(0);
        if (path.size() > 1) {
            return "<" + name + ">" + lineEnding + indent + step + build(prefix, path.subList(1, path.size()), b,
                    value, indent + step, step) + lineEnding + indent + "</" + name + ">";
        }
        if (b.attribute() != null) {
            return "<" + name + " " + b.attribute() + "=\"" + escapeAttribute(value, '"') + "\"/>";
        }
        return "<" + name + ">" + escapeText(value) + "</" + name + ">";
    }

    /**
     * One level of indentation: the difference between a child's indentation and its own first child's,
     * found under {@code parent} (its own indentation may lie outside the text), else two spaces.
     */
    private static String step(String g, XmlFragment.Element parent, String childIndent) {
        for (XmlFragment.Element c : parent.children) {
            if (!c.children.isEmpty()) {
                String outer = indentOf(g, c.start);
                String inner = indentOf(g, c.children.get(0).start);
                if (inner.startsWith(outer) && inner.length() > outer.length()) {
                    return inner.substring(outer.length());
                }
            }
        }
        String own = parent.start > 0 ? indentOf(g, parent.start) : null;
        if (own != null && childIndent.startsWith(own) && childIndent.length() > own.length()) {
            return childIndent.substring(own.length());
        }
        return "  ";
    }

    /** The white space its children are indented with: that before its first child, else its own plus two spaces. */
    private static String childIndent(String g, XmlFragment.Element parent) {
        if (!parent.children.isEmpty()) {
            return indentOf(g, parent.children.get(0).start);
        }
        return indentOf(g, parent.start) + "  ";
    }

    /** The spaces and tabs between the line break before {@code offset} and it ("" when it follows other text). */
    private static String indentOf(String g, int offset) {
        int i = offset;
        while (i > 0 && (g.charAt(i - 1) == ' ' || g.charAt(i - 1) == '\t')) {
            i--;
        }
        if (i == 0 || g.charAt(i - 1) == '\n' || g.charAt(i - 1) == '\r') {
            return g.substring(i, offset);
        }
        return "";
    }

    static String escapeAttribute(String v, char quote) {
        StringBuilder s = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '"' -> s.append(quote == '"' ? "&quot;" : "\"");
                case '\'' -> s.append(quote == '\'' ? "&apos;" : "'");
                // attribute-value normalisation would turn these into spaces
                case '\t' -> s.append("&#9;");
                case '\n' -> s.append("&#10;");
                case '\r' -> s.append("&#13;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    static String escapeText(String v) {
        StringBuilder s = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '\r' -> s.append("&#13;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
