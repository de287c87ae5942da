package org.didworkbench.domain.rules;

import java.util.List;
import java.util.Set;

import org.didworkbench.domain.reference.ReferenceKind;

/** A validation rule: immutable, with its official code, severity and the items it reads. */
public interface Rule {

    /** The official code (e.g. {@code DIDS001}) or a workbench code ({@code DQW-…}). */
    String code();

    Severity severity();

    /** Item names the rule reads, the item its message is about first. */
    List<String> fields();

    /** One sentence saying what the rule checks, in plain English. */
    String description();

    RuleKind kind();

    /** Reference data the rule needs; when any is missing the rule is reported as not checked. */
    default Set<ReferenceKind> references() {
        return Set.of();
    }
}
