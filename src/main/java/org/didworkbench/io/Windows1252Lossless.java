package org.didworkbench.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Windows-1252 in which the five bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to the
 * control characters of the same number (U+0081 …), as ISO-8859-1 would. The JDK's windows-1252 turns them into
 * U+FFFD and cannot give the bytes back; this one round-trips every byte, so an export of unedited records is
 * byte-identical to the file that was read.
 */
final class Windows1252Lossless extends Charset {
    static final String NAME = "x-windows-1252-lossless";

    /** Byte (0–255) to char. */
    private static final char[] DECODE = new char[256];
    /** Chars 0x80–0x9F of the code page, in byte order; the rest of the table is the identity. */
    private static final char[] HIGH_CONTROLS_BLOCK = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    };

    static {
        for (int b = 0; b < 256; b++) {
            DECODE[b] = (char) b;
        }
        System.arraycopy(HIGH_CONTROLS_BLOCK, 0, DECODE, 0x80, 32);
    }

    Windows1252Lossless() {
        super(NAME, new String[] {"windows-1252-lossless"});
    }

    /** The char a byte decodes to. */
    static char charOf(byte b) {
        return DECODE[b & 0xFF];
    }

    /** Decodes {@code len} bytes from {@code src[from]} into {@code dst[to]}; never fails. */
    static void decodeBytes(byte[] src, int from, char[] dst, int to, int len) {
        char[] table = DECODE;
        for (int i = 0; i < len; i++) {
            dst[to + i] = table[src[from + i] & 0xFF];
        }
    }

    /** The byte a char encodes to, or -1 when the char has no byte in this code page. */
    static int byteOf(char c) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            return c;
        }
        for (int i = 0; i < HIGH_CONTROLS_BLOCK.length; i++) {
            if (HIGH_CONTROLS_BLOCK[i] == c) {
                return 0x80 + i;
            }
        }
        return -1;
    }

    /** Shown to people: the file is Windows-1252; the lossless handling is an implementation detail. */
    @Override
    public String displayName() {
        return "Windows-1252";
    }

    @Override
    public boolean contains(Charset cs) {
        return cs instanceof Windows1252Lossless || cs.equals(StandardCharsets.US_ASCII)
                || cs.name().equals("windows-1252");
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new CharsetDecoder(this, 1f, 1f) {
            @Override
            protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
                while (in.hasRemaining()) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    out.put(charOf(in.get()));
                }
                return CoderResult.UNDERFLOW;
            }
        };
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new CharsetEncoder(this, 1f, 1f) {
            @Override
            protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
                while (in.hasRemaining()) {
                    char c = in.get(in.position());
                    int b = byteOf(c);
                    if (b < 0) {
                        if (Character.isHighSurrogate(c)) {
                            if (in.remaining() < 2) {
                                return CoderResult.UNDERFLOW;
                            }
                            return Character.isLowSurrogate(in.get(in.position() + 1))
                                    ? CoderResult.unmappableForLength(2) : CoderResult.malformedForLength(1);
                        }
                        return Character.isLowSurrogate(c)
                                ? CoderResult.malformedForLength(1) : CoderResult.unmappableForLength(1);
                    }
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    out.put((byte) b);
                    in.position(in.position() + 1);
                }
                return CoderResult.UNDERFLOW;
            }

            @Override
            public boolean canEncode(char c) {
                return byteOf(c) >= 0;
            }
        };
    }
}
