package org.didworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.testing.CsvFixture.Line;
import org.didworkbench.testing.CsvFixture;

/**
 * Generated files in every dialect: whatever the encoding, BOM, delimiter, line endings, quoting, blank lines,
 * header and final line break, the reader's pieces give back the file exactly and the records hold the fields that
 * were written. Broken files give the file back exactly too.
 */
class SubmissionReaderProperties {

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


    @Provide
    Arbitrary<CsvFixture> files() {
        Arbitrary<Charset> charsets = Arbitraries.of(StandardCharsets.UTF_8, SubmissionCharsets.WINDOWS_1252);
        Arbitrary<Character> delimiters = Arbitraries.of(',', ',', ';', '\t', '|');
        return Combinators.combine(charsets, Arbitraries.of(true, false), delimiters,
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false), Arbitraries.of(true, false))
                .flatAs((charset, bom, delimiter, eolMode, header, finalNewline) ->
                        lines(charset, delimiter).map(lines -> new CsvFixture(charset, bom, delimiter, eolMode, header,
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
                .as((fields, quoted, eol) -> Line.row(fields, quoted, eol)));
        String blankChars = delimiter == '\t' ? " " : " \t";
        Arbitrary<Line> blank = Combinators.combine(Arbitraries.strings().withChars(blankChars).ofMaxLength(3),
                Arbitraries.integers().between(0, 2)).as((text, eol) -> Line.blankLine(text, eol));
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
                out.set(i, l.withFields(fields));
                break;
            }
        }
        return out;
    }

    @Property(tries = 400)
    void everyDialectReadsBackExactly(@ForAll("files") CsvFixture fixture,
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
