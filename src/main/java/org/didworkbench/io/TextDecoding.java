package org.didworkbench.io;

import java.nio.charset.StandardCharsets;

/**
 * Turns a run of a file's bytes into text. The scanner only cuts the bytes at ASCII delimiters, quotes and line
 * breaks, which in UTF-8 never fall inside a multi-byte sequence, so every run decodes on its own.
 */
abstract class TextDecoding {

    /** Decodes {@code len} bytes from {@code b[off]}. */
    abstract String decode(byte[] b, int off, int len);

    /** UTF-8, for a file already checked to be valid UTF-8 (the JDK copies ASCII runs without decoding). */
    static TextDecoding utf8() {
        return new TextDecoding() {
            @Override
            String decode(byte[] b, int off, int len) {
                return len == 0 ? "" : new String(b, off, len, StandardCharsets.UTF_8);
            }
        };
    }

    /** Windows-1252 that gives every byte back ({@link Windows1252Lossless}). */
    static TextDecoding windows1252() {
        return new TextDecoding() {
            @Override
            String decode(byte[] b, int off, int len) {
                if (len == 0) {
                    return "";     // empty fields are common; share one string
                }
                int end = off + len;
                for (int i = off; i < end; i++) {
                    if (b[i] < 0) {
                        char[] chars = new char[len];
                        Windows1252Lossless.decodeBytes(b, off, chars, 0, len);
                        return new String(chars);
                    }
                }
                // ASCII: the same in every encoding, and Latin-1 is the JDK's cheapest copy.
                return new String(b, off, len, StandardCharsets.ISO_8859_1);
            }
        };
    }
}
