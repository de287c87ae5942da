package org.didworkbench.testing;

import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Collectors;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.rules.did.DidV1Profile;

/**
 * A generated DID v1 file for the property tests of the reader and of export: its encoding, BOM,
 * delimiter, line endings, header row, final newline and lines, written out exactly as a RIS might.
 *
 * @param eolMode 0–2: every line ends with that one of {@link #EOLS}; 3: each line its own
 */
public record CsvFixture(Charset charset, boolean bom, char delimiter, int eolMode, boolean header,
                         boolean finalNewline, List<Line> lines) {

    /** CRLF, LF and CR. */
    public static final List<String> EOLS = List.of("\r\n", "\n", "\r");
    /** The DID v1 item names, as a header row holds them. */
    public static final List<String> HEADER = DidV1Profile.create().items().stream().map(DataItem::name)
            .collect(Collectors.toUnmodifiableList());

    /**
     * One line of a file: a row (fields, and whether each is quoted), a row whose last field opens a quote
     * that never closes ({@code broken}), or a blank line (fields null, {@code blank} its text).
     *
     * @param eol which of {@link #EOLS} ends the line when the file mixes them
     */
    public record Line(List<String> fields, List<Boolean> quoted, String blank, boolean broken, int eol) {
        public static Line row(List<String> fields, List<Boolean> quoted, int eol) {
            return new Line(fields, quoted, null, false, eol);
        }

        public static Line blankLine(String text, int eol) {
            return new Line(null, null, text, false, eol);
        }

        public boolean isBlank() {
            return fields == null;
        }

        /** The same line with other fields (for marking a file's encoding). */
        public Line withFields(List<String> other) {
            return new Line(other, quoted, null, broken, eol);
        }
    }

    /** The file's text, before encoding. */
    public String text() {
        StringBuilder s = new StringBuilder();
        if (header) {
            s.append(String.join(String.valueOf(delimiter), HEADER)).append(eol(0));
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                s.append(line.blank());
            } else {
                for (int f = 0; f < line.fields().size(); f++) {
                    if (f > 0) {
                        s.append(delimiter);
                    }
                    String v = line.fields().get(f);
                    if (line.broken() && f == line.fields().size() - 1) {
                        s.append('"').append(v.replace("\"", "").replace("\r", "").replace("\n", ""));
                    } else if (line.quoted().get(f) || mustQuote(v)) {
                        s.append('"').append(v.replace("\"", "\"\"")).append('"');
                    } else {
                        s.append(v);
                    }
                }
            }
            if (i < lines.size() - 1 || finalNewline) {
                s.append(eol(line.eol()));
            }
        }
        return s.toString();
    }

    private String eol(int perLine) {
        return EOLS.get(eolMode < EOLS.size() ? eolMode : perLine);
    }

    private boolean mustQuote(String v) {
        return v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
    }

    /** The file's bytes: the text in its encoding, after a UTF-8 BOM when it has one. */
    public byte[] bytes() {
        byte[] body = text().getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    /** The fields of every row, in order (blank lines left out). */
    public List<List<String>> rows() {
        return lines.stream().filter(l -> !l.isBlank()).map(Line::fields).collect(Collectors.toList());
    }

    @Override
    public String toString() {
        return charset.name() + (bom ? "+BOM" : "") + " delimiter=" + (int) delimiter + " header=" + header
                + "\n" + text().replace("\r", "\\r").replace("\n", "\\n\n");
    }
}
