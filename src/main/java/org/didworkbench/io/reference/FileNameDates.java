package org.didworkbench.io.reference;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the extract date in a reference file's name when it is obvious: {@code 20240401},
 * {@code 2024-04-01}, {@code ONSPD_FEB_2024_UK} (first of the month) or {@code 202402} (first of
 * the month). Anything else gives nothing, and the caller falls back to the file's date.
 */
final class FileNameDates {
    private static final Pattern DAY = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})-?([01][0-9])-?([0-3][0-9])(?![0-9])");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?<![A-Z])(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*[ _-]?((?:19|20)[0-9]{2})(?![0-9])");
    private static final Pattern MONTH = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})-?(0[1-9]|1[0-2])(?![0-9])");
    private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

    private FileNameDates() {
    }

    static Optional<LocalDate> find(String fileName) {
        String name = fileName.toUpperCase(Locale.ROOT);
        Matcher m = DAY.matcher(name);
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException notADate) {
                // e.g. 20241399: keep looking
            }
        }
        m = MONTH_NAME.matcher(name);
        if (m.find()) {
            int month = MONTHS.indexOf(m.group(1)) / 3 + 1;
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(2)), month, 1));
        }
        m = MONTH.matcher(name);
        if (m.find()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
        }
        return Optional.empty();
    }
}
