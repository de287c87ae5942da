package org.didworkbench.ui.about;

import java.nio.file.Path;

/**
 * What the About box says about this installation, and the same as plain text to copy into a
 * support request (it names folders, never a patient's data).
 *
 * @param version         the workbench version
 * @param java            the Java runtime: version and vendor
 * @param javafx          the JavaFX runtime version
 * @param os              the operating system
 * @param workspaceFolder where workspaces are kept, or null
 * @param thresholdsFile  the user's outlier settings file, or null
 * @param sample          the bundled sample, or null when not found
 */
public record AboutInfo(String version, String java, String javafx, String os, Path workspaceFolder,
                        Path thresholdsFile, Path sample) {

    /** This JVM's facts with the given folders. */
    public static AboutInfo current(String version, Path workspaceFolder, Path thresholdsFile, Path sample) {
        String java = System.getProperty("java.runtime.version", Runtime.version().toString()) + " ("
                + System.getProperty("java.vendor", "unknown vendor") + ")";
        String fx = System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "unknown"));
        String os = System.getProperty("os.name", "") + " " + System.getProperty("os.version", "") + " ("
                + System.getProperty("os.arch", "") + ")";
        return new AboutInfo(version, java, fx, os.strip(), workspaceFolder, thresholdsFile, sample);
    }

    /** The facts as lines of text, for the clipboard. */
    public String asText() {
        return String.join("\n",
                "DID Workbench " + version,
                "Java " + java,
                "JavaFX " + javafx,
                "System " + os,
                "Workspaces " + shown(workspaceFolder),
                "Outlier settings " + shown(thresholdsFile),
                "Sample " + (sample == null ? "not found" : sample.toString()));
    }

    private static String shown(Path p) {
        return p == null ? "unknown" : p.toString();
    }
}
