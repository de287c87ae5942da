package org.didworkbench.service;

/**
 * One cell a bulk fix would change.
 *
 * @param record    record number
 * @param line      physical line where the record starts
 * @param itemIndex the item's position in the profile
 * @param item      the item's data dictionary name, e.g. POSTCODE OF USUAL ADDRESS
 * @param before    the value as it stands
 * @param after     the value the fix would write
 * @param fix       the description of the fix that proposed it, e.g. "postcode spacing and case"
 * @param accession the record's accession number (how a department finds the examination), "" when none
 */
public record ProposedFix(long record, long line, int itemIndex, String item, String before, String after,
                          String fix, String accession) {

    /** A change with no accession number given. */
    public ProposedFix(long record, long line, int itemIndex, String item, String before, String after, String fix) {
        this(record, line, itemIndex, item, before, after, fix, "");
    }

    /** Says nothing of the values: they may be patient data. */
    @Override
    public String toString() {
        return "ProposedFix[record=" + record + ", item=" + item + "]";
    }
}
