package org.didworkbench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

import org.didworkbench.domain.dataset.Dialect;

/**
 * Writes a corrected submission in its source's dialect: the byte order mark when the source had one,
 * then the pieces {@link SubmissionReader} split the source into, each record either as its original
 * text (unedited) or written afresh from its values (edited) followed by its original line terminator
 * and blank lines. So a file with no edits comes out byte for byte as it went in, and an edited one
 * differs only in its edited records.
 *
 * <p>Encoding is strict: a character the source's encoding cannot hold fails the write with an
 * {@link java.nio.charset.CharacterCodingException} rather than being replaced. Not thread-safe.
 */
public final class CorrectedFileWriter {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Writer out;
    private final CanonicalCsv canonical;
    private final Dialect dialect;

    /** Starts the file: writes the byte order mark when the dialect has one. */
    public CorrectedFileWriter(Dialect dialect, OutputStream out) throws IOException {
        this.dialect = dialect;
        this.canonical = new CanonicalCsv(dialect);
        if (dialect.bom()) {
            out.write(UTF8_BOM);
        }
        CharsetEncoder encoder = dialect.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.out = new OutputStreamWriter(out, encoder);
    }

    /** Text written as it is: the preamble, the header row, the trailer. Null writes nothing. */
    public void text(String s) throws IOException {
        if (s != null) {
            out.write(s);
        }
    }

    /**
     * One record.
     *
     * @param edited true when some value differs from the file: the record is written from its values
     * @param raw    the record's original text, or null when that is the canonical form of its original values
     * @param values the current values (needed when edited or when {@code raw} is null)
     */
    public void record(boolean edited, String raw, String[] values) throws IOException {
        if (!edited) {
            if (raw != null) {
                out.write(raw);
            } else {
                out.write(canonical.format(values, true));
            }
            return;
        }
        out.write(line(values));
        out.write(raw == null ? dialect.lineEnding() : suffix(raw, dialect.delimiter()));
    }

    /** Flushes everything to the stream (does not close it). */
    public void finish() throws IOException {
        out.flush();
    }

    /**
     * The record written afresh, without a line terminator. A single field that would read back as a
     * blank line (empty, or only spaces) is quoted so that it stays a record.
     */
    String line(String[] values) {
        String s = canonical.format(values, false);
        if (values.length == 1 && isBlankLine(s, dialect.delimiter())) {
            return dialect.quote() + s + dialect.quote();
        }
        if (dialect.delimiter() != ',' && s.indexOf(',') >= 0) {
            // A reader sniffing the delimiter takes any unquoted comma for the DID's own comma delimiter.
            StringBuilder b = new StringBuilder(s.length() + 8);
            for (int i = 0; i < values.length; i++) {
                String one = canonical.format(new String[] {values[i]}, false);
                if (one.indexOf(',') >= 0 && one.charAt(0) != dialect.quote()) {
                    one = dialect.quote() + one + dialect.quote();
                }
                b.append(i == 0 ? "" : String.valueOf(dialect.delimiter())).append(one);
            }
            return b.toString();
        }
        return s;
    }

    /**
     * The part of a record's original text after its last field: its line terminator and the blank
     * lines that followed it (see {@link ParsedRecord#raw()}); "" for a last record with no line break.
     * Found from the end, so quoting inside the record does not matter: an unquoted field cannot hold a
     * line break, a quoted one ends with a quote, and a blank line's spaces follow a line break.
     *
     * @param raw       a record's original text
     * @param delimiter the file's delimiter (a tab delimiter makes tabs part of rows, not blank lines)
     */
    public static String suffix(String raw, char delimiter) {
        int start = raw.length();
        int p = raw.length();
        while (true) {
            int lineBreak = lineBreakEndingAt(raw, p);
            if (lineBreak == 0) {
                return raw.substring(start);
            }
            start = p - lineBreak;
            int q = start;
            while (q > 0 && isBlankChar(raw.charAt(q - 1), delimiter)) {
                q--;
            }
            if (lineBreakEndingAt(raw, q) == 0) {
                return raw.substring(start);
            }
            p = q;    // raw[q, start) is a blank line: it belongs to the suffix too
        }
    }

    /** The length of the line break ending at {@code end} (2 for CR LF, 1 for CR or LF), else 0. */
    private static int lineBreakEndingAt(String s, int end) {
        if (end <= 0) {
            return 0;
        }
        char c = s.charAt(end - 1);
        if (c == '\n') {
            return end >= 2 && s.charAt(end - 2) == '\r' ? 2 : 1;
        }
        return c == '\r' ? 1 : 0;
    }

    private static boolean isBlankChar(char c, char delimiter) {
        return c == ' ' || c == '\f' || c == '\u000B' || (c == '\t' && delimiter != '\t');
    }

    private static boolean isBlankLine(String s, char delimiter) {
        for (int i = 0; i < s.length(); i++) {
            if (!isBlankChar(s.charAt(i), delimiter)) {
                return false;
            }
        }
        return true;
    }
}
