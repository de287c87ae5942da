package org.didworkbench.ui.shell;

import java.io.IOException;
import java.nio.file.Path;

/** Decides where the workspace for a submission file lives, and tidies it away when it is closed. */
public interface WorkspaceLocator {

    /** A path for a new workspace for {@code source}; the file must not exist yet. */
    Path workspaceFor(Path source) throws IOException;

    /** Called after the session on {@code workspace} is closed. */
    void closed(Path workspace);
}
