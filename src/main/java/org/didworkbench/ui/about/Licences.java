package org.didworkbench.ui.about;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The libraries bundled in the application with their licences, read from {@code licences.txt}
 * (one line each: {@code group:artifact | version | name | licence | licence address}).
 */
public final class Licences {
    /** The list inside the application. */
    public static final String RESOURCE = "/org/didworkbench/ui/licences.txt";

    /**
     * One bundled library.
     *
     * @param coordinates Maven {@code group:artifact}
     * @param version     the version bundled
     * @param name        its name for people
     * @param licence     the licence, as an SPDX-style name
     * @param url         where the licence text is
     */
    public record Library(String coordinates, String version, String name, String licence, String url) {
    }

    private Licences() {
    }

    /** The bundled list. */
    public static List<Library> bundled() {
        try (InputStream in = Licences.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the licence list " + RESOURCE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the licence list cannot be read", e);
        }
    }

    /**
     * Reads the list; comment ({@code #}) and blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line when it does not have five fields
     */
    public static List<Library> parse(String text) {
        List<Library> out = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|");
            if (f.length != 5) {
                throw new IllegalArgumentException("licences.txt line " + (i + 1) + " has " + f.length
                        + " fields; expected 5: group:artifact | version | name | licence | licence address");
            }
            out.add(new Library(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip()));
        }
        return out;
    }
}
