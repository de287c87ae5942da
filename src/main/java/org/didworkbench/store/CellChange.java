package org.didworkbench.store;

/**
 * One cell change of an action.
 *
 * @param record   record number
 * @param item     item index
 * @param oldValue the value before
 * @param newValue the value after
 */
public record CellChange(long record, int item, String oldValue, String newValue) {

    /** Says nothing of the values: they may be patient data. */
    @Override
    public String toString() {
        return "CellChange[record=" + record + ", item=" + item + "]";
    }
}
