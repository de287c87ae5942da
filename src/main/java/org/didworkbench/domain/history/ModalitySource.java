package org.didworkbench.domain.history;

/** Where a submission's modality groups came from, so two months grouped differently can be told apart. */
public enum ModalitySource {
    /** The NICIP/SNOMED CT table of the reference data (as NHS England derives modality). */
    TABLE("the NICIP and SNOMED CT table"),
    /** The NICIP code's first letter: no table was loaded (a fallback; SNOMED-only records are unknown). */
    NICIP_LETTER("the NICIP code's first letter"),
    /** No modality figures: the profile has no waiting-time analysis. */
    NONE("nothing (no waiting-time analysis for this layout)");

    private final String words;

    ModalitySource(String words) {
        this.words = words;
    }

    /** In words, e.g. "the NICIP code's first letter". */
    public String words() {
        return words;
    }
}
