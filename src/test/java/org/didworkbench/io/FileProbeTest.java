package org.didworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileProbeTest {

    private static FileProbe.Facts probe(byte[] bytes) throws IOException {
        return FileProbe.probe(Channels.newChannel(new ByteArrayInputStream(bytes)));
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
        "41E282AC42,          true",    // €
        "F09F9880,            true",    // an emoji (four bytes)
        "EFBBBF41,            true",    // BOM
        "C3A9,                true",    // é
        "E9,                  false",   // Windows-1252 é
        "C080,                false",   // overlong NUL
        "E08080,              false",   // overlong three-byte form
        "EDA080,              false",   // a UTF-16 surrogate
        "F4908080,            false",   // past U+10FFFF
        "F880808080,          false",   // five-byte form
        "E282,                false",   // cut off at the end of the file
        "E2822C,              false",   // cut off by an ASCII byte
        "80,                  false",   // a lone continuation byte
    })
    void decidesUtf8ValidityAsAStrictDecoderWould(String hex, boolean valid) throws IOException {
        byte[] bytes = HexFormat.of().parseHex(hex);
        // Pad with ASCII so the eight-byte fast path runs before and after the interesting bytes.
        byte[] padded = ("0123456789abcdef" + new String(bytes, StandardCharsets.ISO_8859_1) + "0123456789abcdef")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(probe(bytes).validUtf8()).isEqualTo(valid);
        assertThat(probe(padded).validUtf8()).isEqualTo(valid);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> ascii = Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E);
        Arbitrary<Byte> any = Arbitraries.bytes();
        Arbitrary<Byte> special = Arbitraries.of((byte) '\r', (byte) '\n', (byte) 0, (byte) 0x80, (byte) 0xBF,
                (byte) 0xC2, (byte) 0xE0, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xA0);
        Arbitrary<byte[]> utf8Text = Arbitraries.strings().ofMaxLength(20)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> oneByte = Arbitraries.frequencyOf(Tuple.of(6, ascii), Tuple.of(2, special), Tuple.of(1, any))
                .map(b -> new byte[] {b});
        return Arbitraries.frequencyOf(Tuple.of(4, oneByte), Tuple.of(1, utf8Text)).list().ofMaxSize(200)
                .map(parts -> {
                    ByteBuffer out = ByteBuffer.allocate(parts.stream().mapToInt(p -> p.length).sum());
                    parts.forEach(out::put);
                    return out.array();
                });
    }

    @Property(tries = 1000)
    void agreesWithTheJdkDecoderAndCountsLineEndingsAsTheyAre(@ForAll("bytes") byte[] bytes) throws IOException {
        FileProbe.Facts facts = probe(bytes);

        boolean strictlyValid;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            strictlyValid = true;
        } catch (CharacterCodingException e) {
            strictlyValid = false;
        }
        assertThat(facts.validUtf8()).isEqualTo(strictlyValid);
        assertThat(facts.bytes()).isEqualTo(bytes.length);

        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        long crlf = latin.split("\r\n", -1).length - 1;
        long cr = latin.chars().filter(c -> c == '\r').count() - crlf;
        long lf = latin.chars().filter(c -> c == '\n').count() - crlf;
        assertThat(facts.crlf()).isEqualTo(crlf);
        assertThat(facts.cr()).isEqualTo(cr);
        assertThat(facts.lf()).isEqualTo(lf);
        assertThat(facts.finalNewline()).isEqualTo(latin.endsWith("\r") || latin.endsWith("\n"));
        int nul = latin.indexOf('\0');
        long expectedNulLine = nul < 0 || nul >= FileProbe.HEAD_BYTES ? 0
                : 1 + ReadResult.lineBreaks(latin, 0, nul);
        assertThat(facts.headNulLine()).isEqualTo(expectedNulLine);
    }

    @Property(tries = 200)
    void theChecksumIsTheCrc32cOfTheWholeFile(@ForAll("bytes") byte[] bytes) throws IOException {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);

        assertThat(probe(bytes).checksum()).isEqualTo(crc.getValue());
    }

    @ParameterizedTest
    @CsvSource({"FFFE4100, true", "FEFF0041, true", "EFBBBF41, false"})
    void recognisesAUtf16ByteOrderMark(String hex, boolean utf16) throws IOException {
        assertThat(probe(HexFormat.of().parseHex(hex)).utf16Bom()).isEqualTo(utf16);
    }
}
