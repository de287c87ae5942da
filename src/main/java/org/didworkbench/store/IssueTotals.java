package org.didworkbench.store;

/**
 * Issue counts read from a workspace.
 *
 * @param records        records
 * @param errors         error issues
 * @param warnings       warning issues from national rules
 * @param workbench      findings of workbench checks (codes starting {@code DQW-})
 * @param errorRecords   records with at least one error
 * @param editedRecords  records with at least one edited cell
 */
public record IssueTotals(long records, long errors, long warnings, long workbench, long errorRecords,
                          long editedRecords) {
}
