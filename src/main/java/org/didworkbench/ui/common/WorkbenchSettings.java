package org.didworkbench.ui.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the window remembers between runs (recent files, window size, column layout, the last
 * reference folder, masking, theme, text size, how the submission date is first filled in), typed
 * over a {@link SettingsStore}. Holds no patient data: only file paths, layout and choices. A value
 * that cannot be read (edited by hand, or by another version) gives its default;
 * {@link #repair()} names such values once and removes them.
 */
public final class WorkbenchSettings {
    /** How many recent files the menu lists. */
    public static final int MAX_RECENT = 10;

    private static final String RECENT = "recent.files";
    private static final String REFERENCE = "open.reference";
    private static final String FOLDER = "open.folder";
    private static final String MASKED = "view.masked";
    private static final String DARK = "view.dark";
    private static final String WINDOW = "window.bounds";
    private static final String COLUMNS = "table.columns";
    private static final String DIVIDERS = "window.dividers";
    private static final String FONT_SIZE = "view.font-size";
    private static final String DATE_RULE = "open.date-rule";
    private static final String FIXED_DATE = "open.date-fixed";
    private static final String PROFILE_FILE = "open.profile-file";

    /** The smallest and largest text size the settings offer, in CSS pixels (the system's is 12 or 13). */
    public static final int MIN_FONT_SIZE = 11;
    public static final int MAX_FONT_SIZE = 18;

    /** Where and how big the window was. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    /** One column in display order, with its width. */
    public record ColumnLayout(String item, double width) {
    }

    private final SettingsStore store;

    public WorkbenchSettings(SettingsStore store) {
        this.store = store;
    }

    /** Recent submission files, newest first. */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (String s : store.get(RECENT).orElse("").split("\n")) {
            if (!s.isBlank()) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    /** Puts a file first in the recent list (once), keeping at most {@link #MAX_RECENT}. */
    public void addRecent(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = recentFiles();
        list.remove(abs);
        list.add(0, abs);
        writeRecent(list.subList(0, Math.min(MAX_RECENT, list.size())));
    }

    public void removeRecent(Path file) {
        List<Path> list = recentFiles();
        list.remove(file.toAbsolutePath().normalize());
        writeRecent(list);
    }

    private void writeRecent(List<Path> list) {
        store.put(RECENT, String.join("\n", list.stream().map(Path::toString).toList()));
    }

    /** The reference data folder used last, if any. */
    public Optional<Path> referenceFolder() {
        return store.get(REFERENCE).filter(s -> !s.isBlank()).map(Path::of);
    }

    public void setReferenceFolder(Path folder) {
        store.put(REFERENCE, folder == null ? "" : folder.toAbsolutePath().normalize().toString());
    }

    /** The folder a file was last opened from. */
    public Optional<Path> lastFolder() {
        return store.get(FOLDER).filter(s -> !s.isBlank()).map(Path::of);
    }

    public void setLastFolder(Path folder) {
        store.put(FOLDER, folder == null ? null : folder.toAbsolutePath().normalize().toString());
    }

    /** Whether NHS number, birth date and postcode are masked in the table. */
    public boolean masked() {
        return store.get(MASKED).map(Boolean::parseBoolean).orElse(false);
    }

    public void setMasked(boolean masked) {
        store.put(MASKED, Boolean.toString(masked));
    }

    /** Whether the dark theme is on. */
    public boolean dark() {
        return store.get(DARK).map(Boolean::parseBoolean).orElse(false);
    }

    public void setDark(boolean dark) {
        store.put(DARK, Boolean.toString(dark));
    }

    public Optional<WindowBounds> window() {
        return store.get(WINDOW).flatMap(s -> {
            String[] p = s.split(",");
            try {
                return Optional.of(new WindowBounds(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                        Double.parseDouble(p[2]), Double.parseDouble(p[3]), Boolean.parseBoolean(p[4])));
            } catch (RuntimeException e) {
                return Optional.empty(); // written by another version or edited by hand: start afresh
            }
        });
    }

    public void setWindow(WindowBounds b) {
        store.put(WINDOW, String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", b.x(), b.y(), b.width(), b.height(),
                b.maximized()));
    }

    /** Column order and widths by item name; empty when never saved. */
    public List<ColumnLayout> columns() {
        List<ColumnLayout> out = new ArrayList<>();
        for (String part : store.get(COLUMNS).orElse("").split(",")) {
            int colon = part.lastIndexOf(':');
            if (colon > 0) {
                try {
                    out.add(new ColumnLayout(part.substring(0, colon), Double.parseDouble(part.substring(colon + 1))));
                } catch (NumberFormatException e) {
                    // skip a damaged entry; the column keeps its default width
                }
            }
        }
        return out;
    }

    public void setColumns(List<ColumnLayout> columns) {
        store.put(COLUMNS, String.join(",", columns.stream()
                .map(c -> c.item() + ":" + String.format(Locale.ROOT, "%.0f", c.width())).toList()));
    }

    /** Split-pane divider positions (0…1), left to right. */
    public Optional<double[]> dividers() {
        return store.get(DIVIDERS).flatMap(s -> {
            try {
                String[] p = s.split(",");
                double[] d = new double[p.length];
                for (int i = 0; i < p.length; i++) {
                    d[i] = Double.parseDouble(p[i]);
                }
                return Optional.of(d);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    public void setDividers(double[] positions) {
        StringBuilder b = new StringBuilder();
        for (double d : positions) {
            b.append(b.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", d));
        }
        store.put(DIVIDERS, b.toString());
    }

    /** The chosen text size in CSS pixels (11…18); empty for the system's own size. */
    public OptionalInt fontSize() {
        Optional<String> v = store.get(FONT_SIZE).filter(t -> !t.isBlank());
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int size = Integer.parseInt(v.get().strip());
            return size >= MIN_FONT_SIZE && size <= MAX_FONT_SIZE ? OptionalInt.of(size) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Sets the text size; 0 (or a size outside 11…18) goes back to the system's size. */
    public void setFontSize(int size) {
        store.put(FONT_SIZE, size >= MIN_FONT_SIZE && size <= MAX_FONT_SIZE ? Integer.toString(size) : null);
    }

    /** How the Open dialog's submission date is first filled in. */
    public SubmissionDateRule submissionDateRule() {
        return store.get(DATE_RULE).flatMap(WorkbenchSettings::rule).orElse(SubmissionDateRule.TODAY);
    }

    public void setSubmissionDateRule(SubmissionDateRule rule) {
        store.put(DATE_RULE, rule == null ? null : rule.name());
    }

    /** The date of the {@link SubmissionDateRule#FIXED} rule, if one was chosen. */
    public Optional<LocalDate> fixedSubmissionDate() {
        return store.get(FIXED_DATE).flatMap(WorkbenchSettings::date);
    }

    public void setFixedSubmissionDate(LocalDate date) {
        store.put(FIXED_DATE, date == null ? null : date.toString());
    }

    /** The submission date the Open dialog starts from, by the chosen rule. */
    public LocalDate defaultSubmissionDate(LocalDate today) {
        return submissionDateRule().dateFor(today, fixedSubmissionDate().orElse(null));
    }

    /** The profile file chosen last in the Open dialog, offered again there. */
    public Optional<Path> lastProfileFile() {
        return store.get(PROFILE_FILE).filter(s -> !s.isBlank()).map(Path::of);
    }

    public void setLastProfileFile(Path file) {
        store.put(PROFILE_FILE, file == null ? null : file.toAbsolutePath().normalize().toString());
    }

    /**
     * Finds the stored choices that cannot be used, removes them (so each is reported once) and says
     * what was wrong with each; the defaults apply in their place. Layout values (window, columns) are
     * not reported: a damaged one simply starts afresh.
     */
    public List<String> repair() {
        List<String> problems = new ArrayList<>();
        store.get(FONT_SIZE).filter(v -> !v.isBlank()).ifPresent(v -> {
            if (fontSize().isEmpty()) {
                problems.add("The saved text size '" + v + "' was not used: expected a whole number from "
                        + MIN_FONT_SIZE + " to " + MAX_FONT_SIZE + ". The system's text size applies.");
                store.put(FONT_SIZE, null);
            }
        });
        store.get(DATE_RULE).filter(v -> !v.isBlank()).ifPresent(v -> {
            if (rule(v).isEmpty()) {
                problems.add("The saved submission date rule '" + v + "' was not used: expected one of "
                        + String.join(", ", java.util.Arrays.stream(SubmissionDateRule.values()).map(Enum::name)
                        .toList()) + ". Today's date applies.");
                store.put(DATE_RULE, null);
            }
        });
        store.get(FIXED_DATE).filter(v -> !v.isBlank()).ifPresent(v -> {
            if (date(v).isEmpty()) {
                problems.add("The saved fixed submission date '" + v + "' was not used: expected a date as"
                        + " CCYY-MM-DD. Today's date applies.");
                store.put(FIXED_DATE, null);
            }
        });
        if (submissionDateRule() == SubmissionDateRule.FIXED && fixedSubmissionDate().isEmpty()) {
            problems.add("The submission date rule is a fixed date, but no date was saved. Today's date applies.");
            store.put(DATE_RULE, null);
        }
        for (String key : new String[] {MASKED, DARK}) {
            store.get(key).filter(v -> !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")).ifPresent(v -> {
                problems.add("The saved setting " + key + " '" + v + "' was not used: expected true or false.");
                store.put(key, null);
            });
        }
        return problems;
    }

    private static Optional<SubmissionDateRule> rule(String v) {
        try {
            return Optional.of(SubmissionDateRule.valueOf(v.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String v) {
        try {
            return Optional.of(LocalDate.parse(v.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public void flush() {
        store.flush();
    }
}
