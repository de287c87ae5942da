package org.didworkbench.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a channel's bytes into chars a large chunk at a time, straight into the caller's array. Not thread-safe.
 * The encoding has already been decided on the whole file by {@link FileProbe}, so a decoding error here means the
 * file changed under us.
 */
abstract class ChunkDecoder {
    static final int CHUNK_BYTES = 1 << 20;

    /** Thrown when the bytes no longer match what the probe saw: more bytes than the file had, or bad UTF-8. */
    static final class FileChangedException extends IOException {
        private static final long serialVersionUID = 1L;

        FileChangedException(String message) {
            super(message);
        }
    }

    protected final ReadableByteChannel channel;
    protected final ByteBuffer bytes = ByteBuffer.allocate(CHUNK_BYTES);
    private final long expectedBytes;
    private long bytesRead;

    protected ChunkDecoder(ReadableByteChannel channel, long expectedBytes) {
        this.channel = channel;
        this.expectedBytes = expectedBytes;
        bytes.flip();                              // empty, in read mode
    }

    static ChunkDecoder utf8(ReadableByteChannel channel, long expectedBytes) {
        return new Utf8(channel, expectedBytes);
    }

    static ChunkDecoder windows1252(ReadableByteChannel channel, long expectedBytes) {
        return new Windows1252(channel, expectedBytes);
    }

    /**
     * Decodes at least one char into {@code dst[off..off+len)} unless the input has ended.
     *
     * @param len room in dst, at least 2 (a supplementary character needs two chars)
     * @return chars written, or -1 at the end of input
     */
    abstract int read(char[] dst, int off, int len) throws IOException;

    /** Bytes taken from the channel so far. */
    final long bytesRead() {
        return bytesRead;
    }

    /** Refills the byte buffer, keeping unread bytes; returns false at the end of input. */
    protected final boolean readBytes() throws IOException {
        bytes.compact();
        int n;
        try {
            do {
                n = channel.read(bytes);
            } while (n == 0 && bytes.hasRemaining());
        } finally {
            bytes.flip();
        }
        if (n < 0) {
            return false;
        }
        bytesRead += n;
        if (bytesRead > expectedBytes) {
            throw new FileChangedException("the file grew while it was read");
        }
        return true;
    }

    private static final class Utf8 extends ChunkDecoder {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private boolean inputEnded;
        private boolean flushed;

        Utf8(ReadableByteChannel channel, long expectedBytes) {
            super(channel, expectedBytes);
        }

        @Override
        int read(char[] dst, int off, int len) throws IOException {
            if (flushed) {
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(dst, off, len);
            while (true) {
                var result = decoder.decode(bytes, out, inputEnded);
                if (result.isError()) {
                    throw new FileChangedException("the bytes are no longer valid UTF-8");
                }
                if (out.position() > off) {
                    return out.position() - off;
                }
                if (inputEnded) {
                    decoder.flush(out);
                    flushed = true;
                    int n = out.position() - off;
                    return n > 0 ? n : -1;
                }
                if (!readBytes()) {
                    inputEnded = true;
                }
            }
        }
    }

    private static final class Windows1252 extends ChunkDecoder {
        Windows1252(ReadableByteChannel channel, long expectedBytes) {
            super(channel, expectedBytes);
        }

        @Override
        int read(char[] dst, int off, int len) throws IOException {
            if (!bytes.hasRemaining() && !readBytes()) {
                return -1;
            }
            int n = Math.min(len, bytes.remaining());
            Windows1252Lossless.decodeBytes(bytes.array(), bytes.position(), dst, off, n);
            bytes.position(bytes.position() + n);
            return n;
        }
    }
}
