package org.didworkbench.io.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.didworkbench.domain.reference.ImagingCodeEntry;

/**
 * Reads a NICIP table: a header row naming {@code SHORT_CODE}, {@code SCT_ID},
 * {@code SHORT_CODE_START_DATE}, {@code SHORT_CODE_END_DATE} and, optionally, {@code PREFERRED}
 * and {@code MODALITY} (did-reference.md §5.3; names compared ignoring case; other columns
 * ignored). One row per code version: a short code may have several rows (its history). Dates are
 * {@code yyyy-MM-dd} or {@code yyyyMMdd}; an empty end date means still active; an empty
 * {@code SCT_ID} means the row maps to no SNOMED CT concept.
 */
public final class NicipCsvReader {
    private static final String[] REQUIRED = {"SHORT_CODE", "SCT_ID", "SHORT_CODE_START_DATE", "SHORT_CODE_END_DATE"};

    private NicipCsvReader() {
    }

    /**
     * Reads one NICIP file.
     *
     * @param file  the file
     * @param shown its name for messages, e.g. {@code nicip/nicip_20240401.csv}
     * @return its rows in file order, short codes upper case
     * @throws ReferenceDataException when a required column is missing, a value is malformed or
     *                                there are no rows
     */
    public static List<ImagingCodeEntry> read(Path file, String shown) throws IOException {
        List<ImagingCodeEntry> out = new ArrayList<>();
        int[][] columns = {null};
        CsvRows.readSmall(file, shown, (line, r) -> {
            if (columns[0] == null) {
                columns[0] = columns(new Header(r), line, shown);
                return;
            }
            out.add(entry(r, columns[0], line, shown));
        });
        if (out.isEmpty()) {
            throw new ReferenceDataException(shown, 0, "the file has no NICIP rows");
        }
        return out;
    }

    private static int[] columns(Header h, long line, String shown) throws ReferenceDataException {
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (h.index(name) < 0) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new ReferenceDataException(shown, line, "the header row has no " + String.join(", ", missing)
                    + " column" + (missing.size() == 1 ? "" : "s") + "; expected SHORT_CODE, SCT_ID, PREFERRED,"
                    + " SHORT_CODE_START_DATE, SHORT_CODE_END_DATE and optionally MODALITY");
        }
        return new int[] {h.index("SHORT_CODE"), h.index("SCT_ID"), h.index("PREFERRED"),
                h.index("SHORT_CODE_START_DATE"), h.index("SHORT_CODE_END_DATE"), h.index("MODALITY")};
    }

    private static ImagingCodeEntry entry(CSVRecord r, int[] c, long line, String shown)
            throws ReferenceDataException {
        String code = CsvRows.field(r, c[0]);
        if (code.isEmpty() || code.length() > 10 || !code.chars().allMatch(NicipCsvReader::alnum)) {
            throw new ReferenceDataException(shown, line, "SHORT_CODE '" + code
                    + "' is not a NICIP code (letters and digits, e.g. CCHES)");
        }
        String sct = CsvRows.field(r, c[1]);
        if (!sct.isEmpty() && (sct.length() < 6 || sct.length() > 18 || !sct.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                || sct.charAt(0) == '0')) {
            throw new ReferenceDataException(shown, line, "SCT_ID '" + sct
                    + "' is not a SNOMED CT identifier (6 to 18 digits, no leading zero); leave it empty when the"
                    + " row has no mapping");
        }
        LocalDate start = date(CsvRows.field(r, c[3]), "SHORT_CODE_START_DATE", line, shown);
        LocalDate end = date(CsvRows.field(r, c[4]), "SHORT_CODE_END_DATE", line, shown);
        if (start != null && end != null && end.isBefore(start)) {
            throw new ReferenceDataException(shown, line, "SHORT_CODE_END_DATE " + end
                    + " is before SHORT_CODE_START_DATE " + start);
        }
        String preferred = c[2] >= 0 ? CsvRows.field(r, c[2]) : "";
        String modality = c[5] >= 0 ? CsvRows.field(r, c[5]) : "";
        return new ImagingCodeEntry(code.toUpperCase(Locale.ROOT), sct.isEmpty() ? null : sct, preferred, start, end,
                modality.isEmpty() ? null : modality);
    }

    private static LocalDate date(String value, String column, long line, String shown)
            throws ReferenceDataException {
        if (value.isEmpty()) {
            return null;
        }
        LocalDate d = ReferenceDates.isoOrCompact(value);
        if (d == null) {
            throw new ReferenceDataException(shown, line, column + " '" + value
                    + "' is not a date (expected yyyy-MM-dd or yyyyMMdd)");
        }
        return d;
    }

    private static boolean alnum(int ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
    }
}
