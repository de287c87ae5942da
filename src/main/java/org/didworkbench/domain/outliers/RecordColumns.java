package org.didworkbench.domain.outliers;

import java.util.Arrays;

/**
 * The observed records' numbers, one primitive array per number (about 50 bytes a record), grown
 * by half as records arrive. Indexes are in observation order, which is file order.
 */
final class RecordColumns {
    private int size;
    private int[] record = new int[1024];
    private int[] line = new int[1024];
    private final int[][] dates = new int[OutlierFields.DATE_SLOTS][1024];
    private int[] code = new int[1024];
    private int[] site = new int[1024];
    private int[] birth = new int[1024];
    private byte[] gender = new byte[1024];
    private byte[] setting = new byte[1024];
    private long[] patient = new long[1024];
    private int[] accession = new int[1024];

    int size() {
        return size;
    }

    void add(RecordNumbers r) {
        if (size == record.length) {
            grow();
        }
        int i = size++;
        record[i] = r.record;
        line[i] = r.line;
        for (int s = 0; s < OutlierFields.DATE_SLOTS; s++) {
            dates[s][i] = r.dates[s];
        }
        code[i] = r.code;
        site[i] = r.site;
        birth[i] = r.birth;
        gender[i] = r.gender;
        setting[i] = r.setting;
        patient[i] = r.patient;
        accession[i] = r.accession;
    }

    /** Copies record {@code i}'s numbers into a holder. */
    void load(int i, RecordNumbers into) {
        into.record = record[i];
        into.line = line[i];
        for (int s = 0; s < OutlierFields.DATE_SLOTS; s++) {
            into.dates[s] = dates[s][i];
        }
        into.code = code[i];
        into.site = site[i];
        into.birth = birth[i];
        into.gender = gender[i];
        into.setting = setting[i];
        into.patient = patient[i];
        into.accession = accession[i];
    }

    int record(int i) {
        return record[i];
    }

    int line(int i) {
        return line[i];
    }

    int date(int slot, int i) {
        return dates[slot][i];
    }

    int code(int i) {
        return code[i];
    }

    byte setting(int i) {
        return setting[i];
    }

    int site(int i) {
        return site[i];
    }

    long patient(int i) {
        return patient[i];
    }

    int accession(int i) {
        return accession[i];
    }

    /** The whole-day interval of record {@code i}, or -1 when a date is missing or out of order. */
    int days(Interval interval, int i) {
        int from = dates[interval.fromSlot()][i];
        int to = dates[interval.toSlot()][i];
        if (from == RecordNumbers.NO_DATE || to == RecordNumbers.NO_DATE || to < from) {
            return -1;
        }
        return to - from;
    }

    private void grow() {
        int n = record.length + (record.length >> 1);
        record = Arrays.copyOf(record, n);
        line = Arrays.copyOf(line, n);
        for (int s = 0; s < OutlierFields.DATE_SLOTS; s++) {
            dates[s] = Arrays.copyOf(dates[s], n);
        }
        code = Arrays.copyOf(code, n);
        site = Arrays.copyOf(site, n);
        birth = Arrays.copyOf(birth, n);
        gender = Arrays.copyOf(gender, n);
        setting = Arrays.copyOf(setting, n);
        patient = Arrays.copyOf(patient, n);
        accession = Arrays.copyOf(accession, n);
    }
}
