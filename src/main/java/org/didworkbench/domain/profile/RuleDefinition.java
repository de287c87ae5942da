package org.didworkbench.domain.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.didworkbench.domain.dataset.Provenance;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * One rule of a profile file, read: the fields every rule has, and the kind's own parameters.
 *
 * @param path        where in the file, e.g. {@code rules[3]}
 * @param location    the line it starts on
 * @param kind        the rule kind (e.g. {@code required}, {@code builtin}); checked by the binder
 * @param code        the rule code reported with each issue, e.g. {@code DIDS00300302}
 * @param severity    error (the file would be rejected) or warning
 * @param category    how failures count in the quality measures; null for the kind's own
 * @param description one sentence saying what the rule checks; null for the kind's own
 * @param message     a message template replacing the kind's message, or null (see {@link MessageTemplate})
 * @param provenance  confirmed or provisional, and why
 * @param params      the kind's parameters by name, in file order
 */
public record RuleDefinition(String path, Location location, String kind, String code, Severity severity,
                             RuleKind category, String description, String message, Provenance provenance,
                             Map<String, ParamValue> params) {
    public RuleDefinition {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(provenance, "provenance");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
