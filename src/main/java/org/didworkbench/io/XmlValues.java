package org.didworkbench.io;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.didworkbench.domain.dataset.XmlBinding;
import org.didworkbench.domain.dataset.XmlLayout;

/**
 * The item values of one record element (e.g. a {@code DIDSRecord}), read with StAX: values of the
 * shared groups once, and those of the repeating group once per occurrence. Values are exactly as StAX
 * gives them (entities decoded, attribute values normalised as XML requires); an item whose element or
 * attribute is absent reads as "". Elements of other namespaces and unknown elements are ignored.
 */
final class XmlValues {
    private static final XMLInputFactory FACTORY = factory();

    private final XmlLayout layout;
    private final int items;
    /** Path below the record element ("Group/Element/…") → the items bound there. */
    private final Map<String, List<Integer>> byPath = new HashMap<>();

    XmlValues(XmlLayout layout, int items) {
        this.layout = layout;
        this.items = items;
        for (int i = 0; i < items; i++) {
            XmlBinding b = layout.binding(i);
            if (b != null) {
                byPath.computeIfAbsent(String.join("/", b.path()), k -> new ArrayList<>()).add(i);
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // No DTDs and no external entities: a submission file must not make the reader fetch anything.
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** What one record element holds. */
    record Values(String[] shared, List<String[]> activities) {
    }

    /** A value found twice, or markup StAX refuses: the file cannot be read reliably. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        Problem(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    /**
     * Reads a record element's values.
     *
     * @param recordText   the record element's text (it may be followed by white space and comments)
     * @param namespaces   the namespace declarations in scope, written as attributes (e.g. {@code xmlns="…"})
     * @param firstLine    the line the text starts on
     */
    Values read(String recordText, String namespaces, int firstLine) throws Problem {
        String[] shared = new String[items];
        List<String[]> activities = new ArrayList<>();
        String[] current = null;
        List<String> path = new ArrayList<>();
        try {
            // The wrapper declares the namespaces in scope; it sits on the text's first line, so lines stay right.
            XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader("<w " + namespaces + ">" + recordText
                    + "</w>"));
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth <= 2) {
                        continue;    // the wrapper and the record element itself
                    }
                    if (!layout.namespace().equals(r.getNamespaceURI())) {
                        path.add("\u0000");    // another namespace: nothing below matches
                        continue;
                    }
                    path.add(r.getLocalName());
                    if (path.size() == 1 && path.get(0).equals(layout.repeating())) {
                        current = new String[items];
                        activities.add(current);
                    }
                    List<Integer> bound = byPath.get(String.join("/", path));
                    if (bound != null) {
                        boolean repeats = path.get(0).equals(layout.repeating());
                        String[] target = repeats ? current : shared;
                        String text = null;
                        for (int item : bound) {
                            String attribute = layout.binding(item).attribute();
                            String v;
                            if (attribute == null) {
                                if (text == null) {
                                    text = r.getElementText();
                                    path.remove(path.size() - 1);
                                    depth--;
                                }
                                v = text;
                            } else {
                                v = r.getAttributeValue(null, attribute);
                            }
                            if (target[item] != null && v != null) {
                                throw new Problem("<" + layout.binding(item).element() + "> is given twice in one "
                                        + (repeats ? layout.repeating() : layout.record())
                                        + "; each value may appear once", firstLine + r.getLocation().getLineNumber() - 1);
                            }
                            if (v != null) {
                                target[item] = v;
                            }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth > 2) {
                        path.remove(path.size() - 1);
                    }
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : firstLine + e.getLocation().getLineNumber() - 1;
            String m = XmlMessages.of(e).replaceFirst("^line \\d+: ", "");
            throw new Problem(m, line);
        }
        for (int i = 0; i < items; i++) {
            if (shared[i] == null) {
                shared[i] = "";
            }
        }
        for (String[] a : activities) {
            for (int i = 0; i < items; i++) {
                if (a[i] == null) {
                    a[i] = "";
                }
            }
        }
        return new Values(shared, activities);
    }

    /** The values of record {@code k} of a record element: shared items, then those of its k-th activity. */
    String[] record(Values v, int k) {
        String[] out = v.shared().clone();
        if (k < v.activities().size()) {
            String[] a = v.activities().get(k);
            for (int i = 0; i < items; i++) {
                if (layout.repeats(i)) {
                    out[i] = a[i];
                }
            }
        }
        return out;
    }
}
