package org.didworkbench.service;

/**
 * Figures for the status bar and verdict banner.
 *
 * @param records        records in the workspace
 * @param errors         error issues
 * @param warnings       warning issues from national rules
 * @param outliers       workbench (DQW) findings, counted apart; they never change the verdict
 * @param errorRecords   records with at least one error
 * @param edits          cells currently differing from the file
 * @param rejected       true when the national service would reject the file
 * @param verdict        the verdict sentence, e.g. "Would be rejected: 37 errors in 21 records"
 */
public record Counts(long records, long errors, long warnings, long outliers, long errorRecords, long edits,
                     boolean rejected, String verdict) {
}
