package org.didworkbench.io.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.didworkbench.domain.profile.ProfileBinder;
import org.didworkbench.domain.profile.ProfileDefinitionException;
import org.didworkbench.domain.profile.ProfileProblem;
import org.didworkbench.domain.rules.did.DidRuleKinds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A profile file with a mistake gets a message naming the file, the line and the problem, and every
 * mistake is reported at once.
 */
class ProfileFileErrorsTest {

    /** A small valid file; line numbers below refer to it (rule 0 is on line 9, rule 1 on line 10). */
    private static final String VALID = """
            {
              "formatVersion": 1, "id": "mini", "title": "Mini", "structureRule": "SHAPE",
              "items": [
                {"name": "ACC", "ddName": "RADIOLOGICAL ACCESSION NUMBER", "format": "max an20", "mandation": "M"},
                {"name": "DAY", "ddName": "DIAGNOSTIC TEST DATE", "format": "an10 CCYY-MM-DD", "mandation": "M"},
                {"name": "PRI", "ddName": "SERVICE REQUEST PRIORITY TYPE", "format": "an1", "mandation": "R", "codes": {"1": "Routine"}}
              ],
              "rules": [
                {"kind": "required", "code": "R1", "severity": "error", "item": "ACC"},
                {"kind": "date", "code": "R2", "severity": "error", "item": "DAY"}
              ]
            }
            """;

    private static List<String> problems(String json) {
        ProfileDefinitionException e = catchThrowableOfType(ProfileDefinitionException.class,
                () -> ProfileFiles.bind("mini.json", json, new ProfileBinder(DidRuleKinds.registry())));
        assertThat(e).as("a mistake is reported").isNotNull();
        return e.problems().stream().map(ProfileProblem::toString).toList();
    }

    private static String rule1(String replacement) {
        return VALID.replace("{\"kind\": \"date\", \"code\": \"R2\", \"severity\": \"error\", \"item\": \"DAY\"}",
                replacement);
    }

