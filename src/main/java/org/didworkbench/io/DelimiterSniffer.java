package org.didworkbench.io;

/**
 * Picks the field delimiter from the first rows of a file. The DID format is comma-separated, so the comma wins
 * whenever it occurs at all; another delimiter is taken only when the sample has no comma outside quotes and at
 * least half of its rows split into exactly the profile's number of fields with it.
 */
final class DelimiterSniffer {
    private static final char[] OTHERS = {';', '\t', '|'};
    private static final int TAB = 1;
    private static final int MAX_ROWS = 50;

    private DelimiterSniffer() {
    }

    /**
     * @param head      the start of the decoded text
     * @param complete  true when {@code head} is the whole text (its last row is then complete)
     * @param itemCount fields per record in the profile
     */
    static char sniff(String head, boolean complete, int itemCount) {
        int rows = 0;
        int[] current = new int[OTHERS.length];
        int[][] perRow = new int[OTHERS.length][MAX_ROWS];
        long commas = 0;
        boolean inQuotes = false;
        boolean rowHasText = false;
        int n = head.length();
        for (int i = 0; i < n && rows < MAX_ROWS; i++) {
            char c = head.charAt(i);
            if (c == CsvScanner.QUOTE) {
                inQuotes = !inQuotes;
                rowHasText = true;
            } else if (inQuotes) {
                continue;
            } else if (c == '\n' || c == '\r') {
                if (rowHasText || current[TAB] == itemCount - 1) {
                    for (int k = 0; k < OTHERS.length; k++) {
                        perRow[k][rows] = current[k];
                    }
                    rows++;
                }
                java.util.Arrays.fill(current, 0);
                rowHasText = false;
            } else if (c == ',') {
                commas++;
                rowHasText = true;
            } else {
                for (int k = 0; k < OTHERS.length; k++) {
                    if (c == OTHERS[k]) {
                        current[k]++;
                    }
                }
                if (c != ' ' && c != '\t' && c != '\f' && c != '\u000B') {
                    // Rows of only white space are blank lines, not evidence, unless they are a tab-separated
                    // record of empty fields.
                    rowHasText = true;
                }
            }
        }
        if (complete && (rowHasText || current[TAB] == itemCount - 1) && rows < MAX_ROWS) {
            for (int k = 0; k < OTHERS.length; k++) {
                perRow[k][rows] = current[k];
            }
            rows++;
        }
        if (commas > 0 || rows == 0) {
            return ',';
        }
        char best = ',';
        int bestRows = 0;
        for (int k = 0; k < OTHERS.length; k++) {
            int fitting = 0;
            for (int r = 0; r < rows; r++) {
                if (perRow[k][r] == itemCount - 1) {
                    fitting++;
                }
            }
            if (fitting * 2 >= rows && fitting > bestRows) {
                best = OTHERS[k];
                bestRows = fitting;
            }
        }
        return best;
    }
}
