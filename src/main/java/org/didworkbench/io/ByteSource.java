package org.didworkbench.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.zip.CRC32C;

/**
 * The file's bytes for the parsing pass, read straight into the scanner's array. Counts them and checksums them
 * (CRC32C, hardware-assisted) so that the parse can be compared with what {@link FileProbe} saw. Not thread-safe.
 */
final class ByteSource {
    /** Thrown when the bytes no longer match what the probe saw. */
    static final class FileChangedException extends IOException {
        private static final long serialVersionUID = 1L;

        FileChangedException(String message) {
            super(message);
        }
    }

    private final ReadableByteChannel channel;
    private final long expectedBytes;
    private final CRC32C checksum = new CRC32C();
    private long bytesRead;

    /**
     * @param channel       positioned at the first byte to read
     * @param skipped       the bytes before that position (a BOM), which count towards size and checksum
     * @param expectedBytes the file's size
     */
    ByteSource(ReadableByteChannel channel, byte[] skipped, long expectedBytes) {
        this.channel = channel;
        this.expectedBytes = expectedBytes;
        checksum.update(skipped);
        bytesRead = skipped.length;
    }

    /**
     * Reads up to {@code len} bytes into {@code dst[off..]}.
     *
     * @return bytes read, at least 1, or -1 at the end of the file
     */
    int read(byte[] dst, int off, int len) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(dst, off, len);
        int n;
        do {
            n = channel.read(bb);
        } while (n == 0);
        if (n < 0) {
            return -1;
        }
        checksum.update(dst, off, n);
        bytesRead += n;
        if (bytesRead > expectedBytes) {
            throw new FileChangedException("the file grew while it was read");
        }
        return n;
    }

    /** Bytes of the file read so far, including skipped ones. */
    long bytesRead() {
        return bytesRead;
    }

    /** CRC32C of the bytes read so far, including skipped ones. */
    long checksum() {
        return checksum.getValue();
    }
}
