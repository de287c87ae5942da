package org.didworkbench.io.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

import org.didworkbench.domain.reference.PackedPostcodeDirectory;
import org.didworkbench.domain.reference.PostcodeKey;

/**
 * Reads postcode files into a {@link PackedPostcodeDirectory.Builder}. Two layouts are accepted,
 * told apart by the header row:
 * <ul>
 * <li>ONS Postcode Directory / National Statistics Postcode Lookup: a {@code pcds} column (one
 * space between outward and inward code) and, optionally, {@code doterm} (termination, yyyyMM,
 * empty while live); every other column is ignored;</li>
 * <li>a plain list: a {@code postcode} column (any spacing).</li>
 * </ul>
 * When both {@code pcds} and {@code postcode} are present, {@code pcds} is read.
 */
public final class PostcodeCsvReader {
    private PostcodeCsvReader() {
    }

    /**
     * Adds every postcode of one file to the builder.
     *
     * @param file  the file
     * @param shown its name for messages, e.g. {@code postcodes/ONSPD_FEB_2024_UK.csv}
     * @param into  where postcodes go
     * @return data rows read
     * @throws ReferenceDataException when the header names no postcode column, a postcode or a
     *                                termination month is malformed, or there are no rows
     */
    public static long read(Path file, String shown, PackedPostcodeDirectory.Builder into) throws IOException {
        long[] rows = {0};
        int[] columns = {-1, -1};
        CsvRows.readLarge(file, shown, (line, r) -> {
            if (columns[0] < 0) {
                Header h = new Header(r);
                columns[0] = h.index("PCDS") >= 0 ? h.index("PCDS") : h.index("POSTCODE");
                columns[1] = h.index("DOTERM");
                if (columns[0] < 0) {
                    throw new ReferenceDataException(shown, line, "the header row names no 'pcds' or 'postcode'"
                            + " column; expected an ONS Postcode Directory extract (with pcds) or a list headed"
                            + " 'postcode'");
                }
                return;
            }
            String postcode = CsvRows.field(r, columns[0]);
            long key = PostcodeKey.of(postcode);
            if (key == PostcodeKey.INVALID) {
                throw new ReferenceDataException(shown, line, "'" + postcode
                        + "' is not a postcode (expected 5 to 7 letters and digits, e.g. LS1 4HR)");
            }
            YearMonth terminated = null;
            if (columns[1] >= 0) {
                String t = CsvRows.field(r, columns[1]);
                if (!t.isEmpty()) {
                    terminated = ReferenceDates.yearMonth(t);
                    if (terminated == null) {
                        throw new ReferenceDataException(shown, line, "doterm '" + t
                                + "' is not a month in yyyyMM form (leave it empty for a live postcode)");
                    }
                }
            }
            into.add(key, terminated);
            rows[0]++;
        });
        if (columns[0] < 0 || rows[0] == 0) {
            throw new ReferenceDataException(shown, 0, "the file has no postcodes");
        }
        return rows[0];
    }
}
