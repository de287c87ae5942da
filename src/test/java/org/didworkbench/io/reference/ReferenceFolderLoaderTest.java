package org.didworkbench.io.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.didworkbench.domain.reference.ImagingCodeEntry;
import org.didworkbench.domain.reference.LoadedReferenceData;
import org.didworkbench.domain.reference.OdsDirectory;
import org.didworkbench.domain.reference.OdsOrganisation;
import org.didworkbench.domain.reference.OdsRoles;
import org.didworkbench.domain.reference.OdsType;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.reference.ReferenceSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the fixture folder (src/test/resources/reference/fixture) and variations of it. */
class ReferenceFolderLoaderTest {
    @TempDir
    Path temp;

    static Path fixture() {
        try {
            return Path.of(ReferenceFolderLoaderTest.class.getResource("/reference/fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheOdsDownloadsWithTypesRolesDatesAndSuccession() throws IOException {
        OdsDirectory ods = ReferenceFolderLoader.load(fixture()).ods().orElseThrow();

        OdsOrganisation practice = ods.find("P81001").orElseThrow();
        assertThat(practice.type()).isEqualTo(OdsType.GP_PRACTICE);
        assertThat(practice.roles()).containsExactlyInAnyOrder(OdsRoles.GP_PRACTICE, OdsRoles.PRESCRIBING_COST_CENTRE);
        assertThat(practice.openDate()).isEqualTo(LocalDate.of(1974, 4, 1));
        assertThat(practice.closeDate()).isNull();

        OdsOrganisation walkIn = ods.find("Y01234").orElseThrow();
        assertThat(walkIn.type()).as("prescribing setting 1 is not a GP practice").isEqualTo(OdsType.ORGANISATION);
        assertThat(walkIn.isPracticeOrPrescribingCostCentre()).isTrue();

        assertThat(ods.find("P81099").orElseThrow().closeDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(ods.find("RZZ").orElseThrow().roles()).containsExactly(OdsRoles.NHS_TRUST);
        OdsOrganisation closedSite = ods.find("RZZ09").orElseThrow();
        assertThat(closedSite.type()).isEqualTo(OdsType.SITE);
        assertThat(closedSite.closeDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(ods.find("NEF10").orElseThrow().type()).as("ecare.csv, same layout").isEqualTo(OdsType.ORGANISATION);

        assertThat(ods.find("RZZ07")).isEmpty();
        assertThat(ods.known("RZZ07")).isTrue();
        assertThat(ods.findFollowingSuccession("RZZ08")).map(OdsOrganisation::code).contains("RZZ01");
        assertThat(ods.successionsOf("RZZ07").get(0).effectiveDate()).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void readsWindows1252Names() throws IOException {
        OdsDirectory ods = ReferenceFolderLoader.load(fixture()).ods().orElseThrow();
        assertThat(ods.find("P81003").orElseThrow().name()).isEqualTo("CAF\u00c9 HOUSE SURGERY");
    }

    @Test
    void readsUtf8WithAByteOrderMark() throws IOException {
        Path ods = Files.createDirectories(temp.resolve("ods"));
        String row = "\"P81005\",\"CAF\u00c9 UTF-8 SURGERY\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"LS1 4HR\",\"19740401\","
                + "\"\",\"A\",\"B\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"4\",\"\"\n";
        Files.write(ods.resolve("epraccur.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                row.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        OdsOrganisation o = ReferenceFolderLoader.load(temp).ods().orElseThrow().find("P81005").orElseThrow();
        assertThat(o.name()).isEqualTo("CAF\u00c9 UTF-8 SURGERY");
        assertThat(o.type()).isEqualTo(OdsType.GP_PRACTICE);
    }

    @Test
    void aPaddedPrescribingSettingStillMarksAGpPractice() throws IOException {
        Path ods = Files.createDirectories(temp.resolve("ods"));
        String row = "P81006,PADDED SETTING SURGERY,,,,,,,,LS1 4HR,19740401,,A,B,,,,,,,,,,,,%s,\n";
        Files.writeString(ods.resolve("epraccur.csv"), row.formatted("04") + row.formatted("10").replace("P81006", "Y00010"));
        OdsDirectory d = ReferenceFolderLoader.load(temp).ods().orElseThrow();
        assertThat(d.find("P81006").orElseThrow().type()).isEqualTo(OdsType.GP_PRACTICE);
        assertThat(d.find("Y00010").orElseThrow().type()).isEqualTo(OdsType.ORGANISATION);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void readsBothPostcodeLayouts() throws IOException {
        var postcodes = ReferenceFolderLoader.load(fixture()).postcodes().orElseThrow();
        assertThat(postcodes.contains("LS1 4HR")).isTrue();
        assertThat(postcodes.contains("M1 1AE")).as("pcds, not the padded pcd column").isTrue();
        assertThat(postcodes.contains("M60 1NW")).as("from the plain list, lower case there").isTrue();
        assertThat(postcodes.contains("NE99 1AA")).as("double space in the list").isTrue();
        assertThat(postcodes.contains("LS2 9JT")).isTrue();
        assertThat(postcodes.terminated("LS2 9JT")).contains(YearMonth.of(2020, 1));
        assertThat(postcodes.terminated("LS1 4HR")).isEmpty();
        assertThat(postcodes.contains("LS99 9ZZ")).isFalse();
    }

    @Test
    void readsTheNicipTableWithHistoryAndOptionalColumns() throws IOException {
        var table = ReferenceFolderLoader.load(fixture()).imagingCodes().orElseThrow();
        assertThat(table.nicip("CCHES")).containsExactly(
                new ImagingCodeEntry("CCHES", "169069000", "CT Thorax", LocalDate.of(2010, 4, 1), null, "CT"));
        assertThat(table.nicip("XCHES").get(0).start()).as("yyyyMMdd").isEqualTo(LocalDate.of(2010, 4, 1));
        assertThat(table.nicip("NCASP")).extracting(ImagingCodeEntry::snomed).containsExactly("700000408", "700000505");
        assertThat(table.nicip("NCASP").get(0).end()).isEqualTo(LocalDate.of(2020, 9, 30));
        ImagingCodeEntry unmapped = table.nicip("XNOMP").get(0);
        assertThat(unmapped.snomed()).isNull();
        assertThat(unmapped.modality()).isNull();
        assertThat(unmapped.start()).as("a time after the date is ignored").isEqualTo(LocalDate.of(2010, 4, 1));
        assertThat(table.snomed("700000505")).extracting(ImagingCodeEntry::nicip).containsExactly("NCASP");
        assertThat(table.nicip("ZZZZZ")).isEmpty();
    }

    @Test
    void recordsOneSourcePerKindWithFilesRowsAndDateFromTheFileName() throws IOException {
        List<ReferenceSource> sources = ReferenceFolderLoader.load(fixture()).sources();
        assertThat(sources).extracting(ReferenceSource::kind)
                .containsExactly(ReferenceKind.ODS, ReferenceKind.POSTCODES, ReferenceKind.IMAGING_CODES);
        assertThat(sources.get(0).file()).isEqualTo("epraccur.csv, etr.csv, ets.csv, ecare.csv, succ.csv");
        assertThat(sources.get(0).rows()).isEqualTo(5 + 2 + 4 + 1 + 2);
        assertThat(sources.get(1).file()).isEqualTo("extra_postcodes.csv, ONSPD_FEB_2026_UK.csv");
        assertThat(sources.get(1).rows()).isEqualTo(7);
        assertThat(sources.get(1).asOf()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(sources.get(2).file()).isEqualTo("nicip_20260401.csv");
        assertThat(sources.get(2).rows()).isEqualTo(7);
        assertThat(sources.get(2).asOf()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void withoutADateInTheNameAsOfIsTheNewestModificationDate() throws IOException {
        Path copy = copyOf("ods");
        setModified(copy.resolve("ods/etr.csv"), LocalDate.of(2026, 5, 14));
        setModified(copy.resolve("ods/ets.csv"), LocalDate.of(2026, 6, 2));
        Stream.of("epraccur.csv", "ecare.csv", "succ.csv")
                .forEach(f -> setModified(copy.resolve("ods").resolve(f), LocalDate.of(2025, 1, 1)));
        assertThat(ReferenceFolderLoader.load(copy).sources().get(0).asOf()).isEqualTo(LocalDate.of(2026, 6, 2));
    }

    @Test
    void aMissingSubFolderLeavesThatKindOut() throws IOException {
        LoadedReferenceData onlyOds = ReferenceFolderLoader.load(copyOf("ods"));
        assertThat(onlyOds.has(ReferenceKind.ODS)).isTrue();
        assertThat(onlyOds.has(ReferenceKind.POSTCODES)).isFalse();
        assertThat(onlyOds.has(ReferenceKind.IMAGING_CODES)).isFalse();
        assertThat(onlyOds.sources()).extracting(ReferenceSource::kind).containsExactly(ReferenceKind.ODS);

        Files.createDirectories(temp.resolve("empty/nicip"));
        Files.writeString(temp.resolve("empty/nicip/notes.txt"), "no csv here");
        Path succOnly = Files.createDirectories(temp.resolve("empty/ods"));
        Files.writeString(succOnly.resolve("succ.csv"), "\"RZZ07\",\"RZZ01\",\"Merger\",\"20240401\"\n");
        LoadedReferenceData none = ReferenceFolderLoader.load(temp.resolve("empty"));
        assertThat(none.ods()).as("a succession file alone is no ODS data").isEmpty();
        assertThat(none.imagingCodes()).isEmpty();
        assertThat(none.sources()).isEmpty();
    }

    @Test
    void subFolderAndFileNamesMatchIgnoringCase() throws IOException {
        Path ods = Files.createDirectories(temp.resolve("ODS"));
        Files.copy(fixture().resolve("ods/epraccur.csv"), ods.resolve("EPRACCUR.CSV"));
        OdsDirectory d = ReferenceFolderLoader.load(temp).ods().orElseThrow();
        assertThat(d.find("P81001").orElseThrow().type()).isEqualTo(OdsType.GP_PRACTICE);
    }

    private Path copyOf(String... subFolders) throws IOException {
        Path root = Files.createDirectories(temp.resolve("copy"));
        for (String sub : subFolders) {
            Path to = Files.createDirectories(root.resolve(sub));
            try (Stream<Path> files = Files.list(fixture().resolve(sub))) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return root;
    }

    private static void setModified(Path file, LocalDate day) {
        try {
            Files.setLastModifiedTime(file,
                    FileTime.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
