package org.didworkbench.service;

import java.util.List;

import org.didworkbench.domain.rules.Severity;

/**
 * How often one rule failed.
 *
 * @param code        the rule code
 * @param severity    error or warning
 * @param workbench   true for DQW checks (outliers, plausibility)
 * @param count       issues
 * @param records     records affected
 * @param items       item names the rule reads
 * @param description what the rule checks
 */
public record RuleCount(String code, Severity severity, boolean workbench, long count, long records,
                        List<String> items, String description) {
}
