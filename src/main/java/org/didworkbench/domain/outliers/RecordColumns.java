package org.didworkbench.domain.outliers;

import java.nio.ByteBuffer;

/**
 * The observed records' numbers, 50 bytes a record, in pages of {@link #PAGE} records kept by a
 * {@link NumberPages} store (in memory, or in a file for big files). Indexes are in observation
 * order, which is file order.
 *
 * <p>Records are added during the pass; {@link #seal} ends it. Afterwards a {@link Cursor} reads
 * them, one page at a time: a scan from start to end reads each page once. Each thread that reads
 * takes its own cursor; the reading methods of this class itself share one and are synchronized,
 * for the few records read out of order.
 */
final class RecordColumns {
    /** Records a page: small enough that reading one record out of order (an edit's duplicate check) costs little. */
    static final int PAGE = 512;
    private static final int RECORD = 0;
    private static final int LINE = 4;
    private static final int DATES = 8;
    private static final int CODE = DATES + 4 * OutlierFields.DATE_SLOTS;
    private static final int SITE = CODE + 4;
    private static final int BIRTH = SITE + 4;
    private static final int GENDER = BIRTH + 4;
    private static final int SETTING = GENDER + 1;
    private static final int PATIENT = SETTING + 1;
    private static final int ACCESSION = PATIENT + 8;
    static final int BYTES = ACCESSION + 4;

    private final NumberPages pages;
    private final ByteBuffer open = ByteBuffer.allocate(PAGE * BYTES);
    private final Cursor shared = new Cursor();
    private int size;
    private boolean sealed;

    RecordColumns(NumberPages pages) {
        this.pages = pages;
    }

    int size() {
        return size;
    }

    void add(RecordNumbers r) {
        if (sealed) {
            throw new IllegalStateException("add() after seal()");
        }
        int at = (size % PAGE) * BYTES;
        ByteBuffer b = open;
        b.putInt(at + RECORD, r.record);
        b.putInt(at + LINE, r.line);
        for (int s = 0; s < OutlierFields.DATE_SLOTS; s++) {
            b.putInt(at + DATES + 4 * s, r.dates[s]);
        }
        b.putInt(at + CODE, r.code);
        b.putInt(at + SITE, r.site);
        b.putInt(at + BIRTH, r.birth);
        b.put(at + GENDER, r.gender);
        b.put(at + SETTING, r.setting);
        b.putLong(at + PATIENT, r.patient);
        b.putInt(at + ACCESSION, r.accession);
        size++;
        if (size % PAGE == 0) {
            pages.write(size / PAGE - 1, open.array(), PAGE * BYTES);
        }
    }

    /** Ends the observation: stores the last, partly filled page. Later calls do nothing. */
    void seal() {
        if (!sealed) {
            sealed = true;
            if (size % PAGE != 0) {
                pages.write(size / PAGE, open.array(), (size % PAGE) * BYTES);
            }
        }
    }

    /** A reader of its own, for one thread. */
    Cursor cursor() {
        return new Cursor();
    }

    /** Releases the pages. */
    void close() {
        pages.close();
    }

    /** Copies record {@code i}'s numbers into a holder. */
    synchronized void load(int i, RecordNumbers into) {
        shared.load(i, into);
    }

    synchronized int record(int i) {
        return shared.record(i);
    }

    synchronized int line(int i) {
        return shared.line(i);
    }

    synchronized int date(int slot, int i) {
        return shared.date(slot, i);
    }

    synchronized int code(int i) {
        return shared.code(i);
    }

    synchronized int site(int i) {
        return shared.site(i);
    }

    synchronized long patient(int i) {
        return shared.patient(i);
    }

    synchronized int accession(int i) {
        return shared.accession(i);
    }

    /** Reads records through a page buffer of its own. Not thread-safe. */
    final class Cursor {
        private final byte[] buffer = new byte[PAGE * BYTES];
        private final ByteBuffer page = ByteBuffer.wrap(buffer);
        private int loaded = -1;

        /** The offset of record {@code i} in the page buffer, after reading its page when needed. */
        private int at(int i) {
            if (!sealed) {
                throw new IllegalStateException("records read before seal()");
            }
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            int p = i / PAGE;
            if (p != loaded) {
                pages.read(p, buffer);
                loaded = p;
            }
            return (i % PAGE) * BYTES;
        }

        void load(int i, RecordNumbers into) {
            int at = at(i);
            into.record = page.getInt(at + RECORD);
            into.line = page.getInt(at + LINE);
            for (int s = 0; s < OutlierFields.DATE_SLOTS; s++) {
                into.dates[s] = page.getInt(at + DATES + 4 * s);
            }
            into.code = page.getInt(at + CODE);
            into.site = page.getInt(at + SITE);
            into.birth = page.getInt(at + BIRTH);
            into.gender = page.get(at + GENDER);
            into.setting = page.get(at + SETTING);
            into.patient = page.getLong(at + PATIENT);
            into.accession = page.getInt(at + ACCESSION);
        }

        int record(int i) {
            return page.getInt(at(i) + RECORD);
        }

        int line(int i) {
            return page.getInt(at(i) + LINE);
        }

        int date(int slot, int i) {
            return page.getInt(at(i) + DATES + 4 * slot);
        }

        int code(int i) {
            return page.getInt(at(i) + CODE);
        }

        int site(int i) {
            return page.getInt(at(i) + SITE);
        }

        long patient(int i) {
            return page.getLong(at(i) + PATIENT);
        }

        int accession(int i) {
            return page.getInt(at(i) + ACCESSION);
        }
    }
}
