package org.didworkbench.io;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.domain.dataset.HeaderMode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.SubmissionRecord;

/**
 * Generated files in every dialect: whatever the encoding, BOM, delimiter, line endings, quoting, blank lines,
 * header and final line break, the reader's pieces give back the file exactly and the records hold the fields that
 * were written. Broken files give the file back exactly too.
 */
class SubmissionReaderProperties {
    private static final List<String> EOLS = List.of("\r\n", "\n", "\r");
    private static final List<String> HEADER = ReadResult.PROFILE.items().stream().map(DataItem::name)
            .collect(Collectors.toList());

    private final Path dir;

    SubmissionReaderProperties() throws java.io.IOException {
        dir = Files.createTempDirectory("reader-props");
    }

    @AfterProperty
    void cleanUp() throws java.io.IOException {
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
    }

    /** One line of a generated file: a data row (fields and whether each is quoted) or a blank line. */
    record Line(List<String> fields, List<Boolean> quoted, String blank, int eol) {
        boolean isBlank() {
            return fields == null;
        }
    }

    /** A generated file and what reading it must give. */
    record Fixture(Charset charset, boolean bom, char delimiter, int eolMode, boolean header, boolean finalNewline,
                   List<Line> lines) {

        String text() {
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
                        if (line.quoted().get(f) || mustQuote(v)) {
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
            return v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0
                    || v.indexOf('\n') >= 0;
        }

        byte[] bytes() {
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

        List<List<String>> rows() {
            return lines.stream().filter(l -> !l.isBlank()).map(Line::fields).collect(Collectors.toList());
        }

        @Override
        public String toString() {
            return charset.name() + (bom ? "+BOM" : "") + " delimiter=" + (int) delimiter + " header=" + header
                    + "\n" + text().replace("\r", "\\r").replace("\n", "\\n\n");
        }
    }

    @Provide
    Arbitrary<Fixture> files() {
        Arbitrary<Charset> charsets = Arbitraries.of(StandardCharsets.UTF_8, SubmissionCharsets.WINDOWS_1252);
        Arbitrary<Character> delimiters = Arbitraries.of(',', ',', ';', '\t', '|');
        return Combinators.combine(charsets, Arbitraries.of(true, false), delimiters,
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false), Arbitraries.of(true, false))
                .flatAs((charset, bom, delimiter, eolMode, header, finalNewline) ->
                        lines(charset, delimiter).map(lines -> new Fixture(charset, bom, delimiter, eolMode, header,
                                finalNewline, markWindows1252(charset, lines))));
    }

    private static Arbitrary<List<Line>> lines(Charset charset, char delimiter) {
        List<String> tokens = new ArrayList<>(List.of("a", "Z", "9", " ", "-", "\"", "\r", "\n", "\r\n", "é", "£",
                "€", "’", "\u0081", String.valueOf(delimiter)));
        if (charset.equals(StandardCharsets.UTF_8)) {
            tokens.add("\uD83D\uDE00");
            tokens.add("\u0100");
        }
        if (delimiter == ',') {
            tokens.addAll(List.of(";", "\t", "|"));
        }
        Arbitrary<String> values = Arbitraries.of(tokens).list().ofMaxSize(6).map(t -> String.join("", t));
        Arbitrary<Integer> fieldCounts = delimiter == ','
                ? Arbitraries.frequency(net.jqwik.api.Tuple.of(8, 18), net.jqwik.api.Tuple.of(1, 2),
                        net.jqwik.api.Tuple.of(1, 17), net.jqwik.api.Tuple.of(1, 19))
                : Arbitraries.just(18);
        Arbitrary<Line> row = fieldCounts.flatMap(n -> Combinators.combine(values.list().ofSize(n),
                Arbitraries.of(true, false, false).list().ofSize(n), Arbitraries.integers().between(0, 2))
                .as((fields, quoted, eol) -> new Line(fields, quoted, null, eol)));
        String blankChars = delimiter == '\t' ? " " : " \t";
        Arbitrary<Line> blank = Combinators.combine(Arbitraries.strings().withChars(blankChars).ofMaxLength(3),
                Arbitraries.integers().between(0, 2)).as((text, eol) -> new Line(null, null, text, eol));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, row), net.jqwik.api.Tuple.of(1, blank))
                .list().ofMinSize(1).ofMaxSize(25)
                .filter(ls -> ls.stream().anyMatch(l -> !l.isBlank()));
    }

    /** Makes a Windows-1252 file certainly invalid as UTF-8: é (E9) right before a delimiter or quote. */
    private static List<Line> markWindows1252(Charset charset, List<Line> lines) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            Line l = out.get(i);
            if (!l.isBlank()) {
                List<String> fields = new ArrayList<>(l.fields());
                fields.set(0, fields.get(0) + "é");
                out.set(i, new Line(fields, l.quoted(), null, l.eol()));
                break;
            }
        }
        return out;
    }

    @Property(tries = 400)
    void everyDialectReadsBackExactly(@ForAll("files") Fixture fixture,
                                      @ForAll @IntRange(min = 1, max = 40) int readBytes)
            throws Exception {
        Path file = Files.write(dir.resolve("gen.csv"), fixture.bytes());

        ReadResult r = ReadResult.read(file, HeaderMode.AUTO, SubmissionReader.DEFAULT_MAX_RECORD_BYTES, readBytes);

        r.assertExact(file);
        assertThat(r.dialect().charset()).isEqualTo(fixture.charset());
        assertThat(r.dialect().bom()).isEqualTo(fixture.bom());
        assertThat(r.dialect().delimiter()).isEqualTo(fixture.delimiter());
        assertThat(r.dialect().header()).isEqualTo(fixture.header());
        String text = fixture.text();
        assertThat(r.dialect().finalNewline()).isEqualTo(text.endsWith("\n") || text.endsWith("\r"));
        assertLineEndings(r.dialect(), text);
        assertThat(r.records()).extracting(p -> List.of(p.record().values())).isEqualTo(fixture.rows());
        assertThat(r.records()).allSatisfy(p -> assertThat(p.record().defect()).isNull());
    }

    private static void assertLineEndings(Dialect dialect, String text) {
        long crlf = count(text, "\r\n");
        long cr = count(text, "\r") - crlf;
        long lf = count(text, "\n") - crlf;
        long kinds = (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) + (lf > 0 ? 1 : 0);
        assertThat(dialect.mixedLineEndings()).isEqualTo(kinds > 1);
        long most = Math.max(crlf, Math.max(cr, lf));
        if (most > 0) {
            String dominant = dialect.lineEnding();
            long of = dominant.equals("\r\n") ? crlf : dominant.equals("\n") ? lf : cr;
            assertThat(of).as("count of the reported line ending").isEqualTo(most);
        }
    }

    private static long count(String text, String what) {
        long n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.of("\"", "\"\"", ",", ";", "\t", " ", "\r", "\n", "\r\n", "a", "é", "xyz", "\"a\"")
                .list().ofMaxSize(60).map(t -> String.join("", t));
    }

    @Property(tries = 400)
    void brokenFilesAreStillReadExactlyWhateverTheReadSizeAndLimit(@ForAll("garbage") String text,
            @ForAll boolean windows1252, @ForAll @IntRange(min = 1, max = 9) int readBytes,
            @ForAll @IntRange(min = 1, max = 30) int maxRecordBytes) throws Exception {
        Path file = Files.write(dir.resolve("garbage.csv"),
                text.getBytes(windows1252 ? SubmissionCharsets.WINDOWS_1252 : StandardCharsets.UTF_8));
        ReadResult large;
        try {
            large = ReadResult.read(file, HeaderMode.NO, maxRecordBytes, 1 << 20);
        } catch (SubmissionFileException e) {
            assertThat(e.kind()).isIn(SubmissionFileException.Kind.EMPTY, SubmissionFileException.Kind.NO_RECORDS);
            return;
        }
        large.assertExact(file);
        ReadResult small = ReadResult.read(file, HeaderMode.NO, maxRecordBytes, readBytes);
        small.assertExact(file);
        assertThat(small.records()).isEqualTo(large.records());
        for (ParsedRecord p : large.records()) {
            SubmissionRecord rec = p.record();
            if (rec.defect() == null) {
                int chars = 0;
                for (String v : rec.values()) {
                    chars += v.length();
                }
                assertThat(chars).as("a sound record is within the limit").isLessThanOrEqualTo(maxRecordBytes);
            }
        }
    }
}
