package org.didworkbench.domain.rules.did;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RecordRule;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.Validator;

/**
 * Test records built from the clean example row of did-reference.md §2.2, changed item by item.
 * Overrides are written {@code ITEM=value}; a null or missing value means blank.
 */
final class DidRecords {
    static final LocalDate SUBMISSION = LocalDate.of(2026, 10, 15);
    static final Profile PROFILE = DidV1Profile.create();

    /** §2.2 example row: clean against the record rules with submission date 2026-10-15. */
    static final String CLEAN_ROW = "9434765919,01,1950-03-14,A,2,LS1 4HR,B82005,04,G1234567,B82005,"
            + "2026-09-01,2026-09-02,2026-09-20,XCHES,,2026-09-21,RR801,ACC0001";

    private DidRecords() {
    }

    static String[] clean() {
        return CLEAN_ROW.split(",", -1);
    }

    /** The clean row with some items replaced, each given as {@code ITEM=value}. */
    static String[] with(String... overrides) {
        String[] values = clean();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            values[PROFILE.indexOf(o.substring(0, eq))] = o.substring(eq + 1);
        }
        return values;
    }

    /** The clean row with one item replaced; null means blank. */
    static String[] withItem(String item, String value) {
        String[] values = clean();
        values[PROFILE.indexOf(item)] = value == null ? "" : value;
        return values;
    }

    static List<Issue> validate(String[] values) {
        return validate(values, SUBMISSION);
    }

    static List<Issue> validate(String[] values, LocalDate submission) {
        Validator v = new Validator(PROFILE, new RuleContext(submission, ReferenceData.none()));
        return v.validate(new SubmissionRecord(1, 1, values));
    }

    static List<String> codes(List<Issue> issues) {
        List<String> codes = new ArrayList<>();
        for (Issue i : issues) {
            codes.add(i.rule());
        }
        return codes;
    }

    /** The codes raised for a record, in catalogue order. */
    static List<String> codesFor(String[] values) {
        return codes(validate(values));
    }

    /** Expected codes written {@code A|B}; null or blank means none. */
    static List<String> expected(String codes) {
        return codes == null || codes.isBlank() ? List.of() : List.of(codes.split("\\|"));
    }

    static RecordRule rule(String code) {
        return PROFILE.recordRules().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no record rule " + code));
    }

    /** One rule's finding on a record, null when it passes. */
    static Finding check(String code, String[] values, LocalDate submission) {
        RecordView view = new RecordView(PROFILE, new SubmissionRecord(1, 1, values));
        return rule(code).check(view, new RuleContext(submission, ReferenceData.none()));
    }

    static Finding check(String code, String[] values) {
        return check(code, values, SUBMISSION);
    }
}
