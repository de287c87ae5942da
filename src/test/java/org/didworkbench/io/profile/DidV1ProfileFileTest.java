package org.didworkbench.io.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.profile.ProfileBinder;
import org.didworkbench.domain.profile.ProfileDefinitionException;
import org.didworkbench.domain.profile.TemplatedRecordRule;
import org.didworkbench.domain.profile.TemplatedUniquenessRule;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.did.DidRuleKinds;
import org.didworkbench.domain.rules.did.DidV1Profile;
import org.junit.jupiter.api.Test;

/**
 * The built-in did-v1.json describes the same profile as the code ({@link DidV1Profile#create()}): the
 * same items, and rule by rule the same code, severity, category, items, description, reference data
 * and deciding class. Issue-for-issue equality on the sample files is DidV1ProfileEquivalenceTest.
 */
class DidV1ProfileFileTest {

    static Profile fromFile() throws IOException, ProfileDefinitionException {
        try (InputStream in = DidV1ProfileFileTest.class.getResourceAsStream("/org/didworkbench/profiles/did-v1.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ProfileFiles.bind("did-v1.json", json, new ProfileBinder(DidRuleKinds.registry()));
        }
    }

    @Test
    void itemsAreTheCodesItems() throws Exception {
        Profile file = fromFile();
        Profile code = DidV1Profile.create();

        assertThat(file.items()).isEqualTo(code.items());
        assertThat(file.id()).isEqualTo(code.id());
        assertThat(file.title()).isEqualTo(code.title());
        assertThat(file.provisional()).isFalse();
        assertThat(file.structureRule()).isEqualTo(code.structureRule());
    }

    @Test
    void everyRuleMatchesTheCodesRuleInOrder() throws Exception {
        Profile file = fromFile();
        Profile code = DidV1Profile.create();

        assertThat(facts(file.recordRules())).containsExactlyElementsOf(facts(code.recordRules()));
        assertThat(facts(file.uniquenessRules())).containsExactlyElementsOf(facts(code.uniquenessRules()));
        assertThat(file.provisionalRules()).isEmpty();
        // the store finds duplicate groups through the key items, so they must be the same too
        assertThat(file.uniquenessRules().get(0).keyItems()).containsExactly(code.uniquenessRules().get(0).keyItems());
    }

    @Test
    void theFileProfileReadsXmlInTheV1Namespace() throws Exception {
        Profile file = fromFile();

        assertThat(file.xml()).isNotNull();
        assertThat(file.xml().namespace()).isEqualTo("http://www.datadictionary.nhs.uk/data_dictionary/messages/DIDS-v1-0/");
        assertThat(file.xml().repeats(file.indexOf("DIAGNOSTIC_TEST_DATE"))).isTrue();
        assertThat(file.xml().repeats(file.indexOf("NHS_NUMBER"))).isFalse();
    }

    /** What a rule is, as far as anyone outside it can tell, plus the class that decides (templates unwrapped). */
    private static List<String> facts(List<? extends Rule> rules) {
        List<String> out = new ArrayList<>();
        for (Rule r : rules) {
            Rule decider = r instanceof TemplatedRecordRule t ? t.delegate()
                    : r instanceof TemplatedUniquenessRule u ? u.delegate() : r;
            String cls = decider.getClass().getSimpleName();
            // DIDS071 is bound to the generic unique rule with DID v1's message as a template.
            if (cls.equals("DuplicateAccessionRule")) {
                cls = "UniqueItemsRule";
            }
            out.add(String.join(" | ", r.code(), r.severity().name(), r.kind().name(), String.join(",", r.fields()),
                    r.description(), r.references().toString(), cls));
        }
        return out;
    }
}
