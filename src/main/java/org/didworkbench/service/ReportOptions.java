package org.didworkbench.service;

/**
 * What the quality summary report includes.
 *
 * @param appendix      true to add an appendix listing every issue (identifiers masked)
 * @param appendixLimit at most this many issues in the appendix (a PDF of hundreds of thousands of rows
 *                      helps no one; the issues CSV has them all)
 */
public record ReportOptions(boolean appendix, int appendixLimit) {
    /** The appendix limit unless a caller asks otherwise. */
    public static final int DEFAULT_APPENDIX_LIMIT = 5_000;

    public ReportOptions {
        if (appendixLimit < 0) {
            throw new IllegalArgumentException("appendixLimit must not be negative");
        }
    }

    /** The report without the appendix. */
    public static ReportOptions summaryOnly() {
        return new ReportOptions(false, DEFAULT_APPENDIX_LIMIT);
    }

    /** The report with every issue listed (up to the default limit). */
    public static ReportOptions withAppendix() {
        return new ReportOptions(true, DEFAULT_APPENDIX_LIMIT);
    }
}
