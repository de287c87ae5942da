package org.didworkbench.domain.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.reference.ReferenceKind;

/**
 * Runs a profile's record rules over records, one at a time. Rules whose reference data is not
 * loaded are left out and listed by {@link #notChecked()}. Thread-safe: holds no per-record state.
 */
public final class Validator {
    private final Profile profile;
    private final RuleContext context;
    private final List<RecordRule> active;
    private final List<UniquenessRule> activeUniqueness;
    private final List<String> notChecked;

    public Validator(Profile profile, RuleContext context) {
        this.profile = profile;
        this.context = context;
        List<RecordRule> rules = new ArrayList<>();
        Set<String> skipped = new LinkedHashSet<>();
        for (RecordRule r : profile.recordRules()) {
            if (available(r)) {
                rules.add(r);
            } else {
                skipped.add(r.code());
            }
        }
        List<UniquenessRule> unique = new ArrayList<>();
        for (UniquenessRule r : profile.uniquenessRules()) {
            if (available(r)) {
                unique.add(r);
            } else {
                skipped.add(r.code());
            }
        }
        this.active = List.copyOf(rules);
        this.activeUniqueness = List.copyOf(unique);
        this.notChecked = List.copyOf(skipped);
    }

    private boolean available(Rule r) {
        for (ReferenceKind k : r.references()) {
            if (!context.reference().has(k)) {
                return false;
            }
        }
        return true;
    }

    public Profile profile() {
        return profile;
    }

    public RuleContext context() {
        return context;
    }

    /** Codes of rules not run because their reference data is missing, in catalogue order. */
    public List<String> notChecked() {
        return notChecked;
    }

    /** The file rules that run. */
    public List<UniquenessRule> uniquenessRules() {
        return activeUniqueness;
    }

    /**
     * Checks one record with every active record rule. A record whose syntax is broken or whose
     * field count is not the profile's gets only the structure issue: its fields cannot be trusted
     * to stand under the right items.
     *
     * @param view the record (a fresh view per record)
     * @param out  receives each issue, in catalogue order
     */
    public void validate(RecordView view, Consumer<Issue> out) {
        SubmissionRecord rec = view.record();
        String structure = structureProblem(rec);
        if (structure != null) {
            out.accept(new Issue(rec.number(), rec.line(), profile.structureRule(), Severity.ERROR,
                    List.of("RECORD"), "", structure));
            return;
        }
        for (RecordRule rule : active) {
            Finding f = rule.check(view, context);
            if (f != null) {
                out.accept(new Issue(rec.number(), rec.line(), rule.code(), rule.severity(), rule.fields(),
                        f.value(), f.message()));
            }
        }
    }

    /** Convenience for tests and single-record revalidation: the issues of one record. */
    public List<Issue> validate(SubmissionRecord rec) {
        List<Issue> issues = new ArrayList<>();
        validate(new RecordView(profile, rec), issues::add);
        return issues.isEmpty() ? Collections.emptyList() : issues;
    }

    /** True when the record is well-formed and so takes part in the value rules and file rules. */
    public boolean wellFormed(SubmissionRecord rec) {
        return structureProblem(rec) == null;
    }

    private String structureProblem(SubmissionRecord rec) {
        int expected = profile.itemCount();
        if (rec.defect() != null) {
            return "The record could not be read as CSV: " + rec.defect()
                    + ". Expected " + expected + " comma-separated fields; the record is kept but not checked further.";
        }
        if (rec.fieldCount() != expected) {
            return "The record has " + rec.fieldCount() + " field" + (rec.fieldCount() == 1 ? "" : "s")
                    + " where " + expected + " are expected (the " + profile.title()
                    + " layout); the national service rejects the file. Check for a missing or extra comma.";
        }
        return null;
    }
}
