package org.didworkbench.ui.shell;

import java.nio.file.Path;

import org.didworkbench.service.ServiceException;

/** Decides where the workspace for a submission file lives, and what happens to it when it is closed. */
public interface WorkspaceLocator {

    /** A path for a new workspace for {@code source}; the file must not exist yet. Called off the UI thread. */
    Path workspaceFor(Path source) throws ServiceException;

    /**
     * Called (off the UI thread) after the session on {@code workspace} is closed.
     *
     * @param keep true when the workspace holds changes (its change log is the record of them) or the
     *             user opened the workspace itself; false when it can be made again from the file
     */
    void closed(Path workspace, boolean keep);

    /** Deletes a workspace file and its SQLite companions; a leftover is harmless, so failures are ignored. */
    static void delete(Path workspace) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".part"}) {
            try {
                java.nio.file.Files.deleteIfExists(workspace.resolveSibling(workspace.getFileName() + suffix));
            } catch (java.io.IOException e) {
                // left for the next clean-up
            }
        }
    }
}
