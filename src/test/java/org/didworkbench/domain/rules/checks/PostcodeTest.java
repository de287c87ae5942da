package org.didworkbench.domain.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodeTest {

    @ParameterizedTest(name = "''{0}'' dids017={1} royalMail={2}")
    @CsvSource({
            "M1 1AA,    true,  true",
            "M60 1NW,   true,  true",
            "CR2 6XH,   true,  true",
            "DN55 1PT,  true,  true",
            "W1A 1HQ,   true,  true",
            "EC1A 1BB,  true,  true",
            "ZZ99 3VZ,  true,  true",
            "ls1 4hr,   true,  false",
            "LS1  4HR,  true,  false",
            "XM4 5HQ,   true,  false",
            "AJ1 1AA,   true,  false",
            "W1I 1AA,   true,  false",
            "LS1 4HO,   true,  false",
            "LS14HR,    false, false",
            "LS1 4H,    false, false",
            "GIR 0AA,   false, false",
    })
    void shapes(String value, boolean dids017, boolean royalMail) {
        assertThat(Postcode.matchesDids017(value)).isEqualTo(dids017);
        assertThat(Postcode.DIDS017.matcher(value).matches()).isEqualTo(dids017);
        assertThat(Postcode.royalMailProblem(value) == null).isEqualTo(royalMail);
    }

    /** The hand-coded check must give the regex's answer on near-postcodes and on noise. */
    @Property(tries = 5000)
    void handCodedCheckAgreesWithTheNationalRegex(@ForAll("nearPostcodes") String s) {
        boolean expected = Postcode.DIDS017.matcher(s).matches();
        Statistics.collect(expected);

        assertThat(Postcode.matchesDids017(s)).isEqualTo(expected);
        // The generator must hit both answers often, or the agreement says little.
        Statistics.coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
    }

    /** Mostly well-formed parts, each sometimes broken, so both answers come up often. */
    @Provide
    Arbitrary<String> nearPostcodes() {
        Arbitrary<String> area = Arbitraries.frequencyOf(
                Tuple.of(9, chars("ABQZaz", 1, 2)), Tuple.of(1, chars("ABz1", 0, 3)));
        Arbitrary<String> district = Arbitraries.frequencyOf(
                Tuple.of(9, chars("0189", 1, 1)), Tuple.of(1, Arbitraries.of("", "\u0663", "A")));
        Arbitrary<String> subDistrict = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just("")), Tuple.of(3, chars("A9z", 1, 1)), Tuple.of(1, chars("-\u00C912", 1, 2)));
        Arbitrary<String> gap = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(" ")),
                Tuple.of(2, chars(" \t\n\u000B\f\r", 1, 3)), Tuple.of(1, Arbitraries.of("", "\u00A0", "-")));
        Arbitrary<String> sector = Arbitraries.frequencyOf(Tuple.of(9, chars("09", 1, 1)), Tuple.of(1, chars("Ax", 0, 2)));
        Arbitrary<String> unit = Arbitraries.frequencyOf(Tuple.of(9, chars("AZaw", 2, 2)), Tuple.of(1, chars("A1z ", 0, 3)));
        return Combinators.combine(area, district, subDistrict, gap, sector, unit)
                .as((a, d, s, g, n, u) -> a + d + s + g + n + u);
    }

    private static Arbitrary<String> chars(String allowed, int min, int max) {
        return Arbitraries.strings().withChars(allowed).ofMinLength(min).ofMaxLength(max);
    }
}
