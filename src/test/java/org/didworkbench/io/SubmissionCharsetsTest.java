package org.didworkbench.io;

import org.didworkbench.domain.dataset.Dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionCharsetsTest {
    private static final Charset LOSSLESS = SubmissionCharsets.WINDOWS_1252;

    @Test
    void everyByteDecodesAndEncodesBackToItself() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String text = new String(all, LOSSLESS);

        assertThat(text).hasSize(256);
        assertThat(text.getBytes(LOSSLESS)).isEqualTo(all);
    }

    @Test
    void definedBytesDecodeAsTheJdkWindows1252Does() {
        Charset jdk = Charset.forName("windows-1252");
        for (int i = 0; i < 256; i++) {
            byte[] b = {(byte) i};
            String expected = new String(b, jdk);
            if (!expected.equals("\uFFFD")) {
                assertThat(new String(b, LOSSLESS)).as("byte %02X", i).isEqualTo(expected);
            }
        }
    }

    @Test
    void theFiveUndefinedBytesBecomeTheControlCharsOfTheSameNumber() {
        byte[] undefined = {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D};

        assertThat(new String(undefined, LOSSLESS)).isEqualTo("\u0081\u008D\u008F\u0090\u009D");
    }

    @Test
    void charsOutsideTheCodePageCannotBeEncoded() {
        assertThat(LOSSLESS.newEncoder().canEncode('\u0080')).as("C1 control with a defined byte").isFalse();
        assertThat(LOSSLESS.newEncoder().canEncode('\u0100')).isFalse();
        assertThat(LOSSLESS.newEncoder().canEncode("\uD83D\uDE00")).isFalse();
        assertThat(LOSSLESS.newEncoder().canEncode("£é€\u0081")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-windows-1252-lossless", "windows-1252-lossless", "windows-1252", "Cp1252"})
    void storedNamesOfWindows1252ResolveToTheLosslessCharset(String name) {
        assertThat(SubmissionCharsets.forName(name)).isSameAs(LOSSLESS);
    }

    @Test
    void otherNamesResolveAsUsual() {
        assertThat(SubmissionCharsets.forName("UTF-8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(SubmissionCharsets.forName("ISO-8859-1")).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    void dialectDescriptionNamesEncodingDelimiterAndLineEndings() {
        Dialect d = new Dialect(LOSSLESS, false, ';', "\n", true, true, false, '"');

        assertThat(d.describe()).isEqualTo("Windows-1252, semicolon, mixed line endings (mostly LF), header row,"
                + " no line break at the end");
        assertThat(Dialect.standard().describe()).isEqualTo("UTF-8, comma, CRLF line endings");
    }
}
