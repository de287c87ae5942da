package org.didworkbench.domain.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterCollectorTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            ls1 4ab     | LS14AB
            'LS1  4AB'  | LS14AB
            LS14AB      | LS14AB
            LS1-4AB.    | LS14AB
            '  '        | ''
            '--'        | ''
            NULL        | ''
            Café        | CAFÉ
            2026-09-01  | 20260901
            """)
    void keysIgnoreCaseSpacingAndPunctuation(String value, String key) {
        assertThat(ClusterKey.of(value)).isEqualTo(key == null ? "" : key);
    }

    /** Streams values in key order, as the store's query does. */
    private static ClusterCollector collect(int limit, String... valueCounts) {
        TreeMap<String, TreeMap<String, Long>> byKey = new TreeMap<>();
        for (String vc : valueCounts) {
            int bar = vc.lastIndexOf('|');
            String v = vc.substring(0, bar);
            byKey.computeIfAbsent(ClusterKey.of(v), k -> new TreeMap<>()).put(v, Long.parseLong(vc.substring(bar + 1)));
        }
        ClusterCollector c = new ClusterCollector(limit);
        byKey.forEach((k, values) -> values.forEach((v, n) -> c.accept(k, v, n)));
        return c;
    }

    @Test
    void groupsSimilarValuesWithTheirCountsAndLeavesSingletonsOut() {
        ClusterCollector c = collect(10, "ls1 4ab|2", "LS1  4AB|1", "LS1 4AB|7", "LS14AB|3", "M1 1AA|9",
                "B1 1AA|1", "b11aa|1", "|4", "-|2");

        List<ValueCluster> clusters = c.clusters();

        assertThat(clusters).hasSize(2);
        ValueCluster first = clusters.get(0);
        assertThat(first.key()).isEqualTo("LS14AB");
        assertThat(first.values()).extracting(ValueCount::value, ValueCount::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("LS1 4AB", 7L), org.assertj.core.groups.Tuple.tuple("LS14AB", 3L),
                org.assertj.core.groups.Tuple.tuple("ls1 4ab", 2L), org.assertj.core.groups.Tuple.tuple("LS1  4AB", 1L));
        assertThat(first.records()).isEqualTo(13);
        assertThat(first.recordsToChange("LS1 4AB")).isEqualTo(6);
        assertThat(clusters.get(1).key()).isEqualTo("B11AA");
        assertThat(c.found()).isEqualTo(2);
    }

    @Test
    void keepsTheLargestClustersUpToTheLimitButCountsThemAll() {
        ClusterCollector c = collect(2, "a|1", "A|1", "b|5", "B|5", "c|2", "C.|2", "d|1", "D|9");

        assertThat(c.clusters()).extracting(ValueCluster::key).containsExactly("B", "D");
        assertThat(c.found()).isEqualTo(4);
    }

    @Test
    void theSuggestedValueIsTheMostCommonValidOne() {
        ValueCluster cluster = new ValueCluster("LS14AB", List.of(new ValueCount("LS14AB", 9),
                new ValueCount("ls1 4ab", 2), new ValueCount("LS1 4AB", 4)));

        assertThat(cluster.suggested(Set.of("LS1 4AB")::contains)).isEqualTo("LS1 4AB");
        assertThat(cluster.suggested(v -> false)).as("none valid: the most common").isEqualTo("LS14AB");
    }
}
