package org.didworkbench.io;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.zip.CRC32C;

/**
 * One fast pass over a file's bytes before it is parsed: is it valid UTF-8 (so the encoding is decided on the
 * whole file, not on a sample), does it start with a byte order mark, does its head look binary, and how are its
 * lines ended. Line breaks are the bytes CR and LF, which mean the same in UTF-8 and Windows-1252 and never occur
 * inside a UTF-8 multi-byte sequence, so they can be counted before the encoding is known.
 */
final class FileProbe {
    /** How much of the file's head is checked for binary content. */
    static final int HEAD_BYTES = 64 * 1024;
    private static final int BUFFER_BYTES = 1 << 20;
    /** Reads eight bytes of an array as one long (any alignment). */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * What the pass found.
     *
     * @param bytes         bytes read
     * @param utf8Bom       the file starts with EF BB BF
     * @param utf16Bom      the file starts with FF FE or FE FF
     * @param validUtf8     every byte sequence is valid UTF-8 (no overlongs, surrogates or values past U+10FFFF)
     * @param headNulLine   the physical line of the first NUL byte in the head, 0 when there is none
     * @param headControls  control bytes in the head other than tab, line feed, vertical tab, form feed, carriage
     *                      return and NUL
     * @param headBytes     how many bytes the head had
     * @param crlf          CR LF pairs
     * @param lf            lone LF
     * @param cr            lone CR
     * @param finalNewline  the last byte is CR or LF
     * @param checksum      CRC32C of all the bytes
     */
    record Facts(long bytes, boolean utf8Bom, boolean utf16Bom, boolean validUtf8, long headNulLine,
                 int headControls, int headBytes, long crlf, long lf, long cr, boolean finalNewline,
                 long checksum) {

        /** The commonest line ending; CRLF wins ties and stands in when there is no line break. */
        String dominantLineEnding() {
            if (lf > crlf && lf >= cr) {
                return "\n";
            }
            if (cr > crlf && cr > lf) {
                return "\r";
            }
            return "\r\n";
        }

        boolean mixedLineEndings() {
            return (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) > 1;
        }

        /** True when the head looks like binary data rather than text. */
        boolean binaryHead() {
            return headNulLine > 0 || (headControls >= 4 && headControls * 50L > headBytes);
        }
    }

    private FileProbe() {
    }

    static Facts probe(ReadableByteChannel channel) throws IOException {
        ByteBuffer bb = ByteBuffer.allocate(BUFFER_BYTES);
        CRC32C crc = new CRC32C();
        byte[] a = bb.array();
        long offset = 0;
        boolean valid = true;
        int need = 0;          // continuation bytes still expected
        int lo = 0x80;         // allowed range of the next continuation byte
        int hi = 0xBF;
        long crlf = 0;
        long lf = 0;
        long cr = 0;
        long nulLine = 0;
        int controls = 0;
        byte last = 0;         // the byte before a[0]
        byte[] first = new byte[3];
        int firstCount = 0;
        int n;
        while ((n = channel.read(bb.clear())) >= 0) {
            if (n == 0) {
                continue;
            }
            crc.update(a, 0, n);
            if (firstCount < 3) {
                int k = Math.min(3 - firstCount, n);
                System.arraycopy(a, 0, first, firstCount, k);
                firstCount += k;
            }
            for (int i = 0; i < n; i++) {
                // Eight printable ASCII bytes at once: the common case, and nothing in them needs a look.
                while (need == 0 && i + 8 <= n
                        && ((((long) LONGS.get(a, i) - 0x2020202020202020L) | (long) LONGS.get(a, i))
                                & 0x8080808080808080L) == 0) {
                    i += 8;
                }
                if (i >= n) {
                    break;
                }
                byte x = a[i];
                if (x >= 0x20) {
                    if (need != 0) {
                        valid = false;
                        need = 0;
                    }
                    continue;
                }
                if (x < 0) {
                    if (!valid) {
                        continue;
                    }
                    int u = x & 0xFF;
                    if (need != 0) {
                        if (u < lo || u > hi) {
                            valid = false;
                            need = 0;
                        } else {
                            need--;
                            lo = 0x80;
                            hi = 0xBF;
                        }
                        continue;
                    }
                    lo = 0x80;
                    hi = 0xBF;
                    if (u >= 0xC2 && u <= 0xDF) {
                        need = 1;
                    } else if (u >= 0xE0 && u <= 0xEF) {
                        need = 2;
                        if (u == 0xE0) {
                            lo = 0xA0;         // no overlong 3-byte forms
                        } else if (u == 0xED) {
                            hi = 0x9F;         // no UTF-16 surrogates
                        }
                    } else if (u >= 0xF0 && u <= 0xF4) {
                        need = 3;
                        if (u == 0xF0) {
                            lo = 0x90;         // no overlong 4-byte forms
                        } else if (u == 0xF4) {
                            hi = 0x8F;         // nothing past U+10FFFF
                        }
                    } else {
                        valid = false;
                    }
                    continue;
                }
                // A control byte: 0x00-0x1F.
                if (need != 0) {
                    valid = false;
                    need = 0;
                }
                long at = offset + i;
                if (x == '\n') {
                    byte prev = i > 0 ? a[i - 1] : last;
                    if (prev == '\r' && at > 0) {
                        crlf++;
                        cr--;
                    } else {
                        lf++;
                    }
                } else if (x == '\r') {
                    cr++;
                } else if (at < HEAD_BYTES && x != '\t' && x != 0x0B && x != '\f') {
                    if (x == 0) {
                        if (nulLine == 0) {
                            nulLine = 1 + crlf + lf + cr;
                        }
                    } else {
                        controls++;
                    }
                }
            }
            last = a[n - 1];
            offset += n;
        }
        if (need != 0) {
            valid = false;     // the file ends inside a multi-byte sequence
        }
        boolean utf8Bom = firstCount == 3 && (first[0] & 0xFF) == 0xEF && (first[1] & 0xFF) == 0xBB
                && (first[2] & 0xFF) == 0xBF;
        boolean utf16Bom = firstCount >= 2 && (((first[0] & 0xFF) == 0xFF && (first[1] & 0xFF) == 0xFE)
                || ((first[0] & 0xFF) == 0xFE && (first[1] & 0xFF) == 0xFF));
        return new Facts(offset, utf8Bom, utf16Bom, valid, nulLine, controls,
                (int) Math.min(offset, HEAD_BYTES), crlf, lf, cr, offset > 0 && (last == '\n' || last == '\r'),
                crc.getValue());
    }
}
