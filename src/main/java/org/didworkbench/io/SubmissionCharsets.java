package org.didworkbench.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The text encodings a submission file can be in, and a way to find them again by name. */
public final class SubmissionCharsets {
    /**
     * Windows-1252 that round-trips every byte: the five undefined bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D decode to
     * U+0081, U+008D, U+008F, U+0090, U+009D and encode back to the same bytes. Its {@link Charset#name()} is
     * {@code x-windows-1252-lossless}; its display name is "Windows-1252". Immutable.
     */
    public static final Charset WINDOWS_1252 = new Windows1252Lossless();

    private SubmissionCharsets() {
    }

    /**
     * The charset for a name stored earlier (e.g. {@code dialect.charset().name()} saved in a workspace):
     * {@link #WINDOWS_1252} for its own name and aliases and for {@code windows-1252}/{@code cp1252} (so that
     * writing back stays byte-identical), otherwise {@link Charset#forName(String)}.
     *
     * @throws java.nio.charset.UnsupportedCharsetException when the name is unknown
     */
    public static Charset forName(String name) {
        if (WINDOWS_1252.name().equalsIgnoreCase(name) || WINDOWS_1252.aliases().contains(name)
                || "windows-1252".equalsIgnoreCase(name) || "cp1252".equalsIgnoreCase(name)) {
            return WINDOWS_1252;
        }
        if ("UTF-8".equalsIgnoreCase(name) || "UTF8".equalsIgnoreCase(name)) {
            return StandardCharsets.UTF_8;
        }
        return Charset.forName(name);
    }
}
