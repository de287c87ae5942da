package org.didworkbench.io;

import org.didworkbench.domain.dataset.Dialect;

/**
 * The canonical way to write a record in a file's dialect: fields joined by the delimiter, a field
 * quoted only when it must be (it holds the delimiter, the quote, CR or LF), quotes doubled, the
 * dominant line ending at the end. A record whose original text equals its canonical form need not
 * keep that text: it can be written again exactly from its values.
 */
public final class CanonicalCsv {
    private final char delimiter;
    private final char quote;
    private final String lineEnding;

    public CanonicalCsv(Dialect dialect) {
        this.delimiter = dialect.delimiter();
        this.quote = dialect.quote();
        this.lineEnding = dialect.lineEnding();
    }

    /** The record written canonically, with the line ending when {@code withLineEnding}. */
    public String format(String[] values, boolean withLineEnding) {
        StringBuilder b = new StringBuilder(values.length * 10 + 2);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(delimiter);
            }
            appendField(b, values[i] == null ? "" : values[i]);
        }
        if (withLineEnding) {
            b.append(lineEnding);
        }
        return b.toString();
    }

    private void appendField(StringBuilder b, String v) {
        if (!needsQuotes(v)) {
            b.append(v);
            return;
        }
        b.append(quote);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == quote) {
                b.append(quote);
            }
            b.append(c);
        }
        b.append(quote);
    }

    private boolean needsQuotes(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == delimiter || c == quote || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code raw} is exactly the canonical form of {@code values} followed by the dialect's
     * line ending. Compares without building a string for the common unquoted case.
     */
    public boolean isCanonical(String[] values, String raw) {
        int pos = 0;
        int n = raw.length();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                if (pos >= n || raw.charAt(pos) != delimiter) {
                    return false;
                }
                pos++;
            }
            String v = values[i] == null ? "" : values[i];
            if (needsQuotes(v)) {
                String q = format(new String[] {v}, false);
                if (!raw.startsWith(q, pos)) {
                    return false;
                }
                pos += q.length();
            } else {
                if (!raw.startsWith(v, pos)) {
                    return false;
                }
                pos += v.length();
            }
        }
        return n - pos == lineEnding.length() && raw.startsWith(lineEnding, pos);
    }
}