    @Test
    void theValidFileBinds() throws Exception {
        assertThat(ProfileFiles.bind("mini.json", VALID, new ProfileBinder(DidRuleKinds.registry())).rules())
                .hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", textBlock = """
            a misspelt kind ~ {"kind": "requierd", "code": "R2", "severity": "error", "item": "DAY"} ~ mini.json line 10: rules[1].kind 'requierd' is not a rule kind; expected one of required, format, codeList, checkDigit, date, timestamp, ukClock, notBefore, order, intervalLimit, notAfterSubmission, atLeastOne, requiredIf, unique, referenceMember or builtin (did you mean 'required'?)
            an unknown item ~ {"kind": "date", "code": "R2", "severity": "error", "item": "DAYS"} ~ mini.json line 10: rules[1].item 'DAYS' is not an item of this profile; expected one of ACC, DAY or PRI (did you mean 'DAY'?)
            an item of the wrong type ~ {"kind": "date", "code": "R2", "severity": "error", "item": "ACC"} ~ mini.json line 10: rules[1].item 'ACC' is a text item; kind date needs a date item here
            a missing parameter ~ {"kind": "intervalLimit", "code": "R2", "severity": "error", "from": "DAY"} ~ mini.json line 10: rules[1] has no "to"; kind intervalLimit needs to (the later item)
            an unknown parameter ~ {"kind": "date", "code": "R2", "severity": "error", "item": "DAY", "itme": "DAY"} ~ mini.json line 10: rules[1].itme is not a parameter of kind date; expected item (did you mean 'item'?)
            a parameter of the wrong type ~ {"kind": "intervalLimit", "code": "R2", "severity": "error", "from": "DAY", "to": "DAY", "maxDays": "42"} ~ mini.json line 10: rules[1].maxDays is text; expected a whole number
            a duplicate code ~ {"kind": "date", "code": "R1", "severity": "error", "item": "DAY"} ~ mini.json line 10: rules[1].code 'R1' is already used by rules[0]; every rule needs its own code
            a bad severity ~ {"kind": "date", "code": "R2", "severity": "fatal", "item": "DAY"} ~ mini.json line 10: rules[1].severity 'fatal' is not allowed; expected error, warning
            an unknown built-in ~ {"kind": "builtin", "name": "monthsAfterBrith", "code": "R2", "severity": "error"} ~ mini.json line 10: rules[1].name 'monthsAfterBrith' is not a built-in rule; expected one of monthsAfterBirth, submissionCutOff, nicipSnomedMatch, did-v1.nhsNumberLength, did-v1.postcodeFormat, did-v1.referrerFormat, did-v1.siteCodeFormat, did-v1.nhsNumberPalindrome, did-v1.nhsNumberBlocked, did-v1.nicipShape, did-v1.practiceShape, did-v1.postcodeShape, did-v1.referringOrgShape, did-v1.postcodeExists, did-v1.practiceCode, did-v1.referringOrg, did-v1.siteCode, did-v1.nicipCurrency, did-v1.snomedCurrency, did-v1.nicipGrace, did-v1.snomedGrace, did-v1.referringOrgLive, did-v1.practiceLive, did-v1.siteLive or did-v1.imagingCodeMatch (did you mean 'monthsAfterBirth'?)
            a bad regular expression ~ {"kind": "format", "code": "R2", "severity": "error", "item": "ACC", "pattern": "[A-Z"} ~ mini.json line 10: rules[1].pattern is not a valid regular expression: Unclosed character class
            a bad placeholder ~ {"kind": "date", "code": "R2", "severity": "error", "item": "DAY", "message": "{DAYS} is wrong"} ~ mini.json line 10: rules[1].message has the placeholder {DAYS}, which is not one of {value}, {message}, {code} or an item name (did you mean 'DAY'?)
            a fixed category ~ {"kind": "date", "code": "R2", "severity": "error", "item": "DAY", "category": "plausibility"} ~ mini.json line 10: rules[1].category cannot be set for kind date; the kind decides how its failures count
            provisional with no basis ~ {"kind": "date", "code": "R2", "severity": "error", "item": "DAY", "provisional": true} ~ mini.json line 10: rules[1] is provisional but gives no basis; say why in "basis", e.g. "carried over from v1 [INFER]"
            a code list the item lacks ~ {"kind": "codeList", "code": "R2", "severity": "error", "item": "ACC"} ~ mini.json line 10: rules[1].item 'ACC' has no codes; list them in the item's "codes" or in the rule's "codes"
            two grace periods ~ {"kind": "referenceMember", "code": "R2", "severity": "error", "item": "ACC", "reference": "nicip", "at": "DAY", "graceDays": 1, "graceMonths": 1} ~ mini.json line 10: rules[1].graceMonths cannot be given with graceDays
            """)
    void aMistakeInARuleNamesTheLineAndTheProblem(String what, String rule, String expected) {
        assertThat(problems(rule1(rule))).containsExactly(expected);
    }

    @Test
    void jsonSyntaxErrorsGiveTheLine() {
        assertThat(problems(VALID.replace("\"item\": \"DAY\"}\n", "\"item\": \"DAY\"},\n")))
                .singleElement().asString().startsWith("mini.json line 11: is not valid JSON: Unexpected character (']'");
        assertThat(problems("{\n  \"id\": \"a\",\n  \"id\": \"b\"\n}")).singleElement().asString()
                .isEqualTo("mini.json line 3: is not valid JSON: Duplicate field 'id'");
        assertThat(problems("")).containsExactly("mini.json line 1: the file is empty; expected a JSON object");
    }

    @Test
    void fieldMistakesInItemsAndAtTheTopAreAllReportedWithTheirLines() {
        String json = VALID
                .replace("\"mandation\": \"M\"}", "\"mandation\": \"Mandatory\"}")
                .replace("\"structureRule\": \"SHAPE\"", "\"structureRule\": \"SHAPE\", \"titel\": \"x\"")
                .replace("\"formatVersion\": 1", "\"formatVersion\": 2");

        assertThat(problems(json)).containsExactly(
                "mini.json line 2: titel is not a field of a profile; expected one of basis, comment, formatVersion,"
                        + " id, items, provisional, rules, structureRule, title, xml (did you mean 'title'?)",
                "mini.json line 4: items[0].mandation 'Mandatory' is not a mandation; expected M, M*, R, O or C",
                "mini.json line 5: items[1].mandation 'Mandatory' is not a mandation; expected M, M*, R, O or C");
        assertThat(problems(VALID.replace("\"formatVersion\": 1", "\"formatVersion\": 2"))).containsExactly(
                "mini.json line 1: formatVersion 2 is not supported; this version of DID Workbench reads formatVersion 1");
    }

    @Test
    void itemsThatCannotBeToldApartAreReported() {
        String json = VALID.replace("\"ddName\": \"DIAGNOSTIC TEST DATE\"", "\"ddName\": \"DIAGNOSTIC TEST DATE\","
                + " \"aliases\": [\"acc\"]");

        assertThat(problems(json)).containsExactly("mini.json line 5: items[1] uses the column name 'acc', which"
                + " items[0] already uses; names, data dictionary names and aliases must tell the items apart");
    }

    @Test
    void aConfirmedProfileCannotHoldProvisionalRules() {
        String json = rule1("{\"kind\": \"date\", \"code\": \"R2\", \"severity\": \"error\", \"item\": \"DAY\","
                + " \"provisional\": true, \"basis\": \"guessed\"}");

        assertThat(problems(json)).containsExactly("mini.json line 1: the profile is marked \"provisional\": false,"
                + " but some of its items or rules are provisional; set \"provisional\": true at the top of the file");
    }

    @Test
    void severalMistakesAreReportedTogetherInTheMessage() {
        String json = rule1("{\"kind\": \"date\", \"code\": \"R1\", \"severity\": \"error\", \"item\": \"DAYS\"}");

        assertThatThrownBy(() -> ProfileFiles.bind("mini.json", json, new ProfileBinder(DidRuleKinds.registry())))
                .isInstanceOf(ProfileDefinitionException.class)
                .hasMessageStartingWith("2 problems in the profile file:")
                .hasMessageContaining("mini.json line 10: rules[1].code 'R1' is already used by rules[0]")
                .hasMessageContaining("mini.json line 10: rules[1].item 'DAYS' is not an item of this profile");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = "{\"title\": \"Caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ProfileFileReader.read("mini.json", new ByteArrayInputStream(latin1)))
                .hasMessage("mini.json: is not UTF-8 text; save the profile file as UTF-8");
    }
}
