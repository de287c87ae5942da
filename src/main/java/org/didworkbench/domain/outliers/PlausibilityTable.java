package org.didworkbench.domain.outliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The age and gender plausibility rules as data: one row per kind of examination. The default
 * table is the CSV text {@link #DEFAULT_CSV}, kept here because the domain may not read files or
 * resources; a user's own table (same columns) can be read by the io layer and passed to
 * {@link #parse}. Immutable.
 */
public record PlausibilityTable(List<PlausibilityRow> rows) {

    /** The columns, in order, that a table's header line must name. */
    public static final List<String> COLUMNS = List.of("nicip_codes", "description_words", "examination",
            "allowed_gender", "min_age", "max_age", "reason");

    /**
     * The default table. Lists in a cell are separated by {@code |}. Rows that match on
     * description words work only when the NICIP table is loaded (it carries the preferred terms);
     * NICIP code patterns are used only where did-reference.md names the codes.
     */
    public static final String DEFAULT_CSV = """
            # DID Workbench plausibility table: ages in completed years at DIAGNOSTIC TEST DATE.
            # A record is flagged when a row covers its examination and its age is outside min_age..max_age
            # (DQW-AGE-EXAM) or its PERSON GENDER CODE CURRENT is the other known gender (DQW-GENDER-EXAM).
            nicip_codes,description_words,examination,allowed_gender,min_age,max_age,reason
            *,,any examination,,,110,"No one in England is known to be much over 115; an age over 110 almost always means a PERSON BIRTH DATE with the wrong year or century."
            XDEXA|CDEXA,densitometr|dexa|dxa,bone densitometry,,16,,"Bone density scans of children are done only in specialist paediatric centres; under 16 a wrong PERSON BIRTH DATE is the likelier explanation."
            ,obstetric|fetal|foetal|pregnan,obstetric imaging,2,10,60,"Obstetric examinations are of pregnant women; a male gender or an age outside 10 to 60 usually means a wrong PERSON GENDER CODE CURRENT or PERSON BIRTH DATE."
            ,neonat,neonatal examination,,,1,"Neonatal examinations are of newborn babies; an older patient points at a wrong PERSON BIRTH DATE or examination code."
            ,infant,infant examination,,,2,"Infant examinations (such as hip ultrasound) are done in the first months of life; an older patient points at a wrong PERSON BIRTH DATE or examination code."
            ,paediatric|bone age,paediatric-only examination,,,18,"Paediatric-only examinations (such as bone age) are of children; a year of slack is allowed for transition to adult services."
            """;

    public PlausibilityTable {
        rows = List.copyOf(rows);
    }

    /** The default table ({@link #DEFAULT_CSV}). */
    public static PlausibilityTable defaults() {
        return parse(DEFAULT_CSV);
    }

    /** A table with no rows: no age or gender checks. */
    public static PlausibilityTable empty() {
        return new PlausibilityTable(List.of());
    }

    /**
     * Reads a table from CSV text: comment lines start with {@code #}; the first other line is the
     * header ({@link #COLUMNS}); fields may be double-quoted, with {@code ""} for a quote.
     *
     * @throws IllegalArgumentException naming the line when the text is not such a table
     */
    public static PlausibilityTable parse(String csv) {
        List<PlausibilityRow> rows = new ArrayList<>();
        boolean header = false;
        String[] lines = csv.split("\r?\n|\r");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line, n + 1);
            if (!header) {
                if (!cells.stream().map(String::trim).toList().equals(COLUMNS)) {
                    throw new IllegalArgumentException("Line " + (n + 1) + ": the header must be "
                            + String.join(",", COLUMNS));
                }
                header = true;
                continue;
            }
            if (cells.size() != COLUMNS.size()) {
                throw new IllegalArgumentException("Line " + (n + 1) + ": expected " + COLUMNS.size()
                        + " fields, found " + cells.size());
            }
            try {
                rows.add(new PlausibilityRow(list(cells.get(0)), list(cells.get(1)), cells.get(2).trim(),
                        blankToNull(cells.get(3)), age(cells.get(4)), age(cells.get(5)), cells.get(6).trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        if (!header) {
            throw new IllegalArgumentException("The plausibility table has no header line");
        }
        return new PlausibilityTable(rows);
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String cell) {
        String s = cell.trim();
        return s.isEmpty() ? null : s;
    }

    private static Integer age(String cell) {
        String s = cell.trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            int v = Integer.parseInt(s);
            if (v < 0 || v > 150) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an age must be a whole number of years from 0 to 150", e);
        }
    }

    private static List<String> cells(String line, int lineNumber) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Line " + lineNumber + ": a quoted field is not closed");
        }
        out.add(cell.toString());
        return out;
    }
}
