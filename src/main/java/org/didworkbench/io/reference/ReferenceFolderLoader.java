package org.didworkbench.io.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.didworkbench.domain.reference.ImagingCodeEntry;
import org.didworkbench.domain.reference.ImagingCodeTable;
import org.didworkbench.domain.reference.LoadedReferenceData;
import org.didworkbench.domain.reference.MapImagingCodeTable;
import org.didworkbench.domain.reference.MapOdsDirectory;
import org.didworkbench.domain.reference.OdsDirectory;
import org.didworkbench.domain.reference.OdsOrganisation;
import org.didworkbench.domain.reference.OdsSuccession;
import org.didworkbench.domain.reference.PackedPostcodeDirectory;
import org.didworkbench.domain.reference.PostcodeDirectory;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.reference.ReferenceSource;

/**
 * Loads a reference folder (layout in docs/reference-data.md):
 * <pre>
 * folder/
 *   ods/        epraccur.csv, etr.csv, ets.csv, any other ODS organisation *.csv, optional succ.csv
 *   postcodes/  *.csv with a pcds column (ONSPD / NSPL) or a postcode column
 *   nicip/      *.csv with SHORT_CODE, SCT_ID, PREFERRED, SHORT_CODE_START_DATE, SHORT_CODE_END_DATE [, MODALITY]
 * </pre>
 * A missing (or empty) sub-folder leaves that kind out; the validator then reports the rules that
 * need it as not checked. Sub-folder and file names are matched ignoring case. Stateless.
 */
public final class ReferenceFolderLoader {
    static final String ODS = "ods";
    static final String POSTCODES = "postcodes";
    static final String NICIP = "nicip";
    static final String SUCCESSION = "succ.csv";

    private ReferenceFolderLoader() {
    }

    /**
     * Loads every kind of reference data found in the folder.
     *
     * @param folder the reference folder
     * @return the data, with one {@link ReferenceSource} per kind loaded
     * @throws ReferenceDataException when the folder does not exist or a reference file is malformed
     *                                (the message names the file, the line and the problem)
     * @throws IOException            when a file cannot be read
     */
    public static LoadedReferenceData load(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new ReferenceDataException(folder.toString(), 0, "the reference folder does not exist");
        }
        List<ReferenceSource> sources = new ArrayList<>();
        OdsDirectory ods = loadOds(folder, sources);
        PostcodeDirectory postcodes = loadPostcodes(folder, sources);
        ImagingCodeTable nicip = loadNicip(folder, sources);
        return new LoadedReferenceData(ods, postcodes, nicip, sources);
    }

    private static OdsDirectory loadOds(Path folder, List<ReferenceSource> sources) throws IOException {
        List<Path> files = csvFiles(folder, ODS);
        List<Path> organisationFiles = new ArrayList<>();
        Path succession = null;
        for (Path f : files) {
            if (name(f).equalsIgnoreCase(SUCCESSION)) {
                succession = f;
            } else {
                organisationFiles.add(f);
            }
        }
        if (organisationFiles.isEmpty()) {
            return null;
        }
        // epraccur, etr, ets first, so that when a code is in two files the standard download describes it.
        organisationFiles.sort(Comparator.comparing((Path f) -> OdsCsvReader.OdsFile.of(name(f)))
                .thenComparing(f -> name(f).toLowerCase(Locale.ROOT)));
        List<OdsOrganisation> entries = new ArrayList<>();
        List<Path> used = new ArrayList<>(organisationFiles);
        for (Path f : organisationFiles) {
            entries.addAll(OdsCsvReader.readOrganisations(f, shown(ODS, f), OdsCsvReader.OdsFile.of(name(f))));
        }
        List<OdsSuccession> successions = List.of();
        if (succession != null) {
            successions = OdsCsvReader.readSuccessions(succession, shown(ODS, succession));
            used.add(succession);
        }
        sources.add(source(ReferenceKind.ODS, used, entries.size() + (long) successions.size()));
        return new MapOdsDirectory(entries, successions);
    }

    private static PostcodeDirectory loadPostcodes(Path folder, List<ReferenceSource> sources) throws IOException {
        List<Path> files = csvFiles(folder, POSTCODES);
        if (files.isEmpty()) {
            return null;
        }
        PackedPostcodeDirectory.Builder builder = new PackedPostcodeDirectory.Builder();
        long rows = 0;
        for (Path f : files) {
            rows += PostcodeCsvReader.read(f, shown(POSTCODES, f), builder);
        }
        sources.add(source(ReferenceKind.POSTCODES, files, rows));
        return builder.build();
    }

    private static ImagingCodeTable loadNicip(Path folder, List<ReferenceSource> sources) throws IOException {
        List<Path> files = csvFiles(folder, NICIP);
        if (files.isEmpty()) {
            return null;
        }
        List<ImagingCodeEntry> entries = new ArrayList<>();
        for (Path f : files) {
            entries.addAll(NicipCsvReader.read(f, shown(NICIP, f)));
        }
        sources.add(source(ReferenceKind.IMAGING_CODES, files, entries.size()));
        return new MapImagingCodeTable(entries);
    }

    /** The *.csv files of a sub-folder (names matched ignoring case), sorted by name; empty when absent. */
    private static List<Path> csvFiles(Path folder, String sub) throws IOException {
        Optional<Path> dir = child(folder, sub);
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir.get())) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> name(p).toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted(Comparator.comparing(p -> name(p).toLowerCase(Locale.ROOT)))
                    .toList();
        }
    }

    private static Optional<Path> child(Path folder, String sub) throws IOException {
        Path exact = folder.resolve(sub);
        if (Files.isDirectory(exact)) {
            return Optional.of(exact);
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isDirectory).filter(p -> name(p).equalsIgnoreCase(sub)).findFirst();
        }
    }

    /**
     * One source per kind: the file names joined, the rows read, and as-of the newest date found in
     * a file name or, when no name carries one, the newest modification date.
     */
    private static ReferenceSource source(ReferenceKind kind, List<Path> files, long rows) throws IOException {
        LocalDate fromNames = null;
        LocalDate modified = null;
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            names.add(name(f));
            LocalDate n = FileNameDates.find(name(f)).orElse(null);
            if (n != null && (fromNames == null || n.isAfter(fromNames))) {
                fromNames = n;
            }
            LocalDate m = LocalDate.ofInstant(Files.getLastModifiedTime(f).toInstant(), ZoneId.systemDefault());
            if (modified == null || m.isAfter(modified)) {
                modified = m;
            }
        }
        return new ReferenceSource(kind, String.join(", ", names), fromNames != null ? fromNames : modified, rows);
    }

    private static String shown(String sub, Path file) {
        return sub + "/" + name(file);
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
