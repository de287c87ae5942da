package org.didworkbench.io.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.didworkbench.domain.reference.OdsOrganisation;
import org.didworkbench.domain.reference.OdsRoles;
import org.didworkbench.domain.reference.OdsSuccession;
import org.didworkbench.domain.reference.OdsType;

/**
 * Reads the standard NHS ODS CSV downloads: no header, 27 columns (code, name, national grouping,
 * high level health geography, address lines 1–5, postcode, open date, close date, status,
 * sub-type, parent, …, prescribing setting in column 26 of {@code epraccur}), and the ODS
 * succession file {@code succ.csv} (old code, new code, reason, effective date).
 */
public final class OdsCsvReader {
    /** Columns up to and including the close date must be there in every row. */
    private static final int MIN_COLUMNS = 12;
    /** {@code epraccur} must reach the prescribing setting (column 26). */
    private static final int MIN_PRACTICE_COLUMNS = 26;
    private static final String GP_PRACTICE_SETTING = "4";

    private OdsCsvReader() {
    }

    /** Which download a file is, by name; it decides the type and roles given to its rows. */
    public enum OdsFile {
        /** {@code epraccur.csv}: GP practices and other prescribing cost centres. */
        GP_PRACTICES,
        /** {@code etr.csv}: NHS trusts. */
        TRUSTS,
        /** {@code ets.csv}: NHS trust sites. */
        TRUST_SITES,
        /** Any other organisation file in the same layout (e.g. ecare, eother, ephp). */
        OTHER;

        /** The kind of a file by its name (case ignored). */
        public static OdsFile of(String fileName) {
            return switch (fileName.toLowerCase(Locale.ROOT)) {
                case "epraccur.csv" -> GP_PRACTICES;
                case "etr.csv" -> TRUSTS;
                case "ets.csv" -> TRUST_SITES;
                default -> OTHER;
            };
        }
    }

    /**
     * Reads one ODS organisation file.
     *
     * @param file  the file
     * @param shown its name for messages, e.g. {@code ods/etr.csv}
     * @param kind  which download it is
     * @return its entries in file order, codes upper case
     * @throws ReferenceDataException when a row is malformed or the file has no rows
     */
    public static List<OdsOrganisation> readOrganisations(Path file, String shown, OdsFile kind)
            throws IOException {
        List<OdsOrganisation> out = new ArrayList<>();
        CsvRows.readSmall(file, shown, (line, r) -> out.add(organisation(r, line, shown, kind)));
        if (out.isEmpty()) {
            throw new ReferenceDataException(shown, 0, "the file has no rows; expected an ODS CSV download");
        }
        return out;
    }

    private static OdsOrganisation organisation(CSVRecord r, long line, String shown, OdsFile kind)
            throws ReferenceDataException {
        int needed = kind == OdsFile.GP_PRACTICES ? MIN_PRACTICE_COLUMNS : MIN_COLUMNS;
        if (r.size() < needed) {
            throw new ReferenceDataException(shown, line, "the row has " + r.size() + " column"
                    + (r.size() == 1 ? "" : "s") + " where the ODS layout has 27 (at least " + needed + " needed)");
        }
        String code = code(CsvRows.field(r, 0), line, shown, "organisation code (column 1)");
        LocalDate open = date(CsvRows.field(r, 10), line, shown, "open date (column 11)");
        LocalDate close = date(CsvRows.field(r, 11), line, shown, "close date (column 12)");
        if (open != null && close != null && close.isBefore(open)) {
            throw new ReferenceDataException(shown, line, "close date " + close + " is before open date " + open);
        }
        String name = CsvRows.field(r, 1);
        return switch (kind) {
            case GP_PRACTICES -> {
                // "04" is read as 4: a spreadsheet round trip may pad the setting.
                boolean practice = GP_PRACTICE_SETTING.equals(CsvRows.field(r, 25).replaceFirst("^0+(?=.)", ""));
                // Every epraccur row is a prescribing cost centre; setting 4 makes it a GP practice.
                yield new OdsOrganisation(code, name, practice ? OdsType.GP_PRACTICE : OdsType.ORGANISATION, open,
                        close, practice ? Set.of(OdsRoles.PRESCRIBING_COST_CENTRE, OdsRoles.GP_PRACTICE)
                        : Set.of(OdsRoles.PRESCRIBING_COST_CENTRE), null);
            }
            case TRUSTS -> new OdsOrganisation(code, name, OdsType.ORGANISATION, open, close,
                    Set.of(OdsRoles.NHS_TRUST), null);
            case TRUST_SITES -> new OdsOrganisation(code, name, OdsType.SITE, open, close,
                    Set.of(OdsRoles.NHS_TRUST_SITE), null);
            case OTHER -> new OdsOrganisation(code, name, OdsType.ORGANISATION, open, close, Set.of(), null);
        };
    }

    /**
     * Reads the ODS succession file: column 1 old code, 2 new code, 3 reason, 4 effective date
     * ({@code yyyyMMdd}, may be empty). An empty file gives an empty list.
     */
    public static List<OdsSuccession> readSuccessions(Path file, String shown) throws IOException {
        List<OdsSuccession> out = new ArrayList<>();
        CsvRows.readSmall(file, shown, (line, r) -> {
            if (r.size() < 4) {
                throw new ReferenceDataException(shown, line, "the row has " + r.size() + " column"
                        + (r.size() == 1 ? "" : "s")
                        + " where the ODS succession layout has at least 4 (old code, new code, reason, effective date)");
            }
            String oldCode = code(CsvRows.field(r, 0), line, shown, "old code (column 1)");
            String newCode = code(CsvRows.field(r, 1), line, shown, "new code (column 2)");
            LocalDate effective = date(CsvRows.field(r, 3), line, shown, "effective date (column 4)");
            out.add(new OdsSuccession(oldCode, newCode, CsvRows.field(r, 2), effective));
        });
        return out;
    }

    private static String code(String value, long line, String shown, String what) throws ReferenceDataException {
        if (value.isEmpty() || value.length() > 12 || !value.chars().allMatch(OdsCsvReader::alnum)) {
            throw new ReferenceDataException(shown, line, what + " '" + value
                    + "' is not an ODS code (1 to 12 letters and digits)"
                    + (line == 1 ? "; ODS CSV downloads have no header row" : ""));
        }
        return value.toUpperCase(Locale.ROOT);
    }

    private static LocalDate date(String value, long line, String shown, String what) throws ReferenceDataException {
        if (value.isEmpty()) {
            return null;
        }
        LocalDate d = ReferenceDates.compact(value);
        if (d == null) {
            throw new ReferenceDataException(shown, line, what + " '" + value + "' is not a date in yyyyMMdd form"
                    + (line == 1 ? "; ODS CSV downloads have no header row" : ""));
        }
        return d;
    }

    private static boolean alnum(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
