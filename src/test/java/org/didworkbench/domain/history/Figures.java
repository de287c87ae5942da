package org.didworkbench.domain.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.outliers.IntervalSummary;
import org.didworkbench.domain.outliers.WaitingTimeStats;

/** Builds {@link SubmissionFigures} for tests, a field at a time. */
final class Figures {
    private String name = "rzz-did.csv";
    private String sha = "a".repeat(64);
    private String profile = "did-v1";
    private YearMonth month = YearMonth.of(2026, 9);
    private long records = 2000;
    private final Map<String, Long> sites = new LinkedHashMap<>(Map.of("RZZ01", 1200L, "RZZ02", 500L, "RZZ03", 300L));
    private final Map<String, Long> sources = new LinkedHashMap<>(Map.of("04", 650L, "03", 570L, "05", 380L));
    private final List<ItemFigures> items = new ArrayList<>();
    private final List<WaitingTimeStats> waits = new ArrayList<>();
    private ModalitySource modalities = ModalitySource.TABLE;

    Figures() {
        items.add(new ItemFigures("NHS_NUMBER", "NHS NUMBER", 2000, 2000, 2000, 0));
        items.add(new ItemFigures("ETHNIC_CATEGORY", "ETHNIC CATEGORY", 2000, 1922, 1900, 30));
        waits.add(wait("Plain radiography", 1200, 1, 0));
        waits.add(wait("CT", 280, 12, 1));
        waits.add(wait("MRI", 160, 21, 4));
        waits.add(wait("Fluoroscopy", 12, 10, 1));
    }

    static WaitingTimeStats wait(String modality, long records, double requestToTest, double testToReport) {
        return new WaitingTimeStats(modality, records, new IntervalSummary(records, requestToTest, requestToTest * 2),
                new IntervalSummary(records, testToReport, testToReport * 2), 42, 0, 28, 0);
    }

    Figures name(String n) {
        name = n;
        return this;
    }

    Figures sha(String s) {
        sha = s;
        return this;
    }

    Figures profile(String p) {
        profile = p;
        return this;
    }

    Figures month(YearMonth m) {
        month = m;
        return this;
    }

    Figures records(long n) {
        records = n;
        return this;
    }

    Figures site(String code, long n) {
        if (n < 0) {
            sites.remove(code);
        } else {
            sites.put(code, n);
        }
        return this;
    }

    Figures noSites() {
        sites.clear();
        return this;
    }

    Figures source(String code, long n) {
        sources.put(code, n);
        return this;
    }

    Figures item(String item, String title, long records, long present) {
        items.removeIf(i -> i.item().equals(item));
        items.add(new ItemFigures(item, title, records, present, present, 0));
        return this;
    }

    Figures wait(WaitingTimeStats w) {
        waits.removeIf(x -> x.modality().equals(w.modality()));
        waits.add(w);
        return this;
    }

    Figures modalities(ModalitySource s) {
        modalities = s;
        return this;
    }

    SubmissionFigures build() {
        return new SubmissionFigures(name, sha, profile, month, LocalDate.of(2026, 10, 15), records, 0, 0, 0, 0,
                sites, sources, items, waits, modalities);
    }

    LibraryEntry entry(long id, LibraryEntry.Kind kind, String remembered) {
        Instant at = Instant.parse(remembered);
        return new LibraryEntry(id, build(), kind, null, at, at);
    }
}
