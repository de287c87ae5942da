package org.didworkbench.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodeKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LS1 4HR   | LS1 4HR
            ls1 4hr   | LS1 4HR
            LS14HR    | LS1 4HR
            LS1   4HR | LS1 4HR
            M1 1AE    | M1 1AE
            EC1A 1BB  | EC1A 1BB
            DN55 1PT  | DN55 1PT
            W1A 1HQ   | W1A 1HQ
            """)
    void spacingAndCaseDoNotMatter(String given, String canonical) {
        long key = PostcodeKey.of(given);
        assertThat(key).isEqualTo(PostcodeKey.of(canonical)).isNotEqualTo(PostcodeKey.INVALID);
        assertThat(PostcodeKey.toText(key)).isEqualTo(canonical);
        assertThat(key >>> PostcodeKey.BITS).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL
            ''
            LS1
            EC1A 1BBX
            LS1-4HR
            LS1 4HÉ
            """)
    void notAPostcode(String given) {
        assertThat(PostcodeKey.of(given)).isEqualTo(PostcodeKey.INVALID);
    }

    @Property
    void distinctPostcodesHaveDistinctKeysThatRoundTrip(@ForAll("postcodes") String a, @ForAll("postcodes") String b) {
        assertThat(PostcodeKey.toText(PostcodeKey.of(a))).isEqualTo(a);
        assertThat(PostcodeKey.of(a) == PostcodeKey.of(b)).isEqualTo(a.equals(b));
        assertThat(Long.compare(PostcodeKey.of(a), PostcodeKey.of(b)) == 0).isEqualTo(a.equals(b));
    }

    @Provide
    Arbitrary<String> postcodes() {
        Arbitrary<String> outward = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(2).ofMaxLength(4);
        Arbitrary<String> inward = Combinators.combine(Arbitraries.strings().numeric().ofLength(1),
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(2)).as((d, l) -> d + l);
        return Combinators.combine(outward, inward).as((o, i) -> o + " " + i);
    }
}
