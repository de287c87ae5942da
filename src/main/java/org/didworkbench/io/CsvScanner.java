package org.didworkbench.io;

import java.io.IOException;
import java.util.Arrays;

/**
 * The CSV scanner behind {@link SubmissionReader}: splits a file into rows and fields (RFC 4180 quoting) and keeps
 * the exact text of every row. Not thread-safe.
 *
 * <p>It scans bytes, not chars: every char that matters to CSV (delimiter, quote, CR, LF, blank) is ASCII, and in
 * UTF-8 and Windows-1252 alike an ASCII byte always stands for itself, so rows and fields can be cut on bytes and
 * each piece decoded once, by {@link TextDecoding}, straight into its string. That skips a separate decoding pass
 * and lets the JDK copy ASCII runs as they are.
 *
 * <p>The bytes sit in one buffer. {@code mark} pins the first byte still needed (the start of the row being read,
 * whose raw text is cut with one decode once its blank-line tail is known); when more is read, everything before
 * {@code mark} is dropped and every saved position shifts down. The buffer only grows when one row (with its blank
 * lines) does not fit.
 *
 * <p>Broken quoting is recovered from so that one stray quote does not swallow the rest of the file: when a
 * quoted field is still open at the end of the file, or still open after {@code maxRecordBytes} of text, the
 * record is cut after the line on which the quote opened, marked with a defect, and scanning restarts on the next
 * line as if it began a new record. The recovery is linear: a failed search for the closing quote has shown that
 * no quote lies in the text it went over, so that text is re-read as plain rows at most once more.
 */
final class CsvScanner {
    static final char QUOTE = '"';
    /** Bytes per read in normal use. */
    static final int READ_BYTES = 1 << 20;

    private static final int NEXT_FIELD = 0;
    private static final int END_LINE = 1;
    private static final int END_FILE = 2;

    // Defect ranks: a more serious defect replaces a lesser one; among equals the first found stays.
    private static final int RANK_NUL = 1;
    private static final int RANK_AFTER_QUOTE = 2;
    private static final int RANK_OVERSIZED = 3;
    private static final int RANK_UNCLOSED = 4;

    /**
     * One row as found in the text.
     *
     * @param values  the fields, unquoted
     * @param defect  a syntax problem, or null
     * @param line    the physical line the row starts on
     * @param raw     the row's text through its line terminator, plus the blank lines after it when another row
     *                follows
     * @param last    true when no row follows
     * @param trailer when last: the text after the row's line terminator (blank lines); otherwise ""
     */
    record Row(String[] values, String defect, long line, String raw, boolean last, String trailer) {
    }

    private final ByteSource in;
    private final TextDecoding text;
    private final byte delimiter;
    private final int maxRecordBytes;
    private final int readBytes;

    private byte[] buf;
    private int lim;
    private boolean eof;
    private int pos;
    private int mark;
    private long line = 1;

    // Positions into buf saved across reads; shifted by more(). Negative means "none".
    private int fieldStart;
    private int quoteStart;
    private int quoteLineEnd;
    private int quoteBreakEnd;
    private int rowEnd;
    private int lineStart;

    private String[] fields = new String[32];
    private int fieldCount;
    private String defect;
    private int defectRank;

    /**
     * @param in             the file's bytes (after any BOM)
     * @param text           how a run of bytes becomes text
     * @param delimiter      the field delimiter, an ASCII char
     * @param maxRecordBytes the longest record read into fields (see class doc)
     * @param readBytes      bytes per read, at least 1; tests use tiny reads to hit every buffer boundary
     */
    CsvScanner(ByteSource in, TextDecoding text, char delimiter, int maxRecordBytes, int readBytes) {
        if (readBytes < 1 || maxRecordBytes < 1 || delimiter >= 0x80) {
            throw new IllegalArgumentException("readBytes and maxRecordBytes must be positive, the delimiter ASCII");
        }
        this.in = in;
        this.text = text;
        this.delimiter = (byte) delimiter;
        this.maxRecordBytes = maxRecordBytes;
        this.readBytes = readBytes;
        this.buf = new byte[readBytes + Math.min(readBytes, 64 * 1024)];
    }

    /**
     * Skips the blank lines at the scan position (a line start): empty lines and lines of only spaces, tabs (unless
     * tab is the delimiter), vertical tabs and form feeds. Does not move the mark.
     *
     * @return true when a row starts at the new position, false at the end of the text
     */
    boolean skipBlankLines() throws IOException {
        while (true) {
            lineStart = pos;
            while (true) {
                if (pos >= lim && !more()) {
                    return false;
                }
                byte c = buf[pos];
                if (c == ' ' || c == '\f' || c == 0x0B || (c == '\t' && delimiter != '\t')) {
                    pos++;
                } else if (c == '\n' || c == '\r') {
                    endLine();
                    break;
                } else {
                    pos = lineStart;
                    return true;
                }
            }
        }
    }

