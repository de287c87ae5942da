package org.didworkbench.io.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.didworkbench.domain.profile.RuleKindRegistry;
import org.didworkbench.domain.profile.RuleKindRegistry.KindSpec;
import org.didworkbench.domain.profile.RuleKindRegistry.ParamSpec;
import org.didworkbench.domain.rules.did.DidRuleKinds;
import org.junit.jupiter.api.Test;

/**
 * The published schema (docs/profile-schema.json) says what this build reads: the same fields, the same
 * rule kinds with the same parameters, the same built-in names. (The built-in profile files are checked
 * against the schema with a JSON Schema validator when they are changed; the build has no validator.)
 */
class ProfileSchemaTest {
    private static final RuleKindRegistry REGISTRY = DidRuleKinds.registry();

    private static JsonNode schema() throws Exception {
        return new ObjectMapper().readTree(Path.of("docs/profile-schema.json").toFile());
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void topLevelAndItemFieldsAreTheReadersOwn() throws Exception {
        JsonNode s = schema();

        assertThat(names(s.get("properties"))).containsExactlyInAnyOrderElementsOf(
                ProfileFileReaderFields.top());
        assertThat(names(s.at("/$defs/item/properties"))).containsExactlyInAnyOrderElementsOf(
                ProfileFileReaderFields.item());
        assertThat(names(s.at("/$defs/rule/properties"))).containsExactlyInAnyOrderElementsOf(
                ProfileFileReaderFields.ruleCommon());
    }

    @Test
    void kindsAndTheirParametersAreTheRegistrys() throws Exception {
        JsonNode s = schema();
        assertThat(texts(s.at("/$defs/rule/properties/kind/enum"))).containsExactlyElementsOf(REGISTRY.kindNames());

        Map<String, JsonNode> byKind = new HashMap<>();
        for (JsonNode k : s.at("/$defs/rule/allOf")) {
            byKind.put(k.at("/if/properties/kind/const").asText(), k.get("then"));
        }
        for (KindSpec spec : REGISTRY.kinds()) {
            JsonNode then = byKind.get(spec.name());
            assertThat(then).as(spec.name()).isNotNull();
            List<String> params = names(then.get("properties"));
            params.remove("kind");
            assertThat(params).as(spec.name()).containsExactlyElementsOf(spec.paramNames());
            List<String> required = texts(then.get("required"));
            assertThat(required).as(spec.name()).containsExactlyInAnyOrderElementsOf(
                    spec.params().stream().filter(ParamSpec::required).map(ParamSpec::name).toList());
        }
        assertThat(texts(byKind.get("builtin").at("/properties/name/enum")))
                .containsExactlyElementsOf(REGISTRY.builtinNames());
    }
}
