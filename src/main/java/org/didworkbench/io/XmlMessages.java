package org.didworkbench.io;

import javax.xml.stream.XMLStreamException;

/** Plain words for the XML parser's exceptions. */
final class XmlMessages {
    private XmlMessages() {
    }

    /** The parser's own message without its "ParseError at [row,col]:" prefix, and with its line. */
    static String of(XMLStreamException e) {
        String m = e.getMessage() == null ? "the XML is not well-formed" : e.getMessage();
        int cut = m.indexOf("Message: ");
        if (cut >= 0) {
            m = m.substring(cut + "Message: ".length());
        }
        m = m.strip();
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        return (line > 0 ? "line " + line + ": " : "") + m;
    }
}
