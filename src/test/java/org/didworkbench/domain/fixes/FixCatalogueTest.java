package org.didworkbench.domain.fixes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FixCatalogueTest {

    /** Applies the catalogue's fixes for a rule; "AMBIGUOUS" and "NONE" stand for the outcomes without a value. */
    private static String propose(String rule, DateOrder order, String value) {
        Proposal p = FixCatalogue.propose(FixCatalogue.forRule(rule, order), value);
        return p.outcome() == Proposal.Outcome.FIXED ? p.value() : p.outcome().name();
    }

    @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DIDS017 | ls14hr        | LS1 4HR
            DIDS017 | LS14HR        | LS1 4HR
            DIDS017 | ' ls1  4hr '  | LS1 4HR
            DIDS017 | ec1a1bb       | EC1A 1BB
            DIDS017 | m11aa         | M1 1AA
            DIDS017 | LS1 4HR       | NONE
            DIDS017 | 12345         | NONE
            DIDS017 | LS1           | NONE
            DIDS017 | ABC DEF       | NONE
            DIDS003 | 1             | 01
            DIDS003 | ' 8 '         | 08
            DIDS003 | 9             | NONE
            DIDS003 | 0             | NONE
            DIDS003 | 01            | NONE
            DIDS021 | 4             | 04
            DIDS021 | 8             | NONE
            DIDS012 | a             | A
            DIDS012 | z             | Z
            DIDS012 | i             | NONE
            DIDS012 | A             | NONE
            DIDS014 | M             | 1
            DIDS014 | f             | 2
            DIDS014 | U             | 0
            DIDS014 | ' m '         | 1
            DIDS014 | X             | NONE
            DIDS014 | 02            | NONE
            DIDS045 | 13/04/2026    | 2026-04-13
            DIDS045 | 13-04-2026    | 2026-04-13
            DIDS045 | 03/03/2026    | 2026-03-03
            DIDS045 | 3/3/2026      | 2026-03-03
            DIDS045 | 04/13/2026    | 2026-04-13
            DIDS045 | 20260701      | 2026-07-01
            DIDS045 | 03/04/2026    | AMBIGUOUS
            DIDS045 | 01/07/2026    | AMBIGUOUS
            DIDS045 | 31/02/2026    | NONE
            DIDS045 | 12122026      | NONE
            DIDS045 | 20261301      | NONE
            DIDS045 | 13/04/26      | NONE
            DIDS045 | 13/04-2026    | NONE
            DIDS045 | yesterday     | NONE
            DIDS045 | 2026-04-13    | NONE
            DIDS005 | 29/02/2024    | 2024-02-29
            DIDS005 | 29/02/2023    | NONE
            DIDS026 | 13/04/2026    | 2026-04-13
            DIDS036 | 13/04/2026    | 2026-04-13
            DIDS061 | 13/04/2026    | 2026-04-13
            DIDS001 | 9434765918    | NONE
            """)
    void proposesOnlySafeCorrections(String rule, String value, String expected) {
        assertThat(propose(rule, DateOrder.NONE, value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DMY | 03/04/2026 | 2026-04-03
            MDY | 03/04/2026 | 2026-03-04
            DMY | 01-07-2026 | 2026-07-01
            MDY | 01-07-2026 | 2026-01-07
            DMY | 04/13/2026 | NONE
            MDY | 13/04/2026 | NONE
            MDY | 20260701   | 2026-07-01
            """)
    void anAmbiguousDateIsReadOnlyInTheOrderTheCallerChose(DateOrder order, String value, String expected) {
        assertThat(propose("DIDS045", order, value)).isEqualTo(expected);
    }

    @Test
    void everyFixIsTiedToTheRulesItRepairs() {
        assertThat(FixCatalogue.forRule("DIDS017")).extracting(Fix::id).containsExactly("postcode-spacing");
        assertThat(FixCatalogue.forRule("DIDS017").get(0).description()).isEqualTo("postcode spacing and case");
        assertThat(FixCatalogue.forRule("DIDS014")).extracting(Fix::ruleCodes).containsExactly(java.util.Set.of("DIDS014"));
        assertThat(FixCatalogue.forRule("DIDS071")).isEmpty();
        for (Fix f : FixCatalogue.all(DateOrder.NONE)) {
            assertThat(f.ruleCodes()).isNotEmpty();
            for (String code : f.ruleCodes()) {
                assertThat(FixCatalogue.forRule(code)).extracting(Fix::id).contains(f.id());
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ' H '     | H
            '\tRR801' | RR801
            RR801     | NONE
            '   '     | ''
            """)
    void trimRemovesSurroundingWhiteSpaceFromAnyItem(String value, String expected) {
        String v = value.replace("\\t", "\t");
        Proposal p = FixCatalogue.trim().propose(v);
        assertThat(p.outcome() == Proposal.Outcome.FIXED ? p.value() : p.outcome().name())
                .isEqualTo(expected == null ? "" : expected);
        assertThat(FixCatalogue.trim().ruleCodes()).isEmpty();
    }

    @Test
    void aFixedProposalAlwaysChangesTheValue() {
        for (Fix f : FixCatalogue.all(DateOrder.DMY)) {
            for (String v : List.of("01", "A", "1", "LS1 4HR", "2026-04-13")) {
                Proposal p = f.propose(v);
                if (p.outcome() == Proposal.Outcome.FIXED) {
                    assertThat(p.value()).isNotEqualTo(v);
                }
            }
        }
    }
}
