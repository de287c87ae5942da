package org.didworkbench.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.didworkbench.domain.outliers.OutlierSettings;
import org.didworkbench.io.AtomicFiles;

/**
 * The outlier thresholds as the user edits them: every key of the built-in
 * {@code outlier-settings.properties} with its default and the reason written above it, and the
 * writing of a user's file in the same shape (so the file explains itself when opened in an
 * editor). Only values that differ from the defaults are set in a written file; the others stay
 * as comments, so a later release's better default still reaches the user.
 */
public final class OutlierSettingsTemplate {
    private static final String RESOURCE = "outlier-settings.properties";

    /**
     * One threshold.
     *
     * @param key          the property key
     * @param defaultValue the built-in value, as text
     * @param reason       why it is what it is (the "reason:" comment above it), one line
     */
    public record Entry(String key, String defaultValue, String reason) {
    }

    private final List<String> header;
    private final List<Entry> entries;

    private OutlierSettingsTemplate(List<String> header, List<Entry> entries) {
        this.header = List.copyOf(header);
        this.entries = List.copyOf(entries);
    }

    /** The built-in template, read from the application. */
    public static OutlierSettingsTemplate builtIn() {
        try (InputStream in = OutlierSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in " + RESOURCE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the built-in " + RESOURCE + " cannot be read", e);
        }
    }

    /** Reads the template's text: the opening comments, then "# reason:" comments each above a key. */
    static OutlierSettingsTemplate parse(String text) {
        List<String> header = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        StringBuilder reason = null;
        boolean inHeader = true;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.startsWith("# reason:")) {
                    inHeader = false;
                    reason = new StringBuilder(t.substring("# reason:".length()).strip());
                } else if (t.startsWith("#")) {
                    if (reason != null) {
                        reason.append(' ').append(t.substring(1).strip());
                    } else if (inHeader) {
                        header.add(line);
                    }
                } else if (t.contains("=")) {
                    inHeader = false;
                    int eq = t.indexOf('=');
                    entries.add(new Entry(t.substring(0, eq).strip(), t.substring(eq + 1).strip(),
                            reason == null ? "" : reason.toString()));
                    reason = null;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
        return new OutlierSettingsTemplate(header, entries);
    }

    /** Every threshold in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Checks values as a user typed them: each must be a number of the right kind, and together they
     * must make valid settings.
     *
     * @param values key → text (absent or blank keys keep their defaults)
     * @return the settings, or the first mistake in words naming the key
     */
    public static Result check(Map<String, String> values) {
        Properties p = new Properties();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                p.setProperty(k, v.strip());
            }
        });
        try {
            return new Result(OutlierSettings.fromProperties(p), null);
        } catch (IllegalArgumentException e) {
            return new Result(null, e.getMessage());
        }
    }

    /**
     * The outcome of {@link #check}.
     *
     * @param settings the settings, or null when there is a mistake
     * @param problem  the mistake in words, or null
     */
    public record Result(OutlierSettings settings, String problem) {
        public boolean ok() {
            return settings != null;
        }
    }

    /** The text of a user's file: values that differ from the defaults set, the rest as comments. */
    public String render(Map<String, String> values) {
        StringBuilder b = new StringBuilder();
        b.append("# DID Workbench: your outlier and plausibility thresholds (written by Edit > Settings).\n");
        b.append("# A key left as a comment keeps the built-in value shown; remove the '#' to change it.\n");
        for (String h : header) {
            if (!h.startsWith("# DID Workbench")) {
                b.append(h).append('\n');
            }
        }
        for (Entry e : entries) {
            b.append('\n');
            for (String line : wrap(e.reason(), 110)) {
                b.append("# ").append(line).append('\n');
            }
            String v = values.getOrDefault(e.key(), "");
            v = v == null ? "" : v.strip();
            boolean set = !v.isEmpty() && !same(v, e.defaultValue());
            b.append(set ? "" : "#").append(e.key()).append('=').append(set ? escape(v) : e.defaultValue()).append('\n');
        }
        return b.toString();
    }

    /** Writes a user's file atomically (the folder is created when missing). */
    public void save(Path file, Map<String, String> values) throws ServiceException {
        String text = render(values);
        try {
            AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ServiceException("The outlier settings could not be saved to " + file + ": " + IoWords.of(e), e);
        }
    }

    /** 3.0 and 3 are the same threshold: a value equal to the default is left to the default. */
    private static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\n", " ");
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("reason:");
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line.append(' ').append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
