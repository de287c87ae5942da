package org.didworkbench.report;

/**
 * A small builder for well-formed XHTML: every text goes through {@link #esc}, so values from a
 * submission can never break the markup (the PDF converter reads the page as XML).
 */
final class Html {
    private final StringBuilder b = new StringBuilder(16_384);

    /** Escapes text for element content and attribute values; drops characters XML forbids. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends markup as is (callers pass literals or already-escaped text). */
    Html raw(String markup) {
        b.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String text) {
        b.append(esc(text));
        return this;
    }

    /** {@code <tag class="cls">text</tag>}, text escaped; {@code cls} may be null. */
    Html el(String tag, String cls, String text) {
        open(tag, cls);
        text(text);
        return close(tag);
    }

    Html open(String tag, String cls) {
        b.append('<').append(tag);
        if (cls != null && !cls.isEmpty()) {
            b.append(" class=\"").append(esc(cls)).append('"');
        }
        b.append('>');
        return this;
    }

    Html close(String tag) {
        b.append("</").append(tag).append('>');
        return this;
    }

    /** Table header row inside a {@code thead}, so it repeats on every page the table spans. */
    Html head(String... titles) {
        raw("<thead><tr>");
        for (String t : titles) {
            boolean num = t.startsWith("#");
            el("th", num ? "num" : null, num ? t.substring(1) : t);
        }
        return raw("</tr></thead>");
    }

    /** A cell of text. */
    Html td(String text) {
        return el("td", null, text);
    }

    /** A right-aligned number cell. */
    Html num(String text) {
        return el("td", "num", text);
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
