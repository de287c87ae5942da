package org.didworkbench.store;

/**
 * Issues of one rule in a workspace.
 *
 * @param rule     the code
 * @param severity "error" or "warning"
 * @param count    issues
 * @param records  records affected
 */
public record RuleTotal(String rule, String severity, long count, long records) {
}
