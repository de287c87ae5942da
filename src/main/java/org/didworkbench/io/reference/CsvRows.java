package org.didworkbench.io.reference;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a reference CSV file row by row, turning every parse failure into a
 * {@link ReferenceDataException} that names the file and line.
 *
 * <p>Encoding: small files are read whole and decoded as UTF-8 when they are valid UTF-8 (a byte
 * order mark is dropped), otherwise as Windows-1252, the encoding of the NHS ODS downloads. Large
 * files (the postcode directory) are streamed as ISO-8859-1: only ASCII columns (postcodes,
 * dates) are read from them, and every byte decodes, so no guess is needed.
 */
final class CsvRows {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    /** One row: its 1-based line and its fields (not trimmed). */
    interface RowHandler {
        void row(long line, CSVRecord fields) throws ReferenceDataException;
    }

    private CsvRows() {
    }

    /** Reads a small file whole, guessing UTF-8 or Windows-1252. */
    static void readSmall(Path file, String shown, RowHandler handler) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        read(new StringReader(decode(bytes)), shown, handler);
    }

    /** Streams a large file of ASCII content as ISO-8859-1. */
    static void readLarge(Path file, String shown, RowHandler handler) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            skipUtf8Bom(in);
            read(new InputStreamReader(in, StandardCharsets.ISO_8859_1), shown, handler);
        }
    }

    static String decode(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buf).toString();
        } catch (CharacterCodingException notUtf8) {
            // The ODS downloads are Windows-1252 (e.g. an acute accent in a practice name).
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static void skipUtf8Bom(InputStream in) throws IOException {
        in.mark(3);
        byte[] b = in.readNBytes(3);
        if (!hasUtf8Bom(b)) {
            in.reset();
        }
    }

    private static void read(Reader reader, String shown, RowHandler handler) throws IOException {
        long line = 0;
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // The broken record starts after the last good one (exact unless blank lines intervene).
                    throw new ReferenceDataException(shown, line + 1,
                            "the file is not well-formed CSV (" + rootMessage(e) + ")", e);
                }
                // Blank lines are skipped by the parser; the record number would then lag the
                // physical line, so the parser's line count is used instead.
                line = lineOf(parser, record, line);
                handler.row(line, record);
            }
        }
    }

    private static long lineOf(CSVParser parser, CSVRecord record, long previous) {
        // After a record is read the parser has consumed its terminating line break, so its
        // count is the record's line; a last line with no break leaves the count one short.
        long counted = parser.getCurrentLineNumber();
        return counted > previous ? counted : previous + 1;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        // Commons CSV prefixes "(startline N) "; the exception names the line itself.
        return m == null ? t.getClass().getSimpleName() : m.replaceFirst("^\\(startline \\d+\\) ", "");
    }

    /** The field at index, trimmed; empty when the row is shorter. */
    static String field(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).strip() : "";
    }
}
