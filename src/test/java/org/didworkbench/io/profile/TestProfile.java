package org.didworkbench.io.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.profile.ProfileBinder;
import org.didworkbench.domain.profile.ProfileDefinitionException;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.domain.rules.did.DidRuleKinds;

/**
 * A small v2-like profile for the rule-kind tests: twelve items of every type, and whatever rules a
 * test gives. Records are written {@code ITEM=value} over a clean record.
 */
final class TestProfile {
    static final LocalDate SUBMITTED = LocalDate.of(2026, 11, 16);

    static final String ITEMS = """
              "items": [
                {"name": "NHS_NUMBER", "ddName": "NHS NUMBER", "format": "n10", "mandation": "M",
                 "normalisation": "stripSpacesAndHyphens"},
                {"name": "BIRTH", "ddName": "PERSON BIRTH DATE", "format": "an10 CCYY-MM-DD", "mandation": "R"},
                {"name": "CATEGORY", "ddName": "DIAGNOSTIC IMAGING ACTIVITY CATEGORY", "format": "an2", "mandation": "R",
                 "codes": {"01": "Diagnostic Waiting List", "02": "Planned", "03": "Unscheduled"}},
                {"name": "CLOCK_START", "ddName": "DIAGNOSTIC IMAGING WAITING LIST CLOCK START DATE",
                 "format": "an10 CCYY-MM-DD", "mandation": "C", "condition": "when CATEGORY is 01"},
                {"name": "START", "ddName": "CODED PROCEDURE START TIMESTAMP", "format": "max an25 timestamp",
                 "mandation": "M"},
                {"name": "END", "ddName": "CODED PROCEDURE END TIMESTAMP", "format": "max an25 timestamp",
                 "mandation": "M"},
                {"name": "NICIP", "ddName": "CODED PROCEDURE (NICIP)", "format": "max an6", "mandation": "R"},
                {"name": "SNOMED", "ddName": "CODED PROCEDURE (SNOMED CT)", "format": "min n6 max n18",
                 "mandation": "R"},
                {"name": "SITE", "ddName": "ORGANISATION SITE IDENTIFIER (OF IMAGING)", "format": "min an5 max an9",
                 "mandation": "M", "defaults": ["89999", "89997"]},
                {"name": "ACCESSION", "ddName": "RADIOLOGICAL ACCESSION NUMBER", "format": "max an20",
                 "mandation": "M"},
                {"name": "POSTCODE", "ddName": "POSTCODE OF USUAL ADDRESS", "format": "max an8", "mandation": "R",
                 "defaultPrefixes": ["ZZ99"]},
                {"name": "PRIORITY", "ddName": "SERVICE REQUEST PRIORITY TYPE", "format": "an1", "mandation": "R",
                 "codes": {"1": "Routine", "2": "Urgent", "3": "Urgent Suspected Cancer or Breast Symptomatic"}}
              ]""";

    /** A record every rule below passes. */
    static final String[] CLEAN = {"9434765919", "1950-03-14", "01", "2026-09-01", "2026-10-02T10:15:00+01:00",
        "2026-10-02T10:40:00+01:00", "XCHES", "", "RZZ01", "ACC0001", "LS1 4HR", "1"};

    private TestProfile() {
    }

    /** The profile file text with these rules (JSON objects, comma-separated). */
    static String json(String rules) {
        return "{\n  \"formatVersion\": 1, \"id\": \"test\", \"title\": \"Test profile\", \"structureRule\": \"SHAPE\",\n"
                + ITEMS + ",\n  \"rules\": [\n" + rules + "\n  ]\n}\n";
    }

    static Profile bind(String rules) throws ProfileDefinitionException {
        return ProfileFiles.bind("test.json", json(rules), new ProfileBinder(DidRuleKinds.registry()));
    }

    /** The clean record with some items replaced, each {@code ITEM=value}. */
    static String[] record(Profile p, String... overrides) {
        String[] v = CLEAN.clone();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            v[p.indexOf(o.substring(0, eq))] = o.substring(eq + 1);
        }
        return v;
    }

    static List<Issue> validate(Profile p, ReferenceData refs, String... overrides) {
        Validator v = new Validator(p, new RuleContext(SUBMITTED, refs));
        return v.validate(new SubmissionRecord(1, 1, record(p, overrides)));
    }

    static List<Issue> validate(Profile p, String... overrides) {
        return validate(p, ReferenceData.none(), overrides);
    }

    static List<String> messages(List<Issue> issues) {
        List<String> out = new ArrayList<>();
        for (Issue i : issues) {
            out.add(i.rule() + ": " + i.message());
        }
        return out;
    }
}
