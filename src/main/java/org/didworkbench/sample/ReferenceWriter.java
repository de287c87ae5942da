package org.didworkbench.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.didworkbench.sample.SyntheticWorld.ImagingCode;
import org.didworkbench.sample.SyntheticWorld.Organisation;

/**
 * Writes the synthetic reference files. The ODS files copy the layout of NHS ODS downloads
 * (27 columns, no header, every value in double quotes, dates yyyyMMdd); the postcode file is a
 * one-column extract with the ONS Postcode Directory column name {@code pcds}; the NICIP file has
 * the column names of the national NICIP table (did-reference.md §5.3) with ISO dates.
 */
final class ReferenceWriter {
    static final String NICIP_HEADER =
            "SHORT_CODE,SCT_ID,PREFERRED,SHORT_CODE_START_DATE,SHORT_CODE_END_DATE,MODALITY";
    private static final int ODS_COLUMNS = 27;
    private static final DateTimeFormatter ODS_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final List<String> STREETS = List.of("CHURCH LANE", "MILL ROAD", "HIGH STREET", "STATION ROAD",
            "PARK AVENUE", "VICTORIA ROAD", "QUEEN STREET", "NORTH ROAD");

    private final SyntheticWorld world;

    ReferenceWriter(SyntheticWorld world) {
        this.world = world;
    }

    void write(Path folder) throws IOException {
        StringBuilder sb = new StringBuilder();
        List<Organisation> practices = new java.util.ArrayList<>(world.practices());
        practices.add(world.closedPractice());
        for (int i = 0; i < practices.size(); i++) {
            sb.append(odsLine(practices.get(i), i, "B", practices.get(i).area().commissioner(), "4"));
        }
        writeFile(folder.resolve("ods/epraccur.csv"), sb);

        sb.setLength(0);
        Organisation trust = new Organisation(SyntheticWorld.TRUST_CODE, SyntheticWorld.TRUST_NAME, Area.LEEDS,
                "LS1 4HR", LocalDate.of(1993, 4, 1), null, 0);
        sb.append(odsLine(trust, 0, "", "", ""));
        writeFile(folder.resolve("ods/etr.csv"), sb);

        sb.setLength(0);
        List<Organisation> sites = new java.util.ArrayList<>(world.sites());
        sites.add(world.closedSite());
        for (int i = 0; i < sites.size(); i++) {
            // for sites, column 15 holds the parent organisation
            sb.append(odsLine(sites.get(i), i + 1, "", SyntheticWorld.TRUST_CODE, ""));
        }
        writeFile(folder.resolve("ods/ets.csv"), sb);

        sb.setLength(0);
        sb.append("pcds\n");
        world.allPostcodes().forEach(p -> sb.append(p).append('\n'));
        writeFile(folder.resolve("postcodes/postcodes.csv"), sb);

        sb.setLength(0);
        sb.append(NICIP_HEADER).append('\n');
        for (ImagingCode c : world.imagingRows()) {
            String[] row = {c.nicip(), c.sctId(), c.preferred(), c.start().toString(),
                    c.end() == null ? "" : c.end().toString(), c.modality().label()};
            sb.append(SampleGenerator.csvLine(new StringBuilder(), row));
        }
        writeFile(folder.resolve("nicip/nicip.csv"), sb);
    }

    /**
     * One ODS row: 1 code, 2 name, 3 national grouping, 4 high-level health geography, 5-9 address,
     * 10 postcode, 11 open date, 12 close date, 13 status, 14 sub-type, 15 commissioner or parent,
     * 16 join date, 17 left date, 18 telephone, 22 amended-record indicator, 24 provider/purchaser,
     * 26 prescribing setting; the rest empty.
     */
    private static String odsLine(Organisation o, int index, String subType, String commissionerOrParent,
                                  String prescribingSetting) {
        String[] c = new String[ODS_COLUMNS];
        Arrays.fill(c, "");
        Area a = o.area();
        c[0] = o.code();
        c[1] = o.name().toUpperCase(Locale.ROOT);
        c[2] = a.nationalGrouping();
        c[3] = a.healthGeography();
        c[4] = (2 + index * 7 % 180) + " " + STREETS.get(index % STREETS.size());
        c[7] = a.town();
        c[9] = o.postcode();
        c[10] = o.open().format(ODS_DATE);
        c[11] = o.close() == null ? "" : o.close().format(ODS_DATE);
        c[12] = o.close() == null ? "A" : "C";
        c[13] = subType;
        c[14] = commissionerOrParent;
        c[15] = c[10];
        c[16] = c[11];
        c[17] = telephone(a, index);
        c[21] = "0";
        c[23] = commissionerOrParent;
        c[25] = prescribingSetting;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.length; i++) {
            sb.append(i == 0 ? "\"" : ",\"").append(c[i]).append('"');
        }
        return sb.append('\n').toString();
    }

    /** Numbers from Ofcom's ranges reserved for drama, so none can ring anyone. */
    private static String telephone(Area a, int index) {
        String prefix = switch (a) {
            case LEEDS -> "0113 496 0";
            case MANCHESTER -> "0161 496 0";
            case BIRMINGHAM -> "0121 496 0";
            case NEWCASTLE -> "0191 498 0";
        };
        return prefix + String.format(Locale.ROOT, "%03d", 100 + index * 13 % 900);
    }

    private static void writeFile(Path file, CharSequence content) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.append(content);
        }
    }
}
