package org.didworkbench.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.didworkbench.service.ServiceException;

/** Workspaces in a given folder, always deleted when closed: for tests and throw-away runs. */
public final class TempWorkspaceLocator implements WorkspaceLocator {
    private final Path folder;

    public TempWorkspaceLocator(Path folder) {
        this.folder = folder;
    }

    @Override
    public Path workspaceFor(Path source) throws ServiceException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ServiceException("The workspace folder " + folder + " could not be created.", e);
        }
        String base = source.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return folder.resolve(base + "-" + UUID.randomUUID().toString().substring(0, 8) + ".didw");
    }

    @Override
    public void closed(Path workspace, boolean keep) {
        WorkspaceLocator.delete(workspace);
    }
}