    /** The text from the mark to the scan position; moves the mark there. Used for the preamble. */
    String takeText() {
        String s = text.decode(buf, mark, pos - mark);
        mark = pos;
        return s;
    }

    /** Reads the row at the scan position (which {@link #skipBlankLines()} found) and the blank lines after it. */
    Row scanRow() throws IOException {
        mark = pos;
        long rowLine = line;
        fieldCount = 0;
        defect = null;
        defectRank = 0;
        int end;
        do {
            if (pos >= lim && !more()) {
                addField("");      // a delimiter was the last byte of the file
                end = END_FILE;
            } else if (buf[pos] == QUOTE) {
                end = scanQuoted();
            } else {
                end = scanUnquoted(null);
            }
        } while (end == NEXT_FIELD);
        String[] values = Arrays.copyOf(fields, fieldCount);
        Arrays.fill(fields, 0, fieldCount, null);
        rowEnd = pos;
        boolean another = end != END_FILE && skipBlankLines();
        if (another) {
            return new Row(values, defect, rowLine, takeText(), false, "");
        }
        String raw = text.decode(buf, mark, rowEnd - mark);
        String trailer = text.decode(buf, rowEnd, pos - rowEnd);
        mark = pos;
        return new Row(values, defect, rowLine, raw, true, trailer);
    }

    private int scanUnquoted(String prefix) throws IOException {
        fieldStart = pos;
        while (true) {
            byte[] b = buf;
            int p = pos;
            int l = scanEnd();
            byte d = delimiter;
            while (p < l) {
                byte c = b[p];
                if (c == d || (c < ' ' && c >= 0)) {     // bytes >= 0x80 are parts of non-ASCII chars
                    break;
                }
                p++;
            }
            pos = p;
            if (p >= l) {
                if (l < lim || pos - mark > maxRecordBytes) {
                    return oversized();
                }
                if (!more()) {
                    addField(prefix, fieldStart, pos);
                    return END_FILE;
                }
                continue;
            }
            byte c = b[p];
            if (c == d) {
                addField(prefix, fieldStart, p);
                pos = p + 1;
                return NEXT_FIELD;
            }
            if (c == '\n' || c == '\r') {
                addField(prefix, fieldStart, p);
                endLine();
                return END_LINE;
            }
            if (c == 0) {
                nul();
            }
            pos = p + 1;
        }
    }

    private int scanQuoted() throws IOException {
        long openLine = line;
        pos++;
        quoteStart = pos;
        fieldStart = pos;
        quoteLineEnd = -1;
        quoteBreakEnd = -1;
        StringBuilder unescaped = null;
        while (true) {
            byte[] b = buf;
            int p = pos;
            int l = scanEnd();
            while (p < l) {
                byte c = b[p];
                if (c == QUOTE || (c < ' ' && c >= 0)) {
                    break;
                }
                p++;
            }
            pos = p;
            if (p >= l) {
                if (l < lim || pos - mark > maxRecordBytes) {
                    return unclosed(openLine, true);
                }
                if (!more()) {
                    return unclosed(openLine, false);
                }
                continue;
            }
            byte c = b[p];
            if (c == QUOTE) {
                if (p + 1 >= lim) {
                    if (!more()) {
                        addQuoted(unescaped, fieldStart, pos);
                        pos++;
                        return END_FILE;
                    }
                    b = buf;
                    p = pos;
                }
                if (b[p + 1] == QUOTE) {
                    if (unescaped == null) {
                        unescaped = new StringBuilder();
                    }
                    unescaped.append(text.decode(b, fieldStart, p + 1 - fieldStart));
                    pos = p + 2;
                    fieldStart = pos;
                    continue;
                }
                String value = unescaped == null ? text.decode(b, fieldStart, p - fieldStart)
                        : unescaped.append(text.decode(b, fieldStart, p - fieldStart)).toString();
                pos = p + 1;
                return afterClosingQuote(value);
            }
            if (c == '\n' || c == '\r') {
                if (quoteLineEnd < 0) {
                    quoteLineEnd = p;
                }
                endLine();
                if (quoteBreakEnd < 0) {
                    quoteBreakEnd = pos;
                }
                continue;
            }
            if (c == 0) {
                nul();
            }
            pos = p + 1;
        }
    }

