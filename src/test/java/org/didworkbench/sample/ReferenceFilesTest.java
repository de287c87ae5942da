package org.didworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout of the reference files is a contract with the reference-data reader. */
class ReferenceFilesTest {
    @TempDir
    static Path folder;

    @BeforeAll
    static void write() throws IOException {
        SampleGenerator.writeReference(folder);
    }

    private static List<CSVRecord> ods(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(folder.resolve("ods").resolve(name))) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.parse(r).getRecords();
            assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(27));
            return rows;
        }
    }

    @Test
    void theFolderHoldsExactlyTheAgreedFiles() throws IOException {
        try (var files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder("ods/epraccur.csv", "ods/etr.csv", "ods/ets.csv",
                            "postcodes/postcodes.csv", "nicip/nicip.csv");
        }
    }

    @Test
    void practicesAreFortyOpenOnesAndOneClosed() throws IOException {
        List<CSVRecord> rows = ods("epraccur.csv");
        assertThat(rows).hasSize(41);
        List<String> open = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> String.format(java.util.Locale.ROOT, "P81%03d", i)).toList();
        assertThat(rows.subList(0, 40)).extracting(r -> r.get(0)).containsExactlyElementsOf(open);
        assertThat(rows.subList(0, 40)).allSatisfy(r -> {
            assertThat(r.get(10)).matches("\\d{8}");
            assertThat(r.get(11)).isEmpty();
            assertThat(r.get(12)).isEqualTo("A");
            assertThat(r.get(25)).isEqualTo("4");
            assertThat(r.get(26)).isEmpty();
        });
        CSVRecord closed = rows.get(40);
        assertThat(List.of(closed.get(0), closed.get(11), closed.get(12), closed.get(25)))
                .containsExactly("P81099", "20250331", "C", "4");
        assertThat(rows).extracting(r -> r.get(1)).doesNotHaveDuplicates();
    }

    @Test
    void theTrustAndItsSites() throws IOException {
        List<CSVRecord> trust = ods("etr.csv");
        assertThat(trust).hasSize(1);
        assertThat(trust.get(0).get(0)).isEqualTo("RZZ");
        assertThat(trust.get(0).get(1)).isEqualTo("SYNTHETIC TEACHING HOSPITALS NHS TRUST");
        List<CSVRecord> sites = ods("ets.csv");
        assertThat(sites).extracting(r -> r.get(0) + "|" + r.get(11) + "|" + r.get(12))
                .containsExactly("RZZ01||A", "RZZ02||A", "RZZ03||A", "RZZ09|20250331|C");
    }

    @Test
    void postcodesHaveAHeaderAndLookReal() throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("postcodes/postcodes.csv"));
        assertThat(lines.get(0)).isEqualTo("pcds");
        List<String> codes = lines.subList(1, lines.size());
        assertThat(codes).hasSizeGreaterThan(300).doesNotHaveDuplicates().contains("LS1 4HR", "M13 9WL");
        assertThat(codes).allMatch(p -> p.matches("(LS|M|B|NE)\\d{1,2} \\d[ABD-HJLNP-UW-Z]{2}"));
        assertThat(codes).doesNotContainAnyElementsOf(new SyntheticWorld().unknownPostcodes());
    }

    @Test
    void nicipRowsHaveValidConceptIdsAndTheTwoRetiredCodes() throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("nicip/nicip.csv"));
        assertThat(lines.get(0)).isEqualTo(
                "SHORT_CODE,SCT_ID,PREFERRED,SHORT_CODE_START_DATE,SHORT_CODE_END_DATE,MODALITY");
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r).hasSize(6);
            assertThat(r[0]).matches("[A-Z0-9]{4,6}");
            assertThat(SampleRecordClassifier.verhoeff(r[1])).as(r[1]).isTrue();
            assertThat(r[1]).matches("[1-9]\\d{2,14}00\\d");
            assertThat(r[3]).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(r[4]).matches("|\\d{4}-\\d{2}-\\d{2}");
        });
        assertThat(rows).extracting(r -> r[0] + "|" + r[4]).contains("UGALB|2026-06-30", "XSKUL|2024-03-31");
        assertThat(rows).extracting(r -> r[0] + "|" + r[1]).contains("CCHES|169069000", "CABPE|419394006");
        assertThat(rows).extracting(r -> r[0].charAt(0)).contains('X', 'C', 'M', 'U', 'F', 'N');
        // active rows map one concept each way, so NICIP-to-SNOMED consistency is decidable
        List<String[]> active = rows.stream().filter(r -> r[4].isEmpty()).toList();
        assertThat(active).extracting(r -> r[0]).doesNotHaveDuplicates();
        assertThat(active).extracting(r -> r[1]).doesNotHaveDuplicates();
    }
}
