package org.didworkbench.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.didworkbench.domain.outliers.OutlierSettings;

/**
 * The user's outlier and plausibility thresholds: a properties file with the keys of the built-in
 * {@code outlier-settings.properties} (each documented there with its reason). Absent keys keep their
 * defaults. A file that cannot be read or holds a mistake is reported and the defaults are used:
 * thresholds never stop a check from running.
 *
 * <p>Where: {@code $DIDW_OUTLIER_SETTINGS} when set; else {@code $XDG_CONFIG_HOME/did-workbench/} or
 * {@code ~/.config/did-workbench/} (Linux), {@code %APPDATA%\DID Workbench\} (Windows),
 * {@code ~/Library/Application Support/DID Workbench/} (macOS), file {@code outlier-settings.properties}.
 *
 * @param settings the thresholds in force
 * @param source   the file they came from, or empty for the built-in defaults
 * @param problem  why a file present was not used, or empty
 */
public record OutlierSettingsFile(OutlierSettings settings, Optional<Path> source, Optional<String> problem) {
    public static final String FILE_NAME = "outlier-settings.properties";

    /** The settings for this user on this machine. */
    public static OutlierSettingsFile forUser() {
        return load(userLocation());
    }

    /** Where this user's file lives on this machine (it need not exist): the file the window's settings write. */
    public static Path userLocation() {
        return location(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** Where this user's file lives (it need not exist). */
    static Path location(Map<String, String> env, String osName, Path home) {
        String explicit = env.get("DIDW_OUTLIER_SETTINGS");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("DID Workbench").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("DID Workbench").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("did-workbench").resolve(FILE_NAME);
    }

    /** Reads a settings file; the defaults when it does not exist or cannot be used (with the reason). */
    public static OutlierSettingsFile load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new OutlierSettingsFile(OutlierSettings.defaults(), Optional.empty(), Optional.empty());
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return new OutlierSettingsFile(OutlierSettings.fromProperties(p), Optional.of(file), Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            String why = e instanceof IllegalArgumentException ? e.getMessage() : "it could not be read";
            return new OutlierSettingsFile(OutlierSettings.defaults(), Optional.empty(),
                    Optional.of("The outlier settings in " + file + " were not used (" + why
                            + "); the built-in thresholds apply. Correct or remove the file."));
        }
    }
}
