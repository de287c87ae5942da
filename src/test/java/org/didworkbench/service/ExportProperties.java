package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;

import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.domain.rules.did.DidV1Profile;
import org.didworkbench.io.CorrectedFileWriter;
import org.didworkbench.io.ParsedRecord;
import org.didworkbench.io.SubmissionCharsets;
import org.didworkbench.io.SubmissionReader;
import org.didworkbench.testing.CsvFixture.Line;
import org.didworkbench.testing.CsvFixture;

/**
 * Import then export, through the real services, for generated files in every dialect: UTF-8 with and without
 * BOM, Windows-1252 (with £, é and the bytes Windows-1252 leaves undefined), comma/semicolon/tab/bar, CRLF, LF, CR
 * and mixed line endings, quoted fields holding delimiters, quotes and line breaks, blank lines before, between
 * and after the rows, a header or not, a final line break or not, rows of 1, 2, 17, 18 and 19 fields, and rows
 * with a quote never closed.
 *
 * <ul>
 * <li>With no edits the exported file has the same SHA-256 as the source.</li>
 * <li>With random edits, the exported file is the source with exactly the edited records rewritten (each keeping
 *     its line terminator and following blank lines), and reading it back gives the edited values for the
 *     edited records and the file's values for every other.</li>
 * </ul>
 */
class ExportProperties {

    private final Path dir;
    private final Workspaces workspaces;
    private int run;

    ExportProperties() throws Exception {
        dir = Files.createTempDirectory("export-props");
        workspaces = new Workspaces(dir);
    }

    @AfterProperty
    void cleanUp() throws Exception {
        try (var files = Files.list(dir)) {
            // File.delete, not Files.delete: a WAL file SQLite removes meanwhile is no reason to fail
            files.forEach(p -> p.toFile().delete());
        }
        dir.toFile().delete();
    }


