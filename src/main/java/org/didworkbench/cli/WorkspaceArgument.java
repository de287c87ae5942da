package org.didworkbench.cli;

import java.nio.file.Path;

/** The one workspace file a workspace command works on. */
final class WorkspaceArgument {
    private WorkspaceArgument() {
    }

    /** True for a workspace file ({@code .didw}), as the window tells them from submissions. */
    static boolean isWorkspace(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".didw");
    }

    static Path of(Options o, String command) throws UsageException {
        if (o.positional().size() != 1) {
            throw new UsageException(o.positional().isEmpty()
                    ? "name the workspace to " + switch (command) {
                        case "export" -> "export";
                        case "fix" -> "fix";
                        default -> "read the change log of";
                    }
                    + " (the file given to validate --workspace)."
                    : "expected one workspace, got " + o.positional().size() + ".");
        }
        return Path.of(o.positional().get(0));
    }
}
