package org.didworkbench.domain.history;

import java.util.Objects;

/**
 * One big change between a submission and the earlier month it is compared with.
 *
 * @param dimension what changed
 * @param subject   which group or item, e.g. "MRI", "RZZ02", "ETHNIC_CATEGORY"
 * @param before    the earlier month's figure (records, completeness 0..1, or days)
 * @param now       this submission's figure
 * @param sentence  the change in plain words, e.g. "MRI volume fell 42% (1,210 -> 702) compared with August 2026"
 */
public record Shift(Dimension dimension, String subject, double before, double now, String sentence) {

    /** The figures compared. */
    public enum Dimension {
        RECORDS, MODALITY, SITE, SOURCE, COMPLETENESS, REQUEST_TO_TEST, TEST_TO_REPORT
    }

    public Shift {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sentence, "sentence");
    }

    /** True when the figure went up. */
    public boolean rose() {
        return now > before;
    }
}
