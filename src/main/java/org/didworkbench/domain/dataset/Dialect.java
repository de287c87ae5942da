package org.didworkbench.domain.dataset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

/**
 * How a submission file is written, as found by the submission reader, so that a writer can produce a file of
 * the same shape.
 *
 * @param charset          the text encoding: UTF-8, or a lossless Windows-1252 (Windows-1252 that
 *                         keeps the five bytes Windows-1252 leaves undefined, so re-encoding gives the same bytes)
 * @param bom              true when the file begins with the UTF-8 byte order mark (bytes EF BB BF); those bytes
 *                         are not part of any text the reader returns and a writer puts them back first
 * @param delimiter        the field separator, normally {@code ','}
 * @param lineEnding       the commonest line ending: {@code "\r\n"}, {@code "\n"} or {@code "\r"}
 *                         ({@code "\r\n"} when the file has no line break at all)
 * @param mixedLineEndings true when more than one kind of line ending occurs
 * @param header           true when the first row was taken as a header row
 * @param finalNewline     true when the file ends with a line break
 * @param quote            the quote character, always {@code '"'}
 */
public record Dialect(Charset charset, boolean bom, char delimiter, String lineEnding, boolean mixedLineEndings,
                      boolean header, boolean finalNewline, char quote) {

    private static final Set<String> LINE_ENDINGS = Set.of("\r\n", "\n", "\r");

    public Dialect {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(lineEnding, "lineEnding");
        if (!LINE_ENDINGS.contains(lineEnding)) {
            throw new IllegalArgumentException("lineEnding must be CRLF, LF or CR");
        }
    }

    /** The national DID layout as a writer should produce it when there is no file to copy: UTF-8, comma, CRLF. */
    public static Dialect standard() {
        return new Dialect(StandardCharsets.UTF_8, false, ',', "\r\n", false, false, true, '"');
    }

    /** A short description for people, e.g. "UTF-8 with BOM, comma, CRLF line endings, header row". */
    public String describe() {
        StringBuilder s = new StringBuilder(charset.displayName());
        if (bom) {
            s.append(" with BOM");
        }
        s.append(", ").append(switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "vertical bar";
            default -> "'" + delimiter + "'";
        });
        s.append(mixedLineEndings ? ", mixed line endings (mostly " : ", ")
                .append(switch (lineEnding) {
                    case "\r\n" -> "CRLF";
                    case "\n" -> "LF";
                    default -> "CR";
                })
                .append(mixedLineEndings ? ")" : " line endings");
        if (header) {
            s.append(", header row");
        }
        if (!finalNewline) {
            s.append(", no line break at the end");
        }
        return s.toString();
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
