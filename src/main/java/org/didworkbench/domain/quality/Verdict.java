package org.didworkbench.domain.quality;

/** The national verdict on a file. */
public enum Verdict {
    ACCEPTED("accepted"),
    REJECTED("rejected");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