    @Provide
    Arbitrary<CsvFixture> files() {
        Arbitrary<Charset> charsets = Arbitraries.of(StandardCharsets.UTF_8, SubmissionCharsets.WINDOWS_1252);
        Arbitrary<Character> delimiters = Arbitraries.of(',', ',', ',', ';', '\t', '|');
        return Combinators.combine(charsets, Arbitraries.of(true, false), delimiters,
                        Arbitraries.integers().between(0, 3), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .flatAs((charset, bom, delimiter, eolMode, header, finalNewline) ->
                        lines(charset, delimiter).map(lines -> new CsvFixture(charset, bom && charset == StandardCharsets.UTF_8,
                                delimiter, eolMode, header, finalNewline, markWindows1252(charset, lines))));
    }

    private static Arbitrary<String> values(Charset charset, char delimiter) {
        List<String> tokens = new ArrayList<>(List.of("a", "Z", "9", "  ", "-", "\"", "\r", "\n", "\r\n", "é", "£",
                "€", "\u0081", "\u009D", String.valueOf(delimiter)));
        if (delimiter == ',') {
            // Not in other files: a comma outside quotes makes the reader take the file for comma-separated.
            tokens.addAll(List.of(";", "\t", "|"));
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            tokens.add("\uD83D\uDE00");
            tokens.add("\u0100");
        }
        return Arbitraries.of(tokens).list().ofMaxSize(5).map(t -> String.join("", t));
    }

    private static Arbitrary<List<Line>> lines(Charset charset, char delimiter) {
        Arbitrary<String> values = values(charset, delimiter);
        Arbitrary<Integer> fieldCounts = delimiter == ','
                ? Arbitraries.frequency(Tuple.of(10, 18), Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(1, 17),
                        Tuple.of(1, 19))
                : Arbitraries.just(18);
        Arbitrary<Line> row = fieldCounts.flatMap(n -> Combinators.combine(values.list().ofSize(n),
                        Arbitraries.of(true, false, false).list().ofSize(n), Arbitraries.integers().between(0, 2),
                        Arbitraries.frequency(Tuple.of(12, false), Tuple.of(1, true)))
                .as((fields, quoted, eol, broken) -> new Line(fields, quoted, null, broken, eol)));
        String blankChars = delimiter == '\t' ? " " : " \t";
        Arbitrary<Line> blank = Combinators.combine(Arbitraries.strings().withChars(blankChars).ofMaxLength(3),
                Arbitraries.integers().between(0, 2)).as((text, eol) -> Line.blankLine(text, eol));
        return Arbitraries.frequencyOf(Tuple.of(6, row), Tuple.of(1, blank))
                .list().ofMinSize(1).ofMaxSize(20)
                .filter(ls -> ls.stream().anyMatch(ExportProperties::isRecord));
    }

    /** True for a line the reader takes for a record (a lone blank field, unquoted, is a blank line). */
    private static boolean isRecord(Line l) {
        return !l.isBlank() && (l.fields().size() > 1 || l.quoted().get(0) || l.broken()
                || !l.fields().get(0).isBlank());
    }

    /** Makes a Windows-1252 file certainly invalid as UTF-8: é (E9) followed by an ASCII letter. */
    private static List<Line> markWindows1252(Charset charset, List<Line> lines) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            Line l = out.get(i);
            if (!l.isBlank()) {
                List<String> fields = new ArrayList<>(l.fields());
                fields.set(0, fields.get(0) + "éa");
                out.set(i, l.withFields(fields));
                break;
            }
        }
        return out;
    }

    /** What the reader makes of a file: its pieces, in order. */
    record Read(org.didworkbench.domain.dataset.Dialect dialect, String preamble, String header,
                List<ParsedRecord> records, String trailer) {
        static Read of(Path file) throws Exception {
            try (SubmissionReader r = SubmissionReader.open(file, DidV1Profile.create(), HeaderMode.AUTO)) {
                List<ParsedRecord> records = new ArrayList<>();
                ParsedRecord p;
                while ((p = r.next()) != null) {
                    records.add(p);
                }
                return new Read(r.dialect(), r.preamble(), r.headerRaw().orElse(null), records, r.trailer());
            }
        }
    }

    private Path write(CsvFixture f) throws Exception {
        Files.createDirectories(dir);    // removed after each property
        return Files.write(dir.resolve("in-" + (++run) + ".csv"), f.bytes());
    }

    @Property(tries = 150)
    void withNoEditsTheExportIsByteIdentical(@ForAll("files") CsvFixture fixture) throws Exception {
        Path source = write(fixture);
        Path out = dir.resolve("out-" + run + ".csv");
        try (Session s = workspaces.open(source, dir.resolve("w-" + run + ".didw"))) {
            s.exportCorrected(out, false, ProgressListener.NONE, new CancellationToken());
        }
        assertThat(sha256(out)).isEqualTo(sha256(source));
    }

    /** A random edit: record (as a fraction of the file), item, value. */
    record Edit(double where, int item, String value) {
        @Override
        public String toString() {
            return "Edit[" + where + ", " + item + ", " + value.replace("\r", "\\r").replace("\n", "\\n") + "]";
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> values = Arbitraries.of("a", "9", "  ", "\"", "\r", "\n", "é", "£", "€", "\u0081", ",", ";",
                "\t", "|").list().ofMaxSize(5).map(t -> String.join("", t));
        return Combinators.combine(Arbitraries.doubles().between(0, 0.999).ofScale(3), Arbitraries.integers().between(0, 18),
                values).as(Edit::new).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 100)
    void withEditsOnlyTheEditedRecordsChangeAndTheyReadBack(@ForAll("files") CsvFixture fixture,
                                                            @ForAll("edits") List<Edit> edits) throws Exception {
        Path source = write(fixture);
        Read before = Read.of(source);
        Path out = dir.resolve("out-" + run + ".csv");
        Map<Long, String[]> expected = new TreeMap<>();
        try (Session s = workspaces.open(source, dir.resolve("w-" + run + ".didw"))) {
            int n = before.records().size();
            for (Edit e : edits) {
                ParsedRecord p = before.records().get((int) (e.where() * n));
                long rec = p.record().number();
                if (e.item() >= Math.min(p.record().fieldCount(), CsvFixture.HEADER.size())) {
                    continue;    // no such cell: refused, tested elsewhere
                }
                s.setValue(rec, e.item(), e.value(), "property");
                expected.computeIfAbsent(rec, k -> p.record().values().clone())[e.item()] = e.value();
            }
            s.exportCorrected(out, false, ProgressListener.NONE, new CancellationToken());
        }
        expected.entrySet().removeIf(e -> java.util.Arrays.equals(e.getValue(),
                before.records().get((int) (e.getKey() - 1)).record().values()));

        // Byte for byte: the source's pieces with exactly the edited records rewritten.
        var writer = new java.io.ByteArrayOutputStream();
        CorrectedFileWriter w = new CorrectedFileWriter(before.dialect(), writer);
        w.text(before.preamble());
        w.text(before.header());
        for (ParsedRecord p : before.records()) {
            String[] now = expected.get(p.record().number());
            w.record(now != null, p.raw(), now == null ? p.record().values() : now);
        }
        w.text(before.trailer());
        w.finish();
        assertThat(Files.readAllBytes(out)).isEqualTo(writer.toByteArray());

        // Read back: edited records hold the edited values, the others what they held. This needs a source the
        // reader understood as written: in a file with broken quoting a quote an edit adds or removes can close an
        // open quote or change what the delimiter sniffer sees, so the same bytes around it read differently.
        boolean understood = before.dialect().delimiter() == fixture.delimiter()
                && before.records().stream().allMatch(p -> p.record().defect() == null);
        if (understood) {
            Read after = Read.of(out);
            // Line ending statistics may differ (a line break an edit put in a value counts in them), and so may the
            // encoding found: a Windows-1252 file whose edits removed or rearranged its only non-ASCII bytes can
            // read as UTF-8. Then only a pure ASCII file must read back the same.
            assertThat(List.of(after.dialect().bom(), after.dialect().delimiter(), after.dialect().header()))
                    .isEqualTo(List.of(before.dialect().bom(), before.dialect().delimiter(), before.dialect().header()));
            byte[] bytes = Files.readAllBytes(out);
            boolean ascii = true;
            for (byte b : bytes) {
                ascii &= b >= 0;
            }
            if (!after.dialect().charset().equals(before.dialect().charset()) && !ascii) {
                return;
            }
            assertThat(after.records()).hasSameSizeAs(before.records());
            Map<Long, List<String>> want = new HashMap<>();
            for (ParsedRecord p : before.records()) {
                String[] now = expected.get(p.record().number());
                want.put(p.record().number(), List.of(now == null ? p.record().values() : now));
            }
            for (ParsedRecord p : after.records()) {
                assertThat(List.of(p.record().values())).as("record %d", p.record().number())
                        .isEqualTo(want.get(p.record().number()));
            }
        }
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
