package org.didworkbench.domain.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SctidTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "169069000,           ",
            "417905003,           ",
            "303686006,           ",
            "869331000000103,     ",
            "999001111000000105,  ",
            "100005,              ",
            "169069001,           CHECK_DIGIT",
            "123456017,           NOT_CONCEPT",
            "123456029,           NOT_CONCEPT",
            "123456126,           NOT_CONCEPT",
            "12006,               LENGTH",
            "1234567890123456100, LENGTH",
            "0169069000,          LEADING_ZERO",
            "16906900A,           NOT_DIGITS",
            "'169069000 ',        NOT_DIGITS",
            "'',                  NOT_DIGITS",
    })
    void problems(String value, Sctid.Problem expected) {
        assertThat(Sctid.problem(value)).isEqualTo(expected);
        assertThat(Sctid.isValidConceptId(value)).isEqualTo(expected == null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"16906900, 0", "86933100000010, 3", "99900111100000010, 5", "236, 3", "12345, 1"})
    void verhoeffCheckDigit(String payload, int expected) {
        assertThat(Verhoeff.checkDigit(payload)).isEqualTo(expected);
        assertThat(Verhoeff.isValid(payload + expected)).isTrue();
    }

    @Property
    void verhoeffAcceptsItsOwnCheckDigitAndCatchesAnySingleSubstitution(
            @ForAll("digits") String payload, @ForAll @IntRange(max = 100) int at,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String full = payload + Verhoeff.checkDigit(payload);
        char[] changed = full.toCharArray();
        int i = at % changed.length;
        changed[i] = (char) ('0' + (changed[i] - '0' + shift) % 10);

        assertThat(Verhoeff.isValid(full)).isTrue();
        assertThat(Verhoeff.isValid(new String(changed))).isFalse();
    }

    @Property
    void verhoeffCatchesAdjacentTranspositions(@ForAll("digits") String payload, @ForAll @IntRange(max = 100) int at) {
        String full = payload + Verhoeff.checkDigit(payload);
        int i = at % (full.length() - 1);
        char[] swapped = full.toCharArray();
        char t = swapped[i];
        swapped[i] = swapped[i + 1];
        swapped[i + 1] = t;

        if (swapped[i] != swapped[i + 1]) {
            assertThat(Verhoeff.isValid(new String(swapped))).isFalse();
        }
    }

    @Property
    void everyWellBuiltConceptIdPassesAndAnySingleChangeFails(@ForAll("conceptIds") String id,
                                                             @ForAll @IntRange(max = 100) int at,
                                                             @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] changed = id.toCharArray();
        int i = at % changed.length;
        changed[i] = (char) ('0' + (changed[i] - '0' + shift) % 10);

        assertThat(Sctid.problem(id)).isNull();
        assertThat(Sctid.problem(new String(changed))).isNotNull();
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20);
    }

    /** Item identifier (no leading zero), optional 7-digit namespace, partition 00 or 10, Verhoeff digit. */
    @Provide
    Arbitrary<String> conceptIds() {
        Arbitrary<String> item = Combinators.combine(Arbitraries.chars().range('1', '9'),
                Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(7)).as((c, s) -> c + s);
        Arbitrary<String> shortForm = item.map(s -> s + "00");
        Arbitrary<String> longForm = Combinators.combine(item, Arbitraries.strings().numeric().ofLength(7))
                .as((s, ns) -> s + ns + "10");
        return Arbitraries.oneOf(shortForm, longForm).map(s -> s + Verhoeff.checkDigit(s));
    }
}
