package org.didworkbench.ui.records;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javafx.collections.ObservableListBase;

import org.didworkbench.service.RecordRow;

/**
 * The records table's items: a list as long as the current view whose elements are fetched a page
 * at a time, on demand, and forgotten again (least recently used first). Memory stays the same
 * whatever the size of the file: at most {@link #MAX_PAGES} pages of {@link #PAGE} rows are held.
 *
 * <p>{@link #get} never blocks: it returns a {@link RowSlot} at once and asks the {@link PageSource}
 * for the page, which later calls {@link #fill}. Threading: UI thread only, except
 * {@link #wanted(long, int)}, which the page source may call from its worker thread.
 */
public final class PagedRows extends ObservableListBase<RowSlot> {
    /** Rows per page. */
    public static final int PAGE = 200;
    /** Pages held at most. */
    public static final int MAX_PAGES = 16;

    /** Fetches a page and hands it to {@link #fill} (or {@link #skipped}) later. */
    @FunctionalInterface
    public interface PageSource {
        void request(long generation, int page, int from, int count);
    }

    private static final class Page {
        final RowSlot[] slots;
        boolean requested;

        Page(long generation, int index, int count) {
            slots = new RowSlot[count];
            for (int i = 0; i < count; i++) {
                slots[i] = new RowSlot(generation, index * PAGE + i);
            }
        }
    }

    private final Map<Integer, Page> pages = new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Page> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final PageSource source;
    private int size;
    private volatile long generation;
    private volatile int touchedPage;

    public PagedRows(PageSource source) {
        this.source = Objects.requireNonNull(source);
    }

    @Override
    public RowSlot get(int index) {
        Objects.checkIndex(index, size);
        int p = index / PAGE;
        touchedPage = p;
        Page page = pages.get(p);
        if (page == null) {
            page = new Page(generation, p, Math.min(PAGE, size - p * PAGE));
            pages.put(p, page);
        }
        if (!page.requested) {
            page.requested = true;
            source.request(generation, p, p * PAGE, page.slots.length);
        }
        return page.slots[index % PAGE];
    }

    @Override
    public int size() {
        return size;
    }

    /** The generation of the view now shown; a page for another generation is stale. */
    public long generation() {
        return generation;
    }

    // A slot knows its position, so finding one never scans the list (the table's selection and
    // focus models call indexOf when the items change; a scan would fetch every page).
    @Override
    public int indexOf(Object o) {
        return o instanceof RowSlot s && s.generation() == generation && s.position() < size ? s.position() : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** Replaces the whole view: a new query was applied and now matches {@code newSize} records. */
    public void reset(long newGeneration, long newSize) {
        int old = size;
        pages.clear();
        generation = newGeneration;
        size = (int) Math.min(Integer.MAX_VALUE - 1, newSize);
        beginChange();
        if (old > 0) {
            nextRemove(0, new Placeholders(old));
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    /**
     * True while a page is still worth fetching: the table looked near it recently. Safe to call from
     * any thread; lets a fast scroll skip the pages it flew past.
     */
    public boolean wanted(long gen, int page) {
        return gen == generation && Math.abs(page - touchedPage) <= 2;
    }

    /** A fetched page arrives; ignored when the view has changed since it was asked for. */
    public void fill(long gen, int page, List<RecordRow> rows) {
        if (gen != generation) {
            return;
        }
        Page p = pages.get(page);
        if (p == null) {
            return;
        }
        for (int i = 0; i < p.slots.length && i < rows.size(); i++) {
            p.slots[i].set(rows.get(i));
        }
    }

    /** The source skipped a page nobody was looking at any more; the next {@link #get} asks again. */
    public void skipped(long gen, int page) {
        Page p = gen == generation ? pages.get(page) : null;
        if (p != null) {
            p.requested = false;
        }
    }

    /** The slot at a position if its page is held, without fetching anything. */
    public Optional<RowSlot> cached(int position) {
        if (position < 0 || position >= size) {
            return Optional.empty();
        }
        Page p = pages.get(position / PAGE);
        return p == null ? Optional.empty() : Optional.of(p.slots[position % PAGE]);
    }

    /** Record numbers of every held row that has been fetched. */
    public List<Long> heldRecords() {
        List<Long> out = new ArrayList<>();
        for (Page p : pages.values()) {
            for (RowSlot s : p.slots) {
                if (s.row() != null) {
                    out.add(s.row().record());
                }
            }
        }
        return out;
    }

    /** Puts fresh copies of records (after an edit) into every held slot showing them. */
    public void replaceRecords(Map<Long, RecordRow> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        for (Page p : pages.values()) {
            for (RowSlot s : p.slots) {
                RecordRow r = s.row();
                if (r != null && fresh.containsKey(r.record())) {
                    s.set(fresh.get(r.record()));
                }
            }
        }
    }

    /** Stands for the rows a reset removed, without holding them. */
    private static final class Placeholders extends AbstractList<RowSlot> {
        private static final RowSlot GONE = new RowSlot(-1, 0);
        private final int size;

        Placeholders(int size) {
            this.size = size;
        }

        @Override
        public RowSlot get(int index) {
            return GONE;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
