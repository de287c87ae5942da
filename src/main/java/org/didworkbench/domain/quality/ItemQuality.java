package org.didworkbench.domain.quality;

/**
 * Quality of one data item over a file.
 *
 * @param item         item name
 * @param records      records counted (well-formed records)
 * @param present      records where the item has a value
 * @param valid        present values that fail no validity rule about the item
 * @param defaults     present values that are a default ("not known") code
 */
public record ItemQuality(String item, long records, long present, long valid, long defaults) {

    /** Share of records with a value (0 when there are no records). */
    public double completeness() {
        return records == 0 ? 0 : (double) present / records;
    }

    /** Share of present values that are valid (1 when nothing is present: nothing is invalid). */
    public double validity() {
        return present == 0 ? 1 : (double) valid / present;
    }

    /** Share of records holding a default code. */
    public double defaultRate() {
        return records == 0 ? 0 : (double) defaults / records;
    }
}
