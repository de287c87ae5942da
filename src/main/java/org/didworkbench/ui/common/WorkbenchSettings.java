package org.didworkbench.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the window remembers between runs (recent files, window size, column layout, the last
 * reference folder, masking and theme), typed over a {@link SettingsStore}. Holds no patient data:
 * only file paths and layout.
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

    public void flush() {
        store.flush();
    }
}
