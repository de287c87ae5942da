package org.didworkbench.sample;

/**
 * The imaging modalities the synthetic NICIP table uses, with the NICIP first letter and the name
 * written to the table's MODALITY column.
 */
enum Modality {
    PLAIN_RADIOGRAPHY('X', "Plain radiography"),
    CT('C', "CT"),
    MRI('M', "MRI"),
    ULTRASOUND('U', "Ultrasound"),
    FLUOROSCOPY('F', "Fluoroscopy"),
    NUCLEAR_MEDICINE('N', "Nuclear medicine");

    private final char letter;
    private final String label;

    Modality(char letter, String label) {
        this.letter = letter;
        this.label = label;
    }

    char letter() {
        return letter;
    }

    /** The value of the NICIP table's MODALITY column. */
    String label() {
        return label;
    }
}
