package org.didworkbench.domain.history;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.didworkbench.domain.outliers.WaitingTimeStats;
import org.didworkbench.domain.quality.Verdict;

/**
 * What the submission library remembers of one submission: its summary figures and nothing else
 * (no record, no NHS number, birth date or postcode). Site codes are organisation codes.
 *
 * @param fileName       the file's name, without its folder
 * @param sha256         the file's SHA-256 in lower-case hex; empty when not known (figures of a
 *                       workspace with unsaved corrections)
 * @param profile        the profile id it was checked with
 * @param dataMonth      the month it is for ({@link ActivityCounts#dataMonth()}), or null when no date is valid
 * @param submissionDate the submission date it was checked with, or null
 * @param records        data records (a header row not counted)
 * @param errors         error issues
 * @param warnings       warning issues from national rules
 * @param workbench      workbench (DQW) findings
 * @param errorRecords   records with at least one error
 * @param bySite         well-formed records by SITE CODE (OF IMAGING)
 * @param bySource       well-formed records by PATIENT SOURCE SETTING TYPE (DIAGNOSTIC IMAGING) code
 * @param items          completeness counts per item, in file order
 * @param waits          waiting times and records by modality, then the whole-file row, as the
 *                       outlier analysis computed them
 * @param modalitySource how the modality groups were found
 */
public record SubmissionFigures(String fileName, String sha256, String profile, YearMonth dataMonth,
                                LocalDate submissionDate, long records, long errors, long warnings, long workbench,
                                long errorRecords, Map<String, Long> bySite, Map<String, Long> bySource,
                                List<ItemFigures> items, List<WaitingTimeStats> waits, ModalitySource modalitySource) {

    /** A site holding at least this share of a file's records is one of its main sites. */
    public static final double MAIN_SITE_SHARE = 0.05;

    public SubmissionFigures {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(profile, "profile");
        bySite = Collections.unmodifiableMap(new TreeMap<>(bySite));
        bySource = Collections.unmodifiableMap(new TreeMap<>(bySource));
        items = List.copyOf(items);
        waits = List.copyOf(waits);
        Objects.requireNonNull(modalitySource, "modalitySource");
    }

    /** Rejected when there is any error, as the national service decides. */
    public Verdict verdict() {
        return errors > 0 ? Verdict.REJECTED : Verdict.ACCEPTED;
    }

    /** Records by modality group, from the waiting-time rows (the whole-file row left out), largest first. */
    public Map<String, Long> byModality() {
        Map<String, Long> out = new LinkedHashMap<>();
        waits.stream().filter(w -> !WaitingTimeStats.ALL.equals(w.modality()))
                .sorted((a, b) -> Long.compare(b.records(), a.records()))
                .forEach(w -> out.put(w.modality(), w.records()));
        return out;
    }

    /**
     * The site codes holding at least {@link #MAIN_SITE_SHARE} of the records counted by site (the
     * bucket labels such as "(blank)" never count): how a provider is recognised from month to month.
     */
    public Set<String> mainSites() {
        long total = bySite.values().stream().mapToLong(Long::longValue).sum();
        Set<String> out = new TreeSet<>();
        bySite.forEach((code, n) -> {
            if (!code.startsWith("(") && total > 0 && n >= MAIN_SITE_SHARE * total) {
                out.add(code);
            }
        });
        return out;
    }

    /** The same figures under another identity (a corrected file's name and checksum). */
    public SubmissionFigures withFile(String name, String sha) {
        return new SubmissionFigures(name, sha, profile, dataMonth, submissionDate, records, errors, warnings,
                workbench, errorRecords, bySite, bySource, items, waits, modalitySource);
    }
}
