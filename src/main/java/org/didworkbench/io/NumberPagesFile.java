package org.didworkbench.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

import org.didworkbench.domain.outliers.NumberPages;

/**
 * The outlier analysis's per-record numbers in a temporary file beside the workspace, so that the
 * memory a file's analysis needs does not grow with the file. The file holds birth dates and hashed
 * identifiers, so it is created readable by its owner only (where the file system allows), in the
 * workspace's own folder, and opened to be deleted on close: on Unix it is unlinked at once and
 * lives only while open, so even a crash leaves nothing behind; on Windows it goes when closed or
 * when the process ends.
 */
public final class NumberPagesFile implements NumberPages {
    private final Path path;
    private final FileChannel channel;
    private int pageBytes = -1;

    private NumberPagesFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /**
     * Creates the file in {@code folder}.
     *
     * @throws UncheckedIOException the folder cannot hold it
     */
    public static NumberPagesFile createIn(Path folder) {
        try {
            Path file = Files.createTempFile(folder, ".did-workbench-outlier-numbers-", ".tmp", ownerOnly());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            return new NumberPagesFile(file, channel);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary file in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0]; // Windows: the user's own folder already keeps others out
    }

    /** The file's path (for tests). */
    Path path() {
        return path;
    }

    @Override
    public synchronized void write(int index, byte[] page, int length) {
        if (pageBytes < 0) {
            pageBytes = length; // the first page is a full one: every page starts at index × its size
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(page, 0, length);
            long at = (long) index * pageBytes;
            while (b.hasRemaining()) {
                at += channel.write(b, at);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the outlier analysis's temporary file: " + e.getMessage(), e);
        }
    }

    @Override
    public void read(int index, byte[] into) {
        try {
            long start = (long) index * pageBytes;
            long end = Math.min(channel.size(), start + pageBytes);
            ByteBuffer b = ByteBuffer.wrap(into, 0, (int) (end - start));
            long at = start;
            while (b.hasRemaining()) {
                int n = channel.read(b, at);
                if (n < 0) {
                    throw new IOException("the file is shorter than written");
                }
                at += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the outlier analysis's temporary file: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to do: DELETE_ON_CLOSE has had its chance, and the OS cleans temporary files
        }
    }
}
