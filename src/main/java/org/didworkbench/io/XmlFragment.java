package org.didworkbench.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of XML text parsed into elements that remember exactly where they are: the start tag, each
 * attribute's value, the content and the end tag, as character offsets into the text. Used to find the
 * cut points between records and to change one value without touching any other character. Comments,
 * CDATA sections and processing instructions are skipped over; entities are left as written (StAX
 * decodes values, see {@link XmlValues}). Not a validating parser: it checks only that tags nest.
 */
final class XmlFragment {

    /** An attribute: its name as written and where its value lies (between the quotes). */
    record Attribute(String name, int valueStart, int valueEnd, char quote) {
        String local() {
            return XmlFragment.local(name);
        }
    }

    /** An element with its spans. Offsets are into the parsed text; end offsets are exclusive. */
    static final class Element {
        final String name;
        final int start;
        final int startTagEnd;
        final boolean selfClosing;
        final List<Attribute> attributes;
        final List<Element> children = new ArrayList<>();
        final Element parent;
        final int line;
        int contentEnd;
        int end;

        Element(String name, int start, int startTagEnd, boolean selfClosing, List<Attribute> attributes,
                Element parent, int line) {
            this.name = name;
            this.start = start;
            this.startTagEnd = startTagEnd;
            this.selfClosing = selfClosing;
            this.attributes = attributes;
            this.parent = parent;
            this.line = line;
            this.contentEnd = selfClosing ? startTagEnd : -1;
            this.end = selfClosing ? startTagEnd : -1;
        }

        String local() {
            return XmlFragment.local(name);
        }

        /** The prefix as written ("" for none). */
        String prefix() {
            int colon = name.indexOf(':');
            return colon < 0 ? "" : name.substring(0, colon);
        }

        Attribute attribute(String localName) {
            for (Attribute a : attributes) {
                if (a.local().equals(localName) && !a.name().startsWith("xmlns")) {
                    return a;
                }
            }
            return null;
        }

        /** The children with this local name, in order. */
        List<Element> children(String localName) {
            List<Element> out = new ArrayList<>();
            for (Element c : children) {
                if (c.local().equals(localName)) {
                    out.add(c);
                }
            }
            return out;
        }
    }

    /** Text that is not well-formed enough to cut: says what and on which line. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        SyntaxException(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    private final String text;
    private int pos;
    private int line;

    private XmlFragment(String text, int firstLine) {
        this.text = text;
        this.line = firstLine;
    }

    static String local(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }

    /**
     * Parses text holding zero or more elements (and text, comments and so on between them).
     *
     * @param firstLine the line the text starts on, for the lines of elements and errors
     * @return the top-level elements
     */
    static List<Element> parse(String text, int firstLine) throws SyntaxException {
        return new XmlFragment(text, firstLine).elements();
    }

    private List<Element> elements() throws SyntaxException {
        List<Element> top = new ArrayList<>();
        Element open = null;
        while (true) {
            int lt = nextMarkup();
            if (lt < 0) {
                break;
            }
            if (text.startsWith("<!--", lt)) {
                skipTo(lt + 4, "-->", "a comment");
            } else if (text.startsWith("<![CDATA[", lt)) {
                skipTo(lt + 9, "]]>", "a CDATA section");
            } else if (text.startsWith("<?", lt)) {
                skipTo(lt + 2, "?>", "a processing instruction");
            } else if (text.startsWith("<!", lt)) {
                skipTo(lt + 2, ">", "a declaration");
            } else if (text.startsWith("</", lt)) {
                int startLine = line;
                String name = name(lt + 2);
                skipSpaces();
                expect('>', "the end tag </" + name);
                if (open == null || !open.name.equals(name)) {
                    throw new SyntaxException("the end tag </" + name + "> does not close "
                            + (open == null ? "any element" : "<" + open.name + "> (line " + open.line + ")"),
                            startLine);
                }
                open.contentEnd = lt;
                open.end = pos;
                open = open.parent;
            } else {
                Element e = startTag(lt, open);
                (open == null ? top : open.children).add(e);
                if (!e.selfClosing) {
                    open = e;
                }
            }
        }
        if (open != null) {
            throw new SyntaxException("<" + open.name + "> is never closed", open.line);
        }
        return top;
    }

    /** Moves to the next '<', counting lines; returns its offset or -1 at the end. */
    private int nextMarkup() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '<') {
                return pos++;
            }
            countLine(c);
            pos++;
        }
        return -1;
    }

    private void countLine(char c) {
        if (c == '\n' || (c == '\r' && (pos + 1 >= text.length() || text.charAt(pos + 1) != '\n'))) {
            line++;
        }
    }

    private void skipTo(int from, String end, String what) throws SyntaxException {
        int startLine = line;
        int at = text.indexOf(end, from);
        if (at < 0) {
            throw new SyntaxException(what + " is never closed", startLine);
        }
        for (pos = from; pos < at + end.length(); pos++) {
            countLine(text.charAt(pos));
        }
    }

    private Element startTag(int lt, Element parent) throws SyntaxException {
        int startLine = line;
        String name = name(lt + 1);
        List<Attribute> attributes = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (pos >= text.length()) {
                throw new SyntaxException("the start tag <" + name + " is never closed", startLine);
            }
            char c = text.charAt(pos);
            if (c == '>') {
                pos++;
                return new Element(name, lt, pos, false, attributes, parent, startLine);
            }
            if (c == '/') {
                pos++;
                expect('>', "the start tag <" + name);
                return new Element(name, lt, pos, true, attributes, parent, startLine);
            }
            String attr = name(pos);
            skipSpaces();
            expect('=', "the attribute " + attr + " of <" + name + ">");
            skipSpaces();
            char quote = pos < text.length() ? text.charAt(pos) : 0;
            if (quote != '"' && quote != '\'') {
                throw new SyntaxException("the attribute " + attr + " of <" + name + "> has no quoted value", line);
            }
            int valueStart = ++pos;
            while (pos < text.length() && text.charAt(pos) != quote) {
                countLine(text.charAt(pos));
                pos++;
            }
            if (pos >= text.length()) {
                throw new SyntaxException("the value of " + attr + " in <" + name + "> is never closed", startLine);
            }
            attributes.add(new Attribute(attr, valueStart, pos, quote));
            pos++;
        }
    }

    private String name(int from) throws SyntaxException {
        pos = from;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '>' || c == '/' || c == '=' || c == '<' || c == '"' || c == '\'') {
                break;
            }
            pos++;
        }
        if (pos == from) {
            throw new SyntaxException("a '<' is not followed by a name", line);
        }
        return text.substring(from, pos);
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            countLine(text.charAt(pos));
            pos++;
        }
    }

    private void expect(char c, String where) throws SyntaxException {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw new SyntaxException(where + " is not closed with '" + c + "'", line);
        }
        pos++;
    }

    /** The line an offset of a text is on, counting from {@code firstLine} at offset 0. */
    static int lineAt(String text, int offset, int firstLine) {
        int line = firstLine;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
