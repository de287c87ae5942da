package org.didworkbench.domain.history;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which remembered submissions a submission is compared with: those of the same provider, in the
 * same layout, for an earlier month.
 *
 * <ul>
 * <li><b>Same layout</b>: the same profile id (DID v1 and DIDS v2.0 items differ).</li>
 * <li><b>Same provider</b>: when both have site codes, they share at least one main site (a site with
 *     at least 5% of the records, {@link SubmissionFigures#mainSites()}); the site is the one thing
 *     in a DID file that names the provider. When either has none, the file names' stems must match
 *     ({@link #stem}: the name without digits, month names, "corrected" and punctuation).</li>
 * <li><b>Earlier</b>: its data month is before this one's; a file of the same month (this file
 *     itself, its corrected copy, a resubmission) is never its own baseline.</li>
 * </ul>
 *
 * <p>When a month has several entries, the one kept is a corrected file before an original (the
 * corrected file is the one that was sent), then the one remembered last.
 */
public final class EarlierMonths {
    private static final Set<String> NOISE = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december", "corrected", "csv", "xml", "txt");

    private EarlierMonths() {
    }

    /** The comparable earlier months, one entry each, newest month first (the first is the baseline). */
    public static List<LibraryEntry> of(SubmissionFigures current, List<LibraryEntry> library) {
        YearMonth month = current.dataMonth();
        if (month == null) {
            return List.of();
        }
        Map<YearMonth, LibraryEntry> best = new LinkedHashMap<>();
        for (LibraryEntry e : library) {
            SubmissionFigures f = e.figures();
            if (f.dataMonth() == null || !f.dataMonth().isBefore(month) || !f.profile().equals(current.profile())
                    || (!current.sha256().isEmpty() && current.sha256().equals(f.sha256()))
                    || !sameProvider(current, f)) {
                continue;
            }
            best.merge(f.dataMonth(), e, (a, b) -> preferred().compare(a, b) >= 0 ? a : b);
        }
        List<LibraryEntry> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparing((LibraryEntry e) -> e.figures().dataMonth()).reversed());
        return out;
    }

    /** Orders a month's entries: corrected above original, then later remembered above earlier. */
    private static Comparator<LibraryEntry> preferred() {
        return Comparator.comparing((LibraryEntry e) -> e.kind() == LibraryEntry.Kind.CORRECTED)
                .thenComparing(LibraryEntry::updatedAt).thenComparingLong(LibraryEntry::id);
    }

    /** True when two submissions look like the same provider's (see the class comment). */
    public static boolean sameProvider(SubmissionFigures a, SubmissionFigures b) {
        Set<String> sitesA = a.mainSites();
        Set<String> sitesB = b.mainSites();
        if (!sitesA.isEmpty() && !sitesB.isEmpty()) {
            Set<String> shared = new TreeSet<>(sitesA);
            shared.retainAll(sitesB);
            return !shared.isEmpty();
        }
        String stem = stem(a.fileName());
        return !stem.isEmpty() && stem.equals(stem(b.fileName()));
    }

    /**
     * A file name with what changes from month to month taken out: digits, month names, "corrected",
     * the extension and punctuation. "RZZ_DID_Sept2026-corrected.csv" and "rzz-did-oct-2026.csv" both
     * give "rzz-did".
     */
    public static String stem(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        List<String> kept = new ArrayList<>();
        for (String word : lower.split("[^a-z]+")) {
            if (!word.isEmpty() && !NOISE.contains(word)) {
                kept.add(word);
            }
        }
        return String.join("-", kept);
    }
}
