package org.didworkbench.domain.outliers;

/**
 * The six waiting intervals NHS England derives from the DID v1 dates (did-reference.md §7.1),
 * each a whole-day difference between two of the four dates. Each interval has its own outlier
 * rule code, so the summary counts them apart and a user can switch one off.
 */
public enum Interval {
    REQUEST_TO_RECEIVED("DQW-OUT-REQ-REC", "Request to received", "request-to-received",
            OutlierFields.REQUEST, OutlierFields.RECEIVED),
    REQUEST_TO_TEST("DQW-OUT-REQ-TEST", "Request to test", "request-to-test",
            OutlierFields.REQUEST, OutlierFields.TEST),
    REQUEST_TO_REPORT("DQW-OUT-REQ-REP", "Request to report", "request-to-report",
            OutlierFields.REQUEST, OutlierFields.REPORT),
    RECEIVED_TO_TEST("DQW-OUT-REC-TEST", "Received to test", "received-to-test",
            OutlierFields.RECEIVED, OutlierFields.TEST),
    RECEIVED_TO_REPORT("DQW-OUT-REC-REP", "Received to report", "received-to-report",
            OutlierFields.RECEIVED, OutlierFields.REPORT),
    TEST_TO_REPORT("DQW-OUT-TEST-REP", "Test to report", "test-to-report",
            OutlierFields.TEST, OutlierFields.REPORT);

    private final String code;
    private final String label;
    private final String key;
    private final int from;
    private final int to;

    Interval(String code, String label, String key, int from, int to) {
        this.code = code;
        this.label = label;
        this.key = key;
        this.from = from;
        this.to = to;
    }

    /** The outlier rule code for this interval, e.g. {@code DQW-OUT-REQ-TEST}. */
    public String code() {
        return code;
    }

    /** Sentence-case name for messages, e.g. "Request to test". */
    public String label() {
        return label;
    }

    /** The name used in settings keys, e.g. {@code request-to-test}. */
    public String key() {
        return key;
    }

    /** The date the interval starts from, as an {@link OutlierFields} date slot. */
    int fromSlot() {
        return from;
    }

    /** The date the interval runs to, as an {@link OutlierFields} date slot. */
    int toSlot() {
        return to;
    }
}
