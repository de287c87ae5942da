package org.didworkbench.ui.shell;

import java.nio.file.Path;

import org.didworkbench.service.ServiceException;
import org.didworkbench.service.SessionService;

/**
 * Workspaces where the service puts them by default (the user's private data folder). One that holds
 * changes is kept when closed, so the change log survives and it can be opened again (File › Open,
 * *.didw); an untouched one is deleted, since opening the file again makes it anew.
 */
public final class DefaultWorkspaceLocator implements WorkspaceLocator {
    private final SessionService sessions;

    public DefaultWorkspaceLocator(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public Path workspaceFor(Path source) throws ServiceException {
        return sessions.defaultWorkspaceFor(source);
    }

    @Override
    public void closed(Path workspace, boolean keep) {
        if (!keep) {
            WorkspaceLocator.delete(workspace);
        }
    }
}
