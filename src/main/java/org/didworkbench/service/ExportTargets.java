package org.didworkbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where an export may write: never over the workspace, and over the submission file only when asked. */
final class ExportTargets {
    private ExportTargets() {
    }

    /**
     * @param out       the file to write
     * @param workspace the workspace file
     * @param source    the submission file the workspace was made from, or null
     * @param force     true when the user asked to replace the submission file
     * @param what      what is being written, for the message (e.g. "corrected file")
     */
    static void check(Path out, Path workspace, Path source, boolean force, String what) throws ServiceException {
        if (Files.isDirectory(out)) {
            throw new ServiceException(out + " is a folder; name the " + what + " to write inside it.");
        }
        String ws = workspace.getFileName().toString();
        for (Path own : new Path[] {workspace, workspace.resolveSibling(ws + "-wal"),
                workspace.resolveSibling(ws + "-shm"), workspace.resolveSibling(ws + "-journal")}) {
            if (same(out, own)) {
                throw new ServiceException("The " + what + " cannot be written over the workspace "
                        + workspace.getFileName() + " or its files; choose another name.");
            }
        }
        if (source != null && same(out, source) && !force) {
            throw new ServiceException("The " + what + " would replace the submission file " + source.getFileName()
                    + ", which is kept as it was received. Choose another name, or ask to replace it"
                    + " (--force on the command line).");
        }
    }

    /** True when both paths name the same file (following links), or the same place when neither exists yet. */
    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
            return canonical(a).equals(canonical(b));
        } catch (IOException e) {
            return canonical(a).equals(canonical(b));
        }
    }

    private static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        try {
            if (parent != null && Files.exists(parent)) {
                return parent.toRealPath().resolve(abs.getFileName());
            }
        } catch (IOException e) {
            // fall through to the plain absolute path
        }
        return abs;
    }
}
