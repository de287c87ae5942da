package org.didworkbench.ui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.didworkbench.service.RecordRow;
import org.junit.jupiter.api.Test;

class PagedRowsTest {
    private final List<int[]> requests = new ArrayList<>();
    private PagedRows rows;

    /** A source that answers at once with synthetic rows: record = position + 1. */
    private PagedRows syncRows() {
        PagedRows[] holder = new PagedRows[1];
        holder[0] = new PagedRows((gen, page, from, count) -> {
            requests.add(new int[] {page, from, count});
            List<RecordRow> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                out.add(new RecordRow(from + i + 1, from + i + 1, List.of("v" + (from + i)), List.of(), Set.of(),
                        null));
            }
            holder[0].fill(gen, page, out);
        });
        return holder[0];
    }

    @Test
    void aPageIsFetchedOnceWhenFirstLookedAt() {
        rows = syncRows();
        rows.reset(1, 1_000);

        assertThat(rows.get(5).row().record()).isEqualTo(6);
        assertThat(rows.get(150).row().value(0)).isEqualTo("v150");
        assertThat(rows.get(999).row().record()).isEqualTo(1000);
        assertThat(requests).extracting(r -> r[0]).containsExactly(0, 4);
        assertThat(requests.get(1)).containsExactly(4, 800, 200);
    }

    @Test
    void memoryStaysBoundedWhateverTheSizeOfTheView() {
        rows = syncRows();
        rows.reset(1, 1_000_000);

        for (int i = 0; i < 1_000_000; i += PagedRows.PAGE) {
            assertThat(rows.get(i).row()).isNotNull();
        }

        assertThat(rows.heldRecords()).hasSize(PagedRows.MAX_PAGES * PagedRows.PAGE);
        assertThat(rows.size()).isEqualTo(1_000_000);
    }

    @Test
    void findingARowNeverFetchesAnything() {
        rows = syncRows();
        rows.reset(1, 1_000_000);
        RowSlot slot = rows.get(500_000);
        requests.clear();

        assertThat(rows.indexOf(slot)).isEqualTo(500_000);
        assertThat(rows.indexOf("something else")).isEqualTo(-1);
        assertThat(requests).isEmpty();
        rows.reset(2, 1_000_000);
        assertThat(rows.indexOf(slot)).as("a slot of a replaced view").isEqualTo(-1);
    }

    @Test
    void aPageForAReplacedViewIsIgnored() {
        List<Object[]> pending = new ArrayList<>();
        rows = new PagedRows((gen, page, from, count) -> pending.add(new Object[] {gen, page}));
        rows.reset(1, 500);
        RowSlot slot = rows.get(0);
        rows.reset(2, 500);

        rows.fill(1, 0, List.of(new RecordRow(1, 1, List.of("old"), List.of(), Set.of(), null)));

        assertThat(slot.row()).isNull();
        assertThat(rows.get(0).row()).isNull();
        assertThat(pending).hasSize(2);
    }

    @Test
    void aSkippedPageIsAskedForAgainWhenLookedAt() {
        List<Integer> asked = new ArrayList<>();
        rows = new PagedRows((gen, page, from, count) -> asked.add(page));
        rows.reset(1, 5_000);
        rows.get(0);
        rows.get(4_000);
        assertThat(rows.wanted(1, 0)).as("scrolled far past page 0").isFalse();
        assertThat(rows.wanted(1, 20)).isTrue();

        rows.skipped(1, 0);
        rows.get(1);

        assertThat(asked).containsExactly(0, 20, 0);
    }

    @Test
    void anEditedRecordIsReplacedWhereverItIsHeld() {
        rows = syncRows();
        rows.reset(1, 1_000);
        RowSlot slot = rows.get(41);

        rows.replaceRecords(java.util.Map.of(42L, new RecordRow(42, 42, List.of("new"), List.of(), Set.of(0), null)));

        assertThat(slot.row().value(0)).isEqualTo("new");
        assertThat(rows.get(40).row().value(0)).isEqualTo("v40");
    }
}
