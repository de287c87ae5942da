package org.didworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.didworkbench.domain.dataset.RecordQuery;
import org.didworkbench.domain.dataset.RecordQuery.Filter;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The window's views of the records, checked against the same answers worked out in plain Java. */
class RecordBrowserTest {
    private static final int N = 300;
    private static final String[] SITES = {"rzz01", "RZZ02", "rzz02", "A1", "b2", "RZZ01"};

    @TempDir
    Path dir;
    private Workspace ws;
    private RecordBrowser browser;
    private final Map<Long, String[]> values = new TreeMap<>();
    private final Map<Long, Severity> worst = new TreeMap<>();

    @BeforeEach
    void load() {
        Path file = dir.resolve("w.didw");
        try (Workspace w = Workspace.createForImport(file, 3)) {
            BulkLoader loader = w.bulkLoader();
            for (long r = 1; r <= N; r++) {
                String[] v = r % 50 == 0 ? new String[] {"short" + r}      // a malformed record: missing items
                        : new String[] {"n" + r, SITES[(int) (r * 7 % SITES.length)], String.format("%03d", N - r)};
                values.put(r, v);
                loader.addRecord(new SubmissionRecord(r, r + 1, v), null);
            }
            for (long r = 3; r <= N; r += 17) {
                Severity s = r % 2 == 0 ? Severity.ERROR : Severity.WARNING;
                worst.put(r, s);
                loader.addIssue(new Issue(r, r + 1, "R" + s.label(), s, List.of("A"), "", "m"));
            }
            loader.flush();
            w.completeImport();
        }
        ws = Workspace.open(file);
        browser = ws.browser(List.of("A", "B", "C"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<Long> view() {
        List<Long> out = new ArrayList<>();
        for (long from = 0; from < browser.size(); from += 64) {
            browser.page(from, 64).forEach(s -> out.add(s.record().number()));
        }
        return out;
    }

    private void assertNavigation(List<Long> expected) {
        assertThat(view()).isEqualTo(expected);
        for (int pos = 0; pos < expected.size(); pos += 7) {
            assertThat(browser.positionOf(expected.get(pos))).isEqualTo(pos);
        }
        assertThat(browser.positionOf(N + 1)).isEqualTo(-1);
        for (int pos = -1; pos <= expected.size(); pos += 5) {
            assertThat(browser.nextWithIssue(pos, true)).as("next after %d", pos).isEqualTo(nextWithIssue(expected, pos, true));
            assertThat(browser.nextWithIssue(pos, false)).as("previous before %d", pos)
                    .isEqualTo(nextWithIssue(expected, pos, false));
        }
    }

    private long nextWithIssue(List<Long> view, int pos, boolean forward) {
        for (int p = forward ? pos + 1 : pos - 1; p >= 0 && p < view.size(); p += forward ? 1 : -1) {
            if (worst.containsKey(view.get(p))) {
                return p;
            }
        }
        return -1;
    }

    @Test
    void everyRecordInFileOrderEitherWay() {
        List<Long> all = new ArrayList<>(values.keySet());
        assertThat(browser.apply(RecordQuery.all())).isEqualTo(N);
        assertNavigation(all);

        assertThat(browser.apply(RecordQuery.all().sortedBy(-1, false))).isEqualTo(N);
        List<Long> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertNavigation(reversed);
        assertThat(browser.page(N - 2, 10)).extracting(s -> s.record().number()).containsExactly(2L, 1L);
        assertThat(browser.page(N, 10)).isEmpty();
    }

    @ParameterizedTest(name = "sorted by item {0}, ascending {1}")
    @CsvSource({"1,true", "1,false", "2,true", "2,false"})
    void sortingByAnItemMatchesACaseInsensitiveSortWithTiesInRecordOrder(int item, boolean ascending) {
        Comparator<Long> byValue = Comparator.comparing((Long r) -> value(r, item),
                Comparator.nullsFirst(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT))));
        Comparator<Long> order = byValue.thenComparing(Comparator.naturalOrder());
        List<Long> expected = new ArrayList<>(values.keySet());
        expected.sort(ascending ? order : order.reversed());

        assertThat(browser.apply(RecordQuery.all().sortedBy(item, ascending))).isEqualTo(N);
        assertNavigation(expected);
        assertThat(ws.single("SELECT count(*) FROM sqlite_master WHERE name = 'sortu_c" + item + "'"))
                .as("the sort index is kept for next time").isEqualTo(1);
    }

    @Test
    void filtersAndSortsCombine() {
        List<Long> errors = worst.entrySet().stream().filter(e -> e.getValue() == Severity.ERROR)
                .map(Map.Entry::getKey).sorted(Comparator.comparing((Long r) -> value(r, 2),
                        Comparator.nullsFirst(Comparator.<String>naturalOrder())).thenComparing(r -> r)).toList();

        assertThat(browser.apply(RecordQuery.all().withFilter(Filter.ERRORS).sortedBy(2, true)))
                .isEqualTo(errors.size());
        assertNavigation(errors);

        browser.apply(RecordQuery.all().withColumnFilter(1, "zz0"));
        assertThat(view()).isNotEmpty().allSatisfy(r -> assertThat(value(r, 1).toLowerCase(Locale.ROOT)).contains("zz0"));

        browser.apply(RecordQuery.all());
        assertThat(view()).hasSize(N);
    }

    private String value(long record, int item) {
        String[] v = values.get(record);
        return item < v.length ? v[item] : null;
    }
}
