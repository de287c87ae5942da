package org.didworkbench.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Where workspaces live unless the user says otherwise: in the user's own data folder, never beside
 * the submission (which may sit on a shared drive), so the patient data they hold stays private.
 *
 * <ul>
 * <li>Linux and others: {@code $XDG_DATA_HOME/did-workbench/workspaces}, or
 *     {@code ~/.local/share/did-workbench/workspaces}</li>
 * <li>Windows: {@code %LOCALAPPDATA%\DID Workbench\workspaces}</li>
 * <li>macOS: {@code ~/Library/Application Support/DID Workbench/workspaces}</li>
 * </ul>
 */
public final class WorkspaceLocations {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final int MAX_STEM = 60;
    /** The environment variable that names another submission library file (tests, shared set-ups). */
    public static final String LIBRARY_VARIABLE = "DIDW_LIBRARY";

    private final Map<String, String> env;
    private final String os;
    private final Path home;
    private final Clock clock;

    /**
     * @param env    environment variables
     * @param osName the {@code os.name} system property
     * @param home   the user's home folder
     * @param clock  the clock whose local time stamps workspace names
     */
    public WorkspaceLocations(Map<String, String> env, String osName, Path home, Clock clock) {
        this.env = Map.copyOf(env);
        this.os = osName.toLowerCase(Locale.ROOT);
        this.home = home;
        this.clock = clock;
    }

    /** The locations of this machine's user. */
    public static WorkspaceLocations system() {
        return new WorkspaceLocations(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")), Clock.systemDefaultZone());
    }

    /** The folder workspaces go in (not created). */
    public Path folder() {
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("DID Workbench").resolve("workspaces");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("DID Workbench")
                    .resolve("workspaces");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("did-workbench").resolve("workspaces");
    }

    /**
     * The submission library ({@code library.sqlite}, summary figures of past submissions): the file
     * named by the {@code DIDW_LIBRARY} environment variable when set, otherwise beside the workspace
     * folder in the user's data folder (e.g. {@code ~/.local/share/did-workbench/library.sqlite}).
     * Not created.
     */
    public Path library() {
        String named = env.get(LIBRARY_VARIABLE);
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        return folder().resolveSibling("library.sqlite");
    }

    /**
     * A new workspace file for a submission: the file's name, a short hash of its full path (so two
     * files of the same name in different folders do not mix) and the time. Creates the folder,
     * readable by its owner only, when it is missing; the file itself is not created.
     */
    public Path defaultFor(Path source) throws ServiceException {
        Path dir = folder();
        try {
            createPrivate(dir);
        } catch (IOException e) {
            throw new ServiceException("The workspace folder " + dir + " could not be created: " + IoReasons.of(e), e);
        }
        String base = stem(source) + "-" + hash(source) + "-" + LocalDateTime.now(clock).format(STAMP);
        Path p = dir.resolve(base + ".didw");
        for (int n = 2; Files.exists(p) || Files.exists(p.resolveSibling(p.getFileName() + ".part")); n++) {
            p = dir.resolve(base + "-" + n + ".didw");
        }
        return p;
    }

    private static void createPrivate(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(dir);    // Windows: the profile folder is private already
        }
    }

    /** The source's file name without its extension, with anything but letters, digits, '.', '-' and '_' replaced. */
    static String stem(Path source) {
        Path name = source.getFileName();
        String s = name == null ? "submission" : name.toString();
        int dot = s.lastIndexOf('.');
        if (dot > 0) {
            s = s.substring(0, dot);
        }
        s = s.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.isEmpty()) {
            s = "submission";
        }
        return s.length() > MAX_STEM ? s.substring(0, MAX_STEM) : s;
    }

    static String hash(Path source) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(
                    source.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
