package org.didworkbench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that readers see either the old file or the complete new one, never a part. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Something that writes a whole file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes to a temporary file beside the target, forces it to disk, then renames it over the target.
     * On failure the temporary file is removed and the target is as it was.
     */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        removeLeftovers(dir, target.getFileName().toString());
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE);
                 OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel),
                         1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A temporary file untouched for this long belongs to a write that was killed, not one still running. */
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(10);

    /**
     * Deletes temporary files of earlier writes of the same target that were killed before they could
     * clean up (a power cut, SIGKILL): they may hold patient data and nobody else will remove them.
     * Best effort: a file that cannot be deleted is left.
     */
    static void removeLeftovers(Path dir, String targetName) {
        if (dir == null) {
            return;
        }
        long cutoff = System.currentTimeMillis() - LEFTOVER_AGE.toMillis();
        try (java.nio.file.DirectoryStream<Path> found = Files.newDirectoryStream(dir, "." + targetName + ".*.tmp")) {
            for (Path p : found) {
                try {
                    if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toMillis() < cutoff) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException ignored) {
                    // someone else's file, or gone already: leave it
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException ignored) {
            // the write itself will report a folder that cannot be read
        }
    }
}
