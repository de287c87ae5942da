package org.didworkbench.domain.outliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the outlier analysis keeps the few numbers it notes per record: pages of bytes, each written
 * once, in order, then read back as often as needed. In memory by default; a store outside the
 * domain can keep them in a file, so that the analysis of a year's file needs no more memory than
 * that of a month's.
 */
public interface NumberPages extends AutoCloseable {

    /**
     * Stores page {@code index}. Pages are written once each, in the order 0, 1, 2, …; every page but
     * the last is full.
     *
     * @param page   the bytes; only the first {@code length} are stored, and the array may be reused
     *               by the caller as soon as this returns
     */
    void write(int index, byte[] page, int length);

    /**
     * Reads page {@code index} into the start of {@code into}. Safe to call from several threads at
     * once.
     */
    void read(int index, byte[] into);

    /** Releases the pages (a file store deletes its file). */
    @Override
    void close();

    /**
     * Keeps nothing: for an analyser asked only for its bands and waiting-time figures
     * ({@link OutlierAnalyser#waitingTimeStats()}), which come from counts. Asking it for findings fails.
     */
    static NumberPages none() {
        return new NumberPages() {
            @Override
            public void write(int index, byte[] page, int length) {
                // nothing kept
            }

            @Override
            public void read(int index, byte[] into) {
                throw new IllegalStateException("this analyser keeps no per-record numbers: it gives figures only");
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }

    /** Pages kept on the heap. */
    static NumberPages inMemory() {
        return new NumberPages() {
            private final List<byte[]> pages = new ArrayList<>();

            @Override
            public synchronized void write(int index, byte[] page, int length) {
                if (index != pages.size()) {
                    throw new IllegalStateException("pages must be written in order");
                }
                pages.add(Arrays.copyOf(page, length));
            }

            @Override
            public synchronized void read(int index, byte[] into) {
                byte[] p = pages.get(index);
                System.arraycopy(p, 0, into, 0, p.length);
            }

            @Override
            public synchronized void close() {
                pages.clear();
            }
        };
    }
}
