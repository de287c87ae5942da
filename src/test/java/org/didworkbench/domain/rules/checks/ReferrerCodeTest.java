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

class ReferrerCodeTest {

    /** The hand-coded check must give the specification regex's answer. */
    @Property(tries = 5000)
    void handCodedCheckAgreesWithTheRegexTable(@ForAll("nearReferrers") String s) {
        boolean expected = ReferrerCode.PATTERN.matcher(s).matches();
        Statistics.collect(expected);

        assertThat(ReferrerCode.matches(s)).isEqualTo(expected);
        // The generator must hit both answers often, or the agreement says little.
        Statistics.coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
    }

    @Provide
    Arbitrary<String> nearReferrers() {
        Arbitrary<String> prefix = Arbitraries.of("", "C", "D", "G", "S", "CD", "CH", "DT", "PH", "SL", "Z", "ZE",
                "ZW", "ZA", "H", "X", "N", "12", "1", "g", "ph", "ze");
        Arbitrary<String> body = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(7);
        Arbitrary<String> tail = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.strings().withChars("AbZ9 ").ofMinLength(1).ofMaxLength(2)));
        Arbitrary<String> shaped = Combinators.combine(prefix, body, tail).as((p, b, t) -> p + b + t);
        Arbitrary<String> defaults = Arbitraries.of("H9999998", "M9999998", "R9999981", "A9999998", "P9999981",
                "X9999998", "N9999998", "x9999998", "R9999998");
        Arbitrary<String> pins = Combinators.combine(Arbitraries.strings().numeric().ofLength(2),
                Arbitraries.strings().withChars("AaZ1").ofLength(1), Arbitraries.strings().numeric().ofLength(4),
                Arbitraries.strings().withChars("Bb2").ofLength(1)).as((a, b, c, d) -> a + b + c + d);
        return Arbitraries.oneOf(shaped, defaults, pins);
    }
}
