package org.didworkbench.domain.rules;

/** What the national service does with a record that fails a rule. */
public enum Severity {
    /** The national service would reject the whole file. */
    ERROR("error"),
    /** The file is accepted with a warning. */
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word used in the issues CSV and the summary JSON. */
    public String label() {
        return label;
    }

    public static Severity fromLabel(String label) {
        for (Severity s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown severity: " + label);
    }
}
