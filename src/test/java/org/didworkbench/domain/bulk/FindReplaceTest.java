package org.didworkbench.domain.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindReplaceTest {

    /** "-" in the expected column means the value is left as it is. */
    @ParameterizedTest(name = "''{0}'' -> ''{1}'' in ''{4}'' (whole {2}, case {3}) = {5}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            ls1    | LS1   | false | false | ls1 4ab      | LS1 4ab
            ls1    | LS1   | false | false | LS1 4AB      | -
            ls1    | LS1   | false | true  | Ls1 4AB      | -
            ls1    | LS1   | false | false | Ls1 4AB      | LS1 4AB
            a      | b     | false | false | Aaa          | bbb
            a      | b     | false | true  | Aaa          | Abb
            M      | 1     | true  | false | m            | 1
            M      | 1     | true  | false | MM           | -
            M      | 1     | true  | true  | m            | -
            M      | 1     | true  | true  | M            | 1
            ' '    | ''    | false | false | 'LS1 4AB'    | LS14AB
            .      | $1    | false | false | a.b          | a$1b
            (x)    | [y]   | false | false | (X)(x)       | [y][y]
            é      | e     | false | false | CAFÉ         | CAFe
            """)
    void replaces(String find, String replacement, boolean whole, boolean caseSensitive, String value,
                  String expected) {
        FindReplace f = new FindReplace(find, replacement == null ? "" : replacement, whole, caseSensitive);
        assertThat(f.apply(value).orElse("-")).isEqualTo(expected);
    }

    @Test
    void aReplacementThatGivesTheSameTextIsNoChange() {
        assertThat(new FindReplace("x", "x", false, false).apply("X").orElse("-")).isEqualTo("x");
        assertThat(new FindReplace("x", "x", false, true).apply("x")).isEmpty();
        assertThat(new FindReplace("x", "y", false, true).apply(null)).isEmpty();
    }

    @Test
    void needsSomethingToFind() {
        assertThatThrownBy(() -> new FindReplace("", "y", false, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCoarseFilterIsOnlyGivenWhenItCannotMissAMatch() {
        assertThat(new FindReplace("ls1", "x", false, false).coarseFilter()).isEqualTo("ls1");
        assertThat(new FindReplace("é", "x", false, true).coarseFilter()).isEqualTo("é");
        // SQL LIKE folds ASCII case only, so a case-insensitive search for a non-ASCII letter scans everything.
        assertThat(new FindReplace("é", "x", false, false).coarseFilter()).isNull();
    }

    @Test
    void theReasonSaysWhatWasReplacedAndHow() {
        assertThat(new FindReplace("ls1", "LS1", false, false).reason("POSTCODE OF USUAL ADDRESS"))
                .isEqualTo("Find and replace in POSTCODE OF USUAL ADDRESS: 'ls1' -> 'LS1'");
        assertThat(new FindReplace("M", "1", true, true).reason("PERSON GENDER CODE CURRENT"))
                .isEqualTo("Find and replace in PERSON GENDER CODE CURRENT: 'M' -> '1' (whole value, match case)");
        assertThat(new FindReplace("x".repeat(50), "", false, true).reason("ITEM"))
                .isEqualTo("Find and replace in ITEM: '" + "x".repeat(39) + "\u2026' -> '' (match case)");
        assertThat(new FindReplace("9434765919", "x", false, false).toString()).doesNotContain("9434765919");
    }
}
