package org.didworkbench.io.reference;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/** A header row: column names compared in upper case with spaces and hyphens read as underscores. */
final class Header {
    private final Map<String, Integer> columns = new HashMap<>();

    Header(CSVRecord row) {
        for (int i = 0; i < row.size(); i++) {
            columns.putIfAbsent(name(row.get(i)), i);
        }
    }

    static String name(String raw) {
        String s = raw.strip();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1).strip();
        }
        return s.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** The column's index, or -1 when the header has no such column. */
    int index(String name) {
        return columns.getOrDefault(name, -1);
    }
}
