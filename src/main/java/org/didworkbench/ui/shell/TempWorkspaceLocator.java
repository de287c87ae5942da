package org.didworkbench.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Workspaces in a private temporary folder, deleted when closed: the window re-reads the file each
 * time it is opened, and the corrected file is what the user keeps.
 */
public final class TempWorkspaceLocator implements WorkspaceLocator {
    private final Path folder;

    public TempWorkspaceLocator(Path folder) {
        this.folder = folder;
    }

    /** A folder under the system temporary folder, one per user. */
    public static TempWorkspaceLocator forUser() {
        return new TempWorkspaceLocator(Path.of(System.getProperty("java.io.tmpdir"),
                "did-workbench-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_")));
    }

    @Override
    public Path workspaceFor(Path source) throws IOException {
        Files.createDirectories(folder);
        String base = source.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return folder.resolve(base + "-" + UUID.randomUUID().toString().substring(0, 8) + ".didw");
    }

    @Override
    public void closed(Path workspace) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".part"}) {
            try {
                Files.deleteIfExists(workspace.resolveSibling(workspace.getFileName() + suffix));
            } catch (IOException e) {
                // A leftover temporary file is harmless; the next clean-up of the temp folder takes it.
            }
        }
    }
}
