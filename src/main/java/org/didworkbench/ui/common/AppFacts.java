package org.didworkbench.ui.common;

import java.nio.file.Path;

import org.didworkbench.service.Version;

/**
 * Facts about this installation the About box and the settings show.
 *
 * @param version         the workbench version
 * @param workspaceFolder where workspaces are kept, or null when unknown
 * @param thresholdsFile  the user's outlier settings file (it need not exist), or null for none to edit
 */
public record AppFacts(String version, Path workspaceFolder, Path thresholdsFile) {
    /** The version only: for tests and for a window started without an application. */
    public static AppFacts versionOnly() {
        return new AppFacts(Version.current(), null, null);
    }
}