    private int afterClosingQuote(String value) throws IOException {
        if (pos >= lim && !more()) {
            addField(value);
            return END_FILE;
        }
        byte c = buf[pos];
        if (c == delimiter) {
            addField(value);
            pos++;
            return NEXT_FIELD;
        }
        if (c == '\n' || c == '\r') {
            addField(value);
            endLine();
            return END_LINE;
        }
        // Lenient like spreadsheet programs: the rest of the field is kept as written, after the quoted part.
        setDefect("text after a closing quote on line " + line, RANK_AFTER_QUOTE);
        return scanUnquoted(value);
    }

    /** A quoted field is open at the end of the text, or after {@code maxRecordBytes}: recover (see class doc). */
    private int unclosed(long openLine, boolean tooLong) throws IOException {
        if (quoteBreakEnd < 0) {
            if (tooLong) {
                return oversized();            // one enormous line: no later line to restart from
            }
            // The quote opened on the last line: the field runs to the end of the file.
            setDefect(notClosed(openLine, false), RANK_UNCLOSED);
            addField(text.decode(buf, quoteStart, pos - quoteStart));
            return END_FILE;
        }
        setDefect(notClosed(openLine, tooLong), RANK_UNCLOSED);
        addField(text.decode(buf, quoteStart, quoteLineEnd - quoteStart));
        pos = quoteBreakEnd;
        line = openLine + 1;
        return END_LINE;
    }

    private String notClosed(long openLine, boolean tooLong) {
        return "a quoted field starting on line " + openLine + " is not closed "
                + (tooLong ? "within " + sizeText(maxRecordBytes) : "before the end of the file");
    }

    /** The record is too long: drop its fields, keep its text up to the end of the current line. */
    private int oversized() throws IOException {
        setDefect("the record is longer than " + sizeText(maxRecordBytes) + ", the most one record may hold",
                RANK_OVERSIZED);
        fieldCount = 0;
        while (true) {
            byte[] b = buf;
            int p = pos;
            int l = lim;
            while (p < l) {
                byte c = b[p];
                if (c == '\n' || c == '\r') {
                    break;
                }
                p++;
            }
            pos = p;
            if (p < l) {
                endLine();
                return END_LINE;
            }
            if (!more()) {
                return END_FILE;
            }
        }
    }

    /**
     * Where a field scan must stop: the end of the bytes read so far, or the first byte past the record size
     * limit when that comes sooner (so the limit is exact whatever the read size).
     */
    private int scanEnd() {
        return lim - mark > maxRecordBytes ? mark + maxRecordBytes + 1 : lim;
    }

    private static String sizeText(int bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    private void nul() {
        setDefect("a NUL character (byte 0) on line " + line, RANK_NUL);
    }

    private void setDefect(String text, int rank) {
        if (rank > defectRank) {
            defect = text;
            defectRank = rank;
        }
    }

    /** Passes the line terminator at the scan position (CR LF counts as one line break). */
    private void endLine() throws IOException {
        byte c = buf[pos++];
        line++;
        if (c == '\r' && (pos < lim || more()) && buf[pos] == '\n') {
            pos++;
        }
    }

    private void addField(String prefix, int from, int to) {
        String s = text.decode(buf, from, to - from);
        addField(prefix == null ? s : prefix + s);
    }

    private void addQuoted(StringBuilder prefix, int from, int to) {
        String s = text.decode(buf, from, to - from);
        addField(prefix == null ? s : prefix.append(s).toString());
    }

    private void addField(String value) {
        if (fieldCount == fields.length) {
            fields = Arrays.copyOf(fields, fieldCount * 2);
        }
        fields[fieldCount++] = value;
    }

    /**
     * Reads more text after {@code lim}, first dropping the text before the mark and shifting every saved
     * position; grows the buffer when the pinned text leaves too little room.
     *
     * @return false at the end of the text
     */
    private boolean more() throws IOException {
        if (eof) {
            return false;
        }
        int shift = mark;
        if (shift > 0) {
            System.arraycopy(buf, shift, buf, 0, lim - shift);
            lim -= shift;
            mark = 0;
            pos -= shift;
            fieldStart -= shift;
            quoteStart -= shift;
            quoteLineEnd -= shift;
            quoteBreakEnd -= shift;
            rowEnd -= shift;
            lineStart -= shift;
        }
        if (buf.length - lim < readBytes) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, lim + readBytes));
        }
        int n = in.read(buf, lim, readBytes);
        if (n < 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }
}
