package org.didworkbench.domain.rules;

/**
 * What a failing rule says about one record: the value it is about (as submitted, trimmed) and a
 * plain-English message naming the item, quoting the value and saying what is expected.
 */
public record Finding(String value, String message) {
}
