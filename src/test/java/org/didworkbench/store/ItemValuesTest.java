package org.didworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.didworkbench.domain.dataset.SubmissionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming reads behind bulk editing, and the change-log query the audit trail view uses. */
class ItemValuesTest {
    @TempDir
    Path dir;

    /** Records 1…6 with two items; record 6 has only one field (no second item). Lines are record + 1. */
    private Workspace workspace() {
        Path file = dir.resolve("w.didw");
        try (Workspace ws = Workspace.createForImport(file, 2)) {
            BulkLoader loader = ws.bulkLoader();
            String[][] rows = {{"a", "ls1 4ab"}, {"b", "LS1  4AB"}, {"c", "LS1 4AB"}, {"d", "LS1 4AB"}, {"e", ""},
                    {"f"}};
            for (int i = 0; i < rows.length; i++) {
                loader.addRecord(new SubmissionRecord(i + 1, i + 2, rows[i]), null);
            }
            loader.flush();
            ws.completeImport();
        }
        return Workspace.open(file);
    }

    private record Seen(long record, long line, String value) {
    }

    @Test
    void streamsAnItemsValuesOptionallyThoseContainingATextIgnoringAsciiCase() {
        try (Workspace ws = workspace()) {
            List<Seen> all = new ArrayList<>();
            ws.itemValues().forEachValue(1, null, (r, l, v) -> all.add(new Seen(r, l, v)));
            assertThat(all).extracting(Seen::record, Seen::line, Seen::value).containsExactly(
                    tuple(1L, 2L, "ls1 4ab"), tuple(2L, 3L, "LS1  4AB"), tuple(3L, 4L, "LS1 4AB"),
                    tuple(4L, 5L, "LS1 4AB"), tuple(5L, 6L, ""));

            List<Long> containing = new ArrayList<>();
            ws.itemValues().forEachValue(1, "1 4A", (r, l, v) -> containing.add(r));
            assertThat(containing).containsExactly(1L, 3L, 4L);

            List<Long> percent = new ArrayList<>();
            ws.itemValues().forEachValue(1, "%", (r, l, v) -> percent.add(r));
            assertThat(percent).as("LIKE wildcards are plain text").isEmpty();
        }
    }

    /** A bulk change reads the values a page at a time after the last record it has: the same values in all. */
    @Test
    void streamsAPageOfValuesAfterARecord() {
        try (Workspace ws = workspace()) {
            List<Long> page = new ArrayList<>();
            ws.itemValues().forEachValue(1, null, 1, 2, (r, l, v) -> page.add(r));
            assertThat(page).containsExactly(2L, 3L);

            List<Long> containing = new ArrayList<>();
            ws.itemValues().forEachValue(1, "1 4A", 1, 10, (r, l, v) -> containing.add(r));
            assertThat(containing).as("record 6 has no second item").containsExactly(3L, 4L);

            List<Long> paged = new ArrayList<>();
            long after = Long.MIN_VALUE;
            while (true) {
                int before = paged.size();
                ws.itemValues().forEachValue(1, null, after, 2, (r, l, v) -> paged.add(r));
                if (paged.size() == before) {
                    break;
                }
                after = paged.get(paged.size() - 1);
            }
            assertThat(paged).containsExactly(1L, 2L, 3L, 4L, 5L);
        }
    }

    @Test
    void streamsTheRecordsHoldingSomeValuesExactly() {
        try (Workspace ws = workspace()) {
            List<Long> found = new ArrayList<>();
            ws.itemValues().forEachValueIn(1, List.of("ls1 4ab", "LS1 4AB"), (r, l, v) -> found.add(r));
            assertThat(found).containsExactly(1L, 3L, 4L);
        }
    }

    @Test
    void distinctValuesComeWithTheirCountsGroupedByKey() {
        try (Workspace ws = workspace()) {
            List<String> seen = new ArrayList<>();
            ws.itemValues().forEachDistinctValue(1, v -> v.replace(" ", "").toUpperCase(Locale.ROOT),
                    (k, v, n) -> seen.add(k + "|" + v + "|" + n));
            assertThat(seen).containsExactlyInAnyOrder("LS14AB|ls1 4ab|1", "LS14AB|LS1  4AB|1", "LS14AB|LS1 4AB|2");

            List<String> byFirstLetter = new ArrayList<>();
            ws.itemValues().forEachDistinctValue(0, v -> v.compareTo("c") < 0 ? "x" : "y",
                    (k, v, n) -> byFirstLetter.add(k));
            assertThat(byFirstLetter).containsExactly("x", "x", "y", "y", "y", "y");
        }
    }

    @Test
    void theChangeLogQueryFiltersByItemTextLineAndActionAndSaysWhichChangesAreInEffect() {
        try (Workspace ws = workspace()) {
            EditStore edits = ws.edits();
            long fix = edits.addAction("2026-10-01T09:00:00Z", "analyst", "fix", "fix DIDS017: postcode spacing", "applied", 0);
            for (long rec : new long[] {1, 2}) {
                String old = rec == 1 ? "ls1 4ab" : "LS1  4AB";
                edits.addChange(fix, new CellChange(rec, 1, old, "LS1 4AB"));
                edits.setValue(rec, 1, "LS1 4AB");
            }
            long edit = edits.addAction("2026-10-01T09:01:00Z", "analyst", "edit", "", "applied", 0);
            edits.addChange(edit, new CellChange(2, 1, "LS1 4AB", "LS2 7XX"));
            edits.setValue(2, 1, "LS2 7XX");
            long undone = edits.addAction("2026-10-01T09:02:00Z", "analyst", "edit", "typo", "undone", 0);
            edits.addChange(undone, new CellChange(3, 0, "c", "z"));
            ws.commit();

            List<String> all = new ArrayList<>();
            edits.forEachLogRow(LogQuery.ALL, 100, (row, inEffect) -> all.add(row.action() + ":" + row.record() + ":"
                    + inEffect));
            assertThat(all).containsExactly(fix + ":1:true", fix + ":2:false", edit + ":2:true", undone + ":3:false");
            assertThat(edits.countLogRows(LogQuery.ALL)).isEqualTo(4);

            assertThat(rows(edits, new LogQuery(1, null, -1, -1))).hasSize(3);
            assertThat(rows(edits, new LogQuery(-1, "dids017", -1, -1))).hasSize(2);
            assertThat(rows(edits, new LogQuery(-1, "EDIT", -1, -1))).as("the kind counts as text").hasSize(2);
            assertThat(rows(edits, new LogQuery(-1, null, 3, -1))).extracting(LogRow::record).containsExactly(2L, 2L);
            assertThat(rows(edits, new LogQuery(-1, null, -1, edit))).extracting(LogRow::newValue)
                    .containsExactly("LS2 7XX");
            assertThat(edits.countLogRows(new LogQuery(1, "spacing", 2, -1))).isEqualTo(1);

            List<LogRow> limited = new ArrayList<>();
            edits.forEachLogRow(LogQuery.ALL, 2, (row, inEffect) -> limited.add(row));
            assertThat(limited).hasSize(2);
        }
    }

    private static List<LogRow> rows(EditStore edits, LogQuery q) {
        List<LogRow> out = new ArrayList<>();
        edits.forEachLogRow(q, 100, (row, inEffect) -> out.add(row));
        return out;
    }
}
