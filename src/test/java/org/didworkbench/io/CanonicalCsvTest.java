package org.didworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.didworkbench.domain.dataset.Dialect;
import org.junit.jupiter.api.Test;

class CanonicalCsvTest {
    private final CanonicalCsv lf = new CanonicalCsv(new Dialect(StandardCharsets.UTF_8, false, ',', "\n", false,
            false, true, '"'));
    private final CanonicalCsv crlf = new CanonicalCsv(new Dialect(StandardCharsets.UTF_8, false, ',', "\r\n", false,
            false, true, '"'));

    @Test
    void quotesOnlyWhatMustBeQuoted() {
        assertThat(lf.format(new String[] {"a", "b,c", "say \"hi\"", "two\nlines", ""}, true))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\n");
    }

    @Test
    void recognisesItsOwnOutputAsCanonical() {
        String[] v = {"9434765919", "01", "LS1 4HR", "x,y", "q\"q"};
        assertThat(crlf.isCanonical(v, crlf.format(v, true))).isTrue();
        assertThat(lf.isCanonical(v, lf.format(v, true))).isTrue();
    }

    @Test
    void anyOtherSpellingIsNotCanonical() {
        String[] v = {"a", "b"};
        assertThat(lf.isCanonical(v, "a,b\r\n")).isFalse();
        assertThat(lf.isCanonical(v, "\"a\",b\n")).isFalse();
        assertThat(lf.isCanonical(v, "a,b")).isFalse();
        assertThat(lf.isCanonical(v, "a,b\n\n")).isFalse();
        assertThat(lf.isCanonical(v, "a,b,\n")).isFalse();
        assertThat(lf.isCanonical(new String[] {"a", ""}, "a,\"\"\n")).isFalse();
        assertThat(lf.isCanonical(new String[] {"a", ""}, "a,\n")).isTrue();
    }
}
