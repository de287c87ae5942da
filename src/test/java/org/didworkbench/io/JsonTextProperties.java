package org.didworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The summary JSON and the workspace's stored figures were written by Jackson's pretty printer; they
 * are now written by {@link JsonText}. Scripts and older workspaces must see the same text.
 */
class JsonTextProperties {
    private static final ObjectMapper JACKSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static String jackson(Object value) throws JsonProcessingException {
        return JACKSON.writeValueAsString(value);
    }

    private enum Kind { ERROR }

    @Example
    void everyKindOfValueIsWrittenAsJacksonWroteIt() throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("int", 1);
        m.put("long", 12_345_678_901L);
        m.put("double", 0.25);
        m.put("tiny", 0.00001);
        m.put("huge", 1e20);
        m.put("nan", Double.NaN);
        m.put("infinity", Double.NEGATIVE_INFINITY);
        m.put("float", 1.5f);
        m.put("decimal", new BigDecimal("0.100"));
        m.put("null", null);
        m.put("yes", true);
        m.put("text", "quote \" backslash \\ newline \n tab \t cr \r bell \u0007 nul \u0000 del \u007f é ✓ / end");
        m.put("enum", Kind.ERROR);
        m.put("emptyList", List.of());
        m.put("emptyMap", Map.of());
        m.put("set", new LinkedHashSet<>(List.of("b", "a")));
        m.put("array", new String[] {"x", "y"});
        m.put("numbers", new int[] {1, 2});
        m.put("nested", List.of(Map.of("p", 1), Map.of("q", List.of(List.of(), List.of(1.5, 2L))), List.of()));
        m.put("deep", Map.of("a", Map.of("b", Map.of("c", List.of(Map.of())))));
        assertThat(JsonText.write(m)).isEqualTo(jackson(m));
    }

    @Example
    void aValueOfAnUnknownTypeIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> JsonText.write(Map.of("when", java.time.LocalDate.of(2026, 9, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.time.LocalDate");
    }

    @Property(tries = 300)
    void anyNestingOfMapsListsAndScalarsMatches(@ForAll("trees") Object tree) throws JsonProcessingException {
        assertThat(JsonText.write(tree)).isEqualTo(jackson(tree));
    }

    @Provide
    Arbitrary<Object> trees() {
        return tree(3);
    }

    private Arbitrary<Object> tree(int depth) {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(1e-7)
                        .withSpecialValue(Double.POSITIVE_INFINITY).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<Object> child = tree(depth - 1);
        Arbitrary<Object> lists = child.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
        Arbitrary<Object> maps = Arbitraries.maps(Arbitraries.strings().all().ofMaxLength(6), child).ofMaxSize(4)
                .map(mm -> (Object) new LinkedHashMap<>(mm));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, scalars), net.jqwik.api.Tuple.of(2, lists), net.jqwik.api.Tuple.of(2, maps));
    }
}
