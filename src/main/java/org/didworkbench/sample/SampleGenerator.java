package org.didworkbench.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.rules.did.DidV1Items;

/**
 * Writes synthetic DID v1 submission files and the synthetic reference data that goes with them.
 *
 * <p>Output: 18 columns in the order of did-reference.md §1.2, comma separated, LF line ends,
 * UTF-8 (in practice ASCII), a value quoted only when it holds a comma, quote or line break
 * (generated values never do), no header unless asked for. The same {@link GeneratorOptions}
 * always give the same bytes. Streaming: memory does not grow with the number of records.
 *
 * <p>Every value is synthetic: NHS numbers are in the 999 test range, practices, sites, the trust
 * and most SNOMED CT ids are invented (see {@code sample-data/README.md}).
 */
public final class SampleGenerator {
    private static final int BUFFER_CHARS = 1 << 16;

    private SampleGenerator() {
    }

    /**
     * Writes a submission file, creating its folder when missing and replacing any existing file.
     *
     * @return what was written, including the count of each deliberate problem
     * @throws IOException when the file cannot be written
     */
    public static GenerationSummary write(GeneratorOptions options, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), BUFFER_CHARS)) {
            return write(options, w);
        }
    }

    /**
     * Writes a submission to a writer, which is flushed but not closed.
     *
     * @return what was written
     * @throws IOException when the writer fails
     */
    public static GenerationSummary write(GeneratorOptions options, Writer out) throws IOException {
        SplittableRandom rng = new SplittableRandom(options.seed());
        SyntheticWorld world = new SyntheticWorld();
        RecordMaker maker = new RecordMaker(world, options, rng);
        ProblemInjector injector = new ProblemInjector(world, maker, options, rng);
        ProblemSchedule schedule = new ProblemSchedule(options.seed(), options.problems());
        Map<Problem, Long> counts = new EnumMap<>(Problem.class);
        StringBuilder line = new StringBuilder(256);
        if (options.header()) {
            String[] names = DidV1Items.items().stream().map(DataItem::name).toArray(String[]::new);
            out.write(csvLine(line, names));
        }
        String[] lastClean = null;
        for (long i = 0; i < options.records(); i++) {
            Problem p = schedule.at(i);
            RecordDraft d = maker.make(p == null);
            String[] fields;
            if (p == null) {
                fields = d.toFields();
                lastClean = fields;
            } else {
                injector.change(p, d);
                fields = injector.mangle(p, d.toFields(), d, lastClean);
                counts.merge(p, 1L, Long::sum);
            }
            out.write(csvLine(line, fields));
        }
        out.flush();
        return new GenerationSummary(options.records(), counts);
    }

    /**
     * Writes the synthetic reference files the sample data is checked against:
     * {@code ods/epraccur.csv}, {@code ods/etr.csv}, {@code ods/ets.csv},
     * {@code postcodes/postcodes.csv} and {@code nicip/nicip.csv} under the folder (created when
     * missing; existing files replaced). Layouts are described in {@code sample-data/README.md}.
     *
     * @throws IOException when a file cannot be written
     */
    public static void writeReference(Path folder) throws IOException {
        new ReferenceWriter(new SyntheticWorld()).write(folder);
    }

    /** One CSV line with its LF, quoting only the values that need it. */
    static String csvLine(StringBuilder sb, String[] fields) {
        sb.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            appendValue(sb, fields[i]);
        }
        return sb.append('\n').toString();
    }

    static void appendValue(StringBuilder sb, String v) {
        boolean quote = false;
        for (int k = 0; k < v.length() && !quote; k++) {
            char c = v.charAt(k);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            sb.append(v);
            return;
        }
        sb.append('"');
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
