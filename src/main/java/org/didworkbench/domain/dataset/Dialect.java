package org.didworkbench.domain.dataset;

import java.nio.charset.Charset;

/**
 * How a submission file is written, so a corrected file can be written the same way.
 *
 * @param charset          UTF-8 or Windows-1252
 * @param bom              true when the file starts with a UTF-8 byte order mark
 * @param delimiter        the field separator (comma for DID)
 * @param lineEnding       the dominant line ending: {@code "\r\n"}, {@code "\n"} or {@code "\r"}
 * @param mixedLineEndings true when more than one kind of line ending occurs
 * @param header           true when the first row is a header
 * @param finalNewline     true when the last record ends with a line ending
 * @param quote            the quote character
 */
public record Dialect(Charset charset, boolean bom, char delimiter, String lineEnding, boolean mixedLineEndings,
                      boolean header, boolean finalNewline, char quote) {

    /** A short description for people, e.g. "UTF-8 with BOM, CRLF line endings, header row". */
    public String describe() {
        String ending = switch (lineEnding) {
            case "\r\n" -> "CRLF";
            case "\r" -> "CR";
            default -> "LF";
        };
        return charset.name() + (bom ? " with BOM" : "") + ", " + ending + " line endings"
                + (mixedLineEndings ? " (mixed)" : "") + ", " + (header ? "header row" : "no header row")
                + (delimiter == ',' ? "" : ", delimiter '" + (delimiter == '\t' ? "TAB" : String.valueOf(delimiter)) + "'");
    }

    /** The line ending as a name: CRLF, LF or CR. */
    public String lineEndingName() {
        return switch (lineEnding) {
            case "\r\n" -> "CRLF";
            case "\r" -> "CR";
            default -> "LF";
        };
    }
}
