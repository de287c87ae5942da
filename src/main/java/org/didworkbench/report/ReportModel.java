package org.didworkbench.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.didworkbench.domain.outliers.WaitingTimeStats;
import org.didworkbench.domain.quality.Dqmi;
import org.didworkbench.domain.quality.ItemQuality;

/**
 * Everything the quality summary report shows, as plain values. The service builds it; the
 * renderers only lay it out. It never holds a patient identifier: records are named by line number
 * and accession number, and the appendix's values and messages arrive already masked.
 *
 * @param header      the file and the run
 * @param before      the verdict when the file was opened (the import-time summary)
 * @param now         the verdict now, after any corrections
 * @param edited      true when cells now differ from the file, so {@code now} differs from {@code before}
 * @param items       quality per data item, in file order
 * @param dqmi        the DQMI-style file score (0..100; NaN when nothing could be scored)
 * @param dqmiThresholds the default thresholds applied, for the notes
 * @param rules       national rules that found issues, errors first, then by count
 * @param problemItems the items with most national issues, most first
 * @param waits       waiting times by modality, the whole-file row last
 * @param waitsNote   a caveat about the waiting times, or empty
 * @param checks      the workbench's outlier and plausibility checks with their counts (zero included)
 * @param corrections what was changed in the workspace
 * @param appendix    every issue, when asked for
 */
public record ReportModel(Header header, Outcome before, Outcome now, boolean edited, List<ItemRow> items,
                          double dqmi, Dqmi.Thresholds dqmiThresholds, List<RuleRow> rules,
                          List<ItemProblems> problemItems,
                          List<WaitingTimeStats> waits, String waitsNote, List<RuleRow> checks,
                          Corrections corrections, Optional<Appendix> appendix) {

    public ReportModel {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(now, "now");
        items = List.copyOf(items);
        rules = List.copyOf(rules);
        problemItems = List.copyOf(problemItems);
        waits = List.copyOf(waits);
        waitsNote = waitsNote == null ? "" : waitsNote;
        checks = List.copyOf(checks);
        Objects.requireNonNull(corrections, "corrections");
        Objects.requireNonNull(appendix, "appendix");
    }

    /** The national rules with errors, most records affected first. */
    public List<RuleRow> errorRules() {
        return rules.stream().filter(RuleRow::isError).toList();
    }

    /**
     * The file and the run.
     *
     * @param fileName         the submission file's name (no folder)
     * @param sha256           the source file's SHA-256 in lower-case hex, or empty when it could not be read
     * @param sha256Note       why there is no checksum (empty when there is one)
     * @param records          data records in the file
     * @param profileTitle     the layout, e.g. "DID v1 (DIDS v1.0)"
     * @param provisional      true when the layout is a provisional one
     * @param submissionDate   the submission date the cut-off rules used
     * @param generatedAt      when this report was made
     * @param workbenchVersion the version making this report
     * @param checkedWith      the version that checked the file, when known and different (else empty)
     * @param checkedAt        when the file was checked (the workspace was made), or null
     * @param dialect          encoding, line endings and header, in words
     * @param references       the reference data used
     * @param notChecked       codes of rules not run for want of reference data
     */
    public record Header(String fileName, String sha256, String sha256Note, long records, String profileTitle,
                         boolean provisional, LocalDate submissionDate, ZonedDateTime generatedAt,
                         String workbenchVersion, String checkedWith, ZonedDateTime checkedAt, String dialect,
                         List<Reference> references, List<String> notChecked) {
        public Header {
            references = List.copyOf(references);
            notChecked = List.copyOf(notChecked);
        }
    }

    /**
     * One reference data set.
     *
     * @param kind  what it is, in words
     * @param file  file name(s)
     * @param asOf  the date it is effective from (null when unknown)
     * @param rows  rows loaded
     */
    public record Reference(String kind, String file, LocalDate asOf, long rows) {
    }

    /**
     * The national verdict at one moment.
     *
     * @param rejected     true when the national service would reject the file
     * @param sentence     e.g. "Would be rejected: 90 errors in 82 records"
     * @param errors       error issues
     * @param warnings     warning issues from national rules
     * @param workbench    workbench (DQW) findings, which never change the verdict
     * @param errorRecords records with at least one error
     */
    public record Outcome(boolean rejected, String sentence, long errors, long warnings, long workbench,
                          long errorRecords) {
    }

    /**
     * One data item's quality.
     *
     * @param title        the data dictionary name
     * @param quality      the counts and shares
     * @param score        the DQMI-style score
     * @param defaultCoded true when the item has default ("not known") codes, so its default rate means something
     */
    public record ItemRow(String title, ItemQuality quality, Dqmi.ItemScore score, boolean defaultCoded) {
    }

    /**
     * How often one rule failed.
     *
     * @param code     the rule code
     * @param severity "error" or "warning"
     * @param count    issues
     * @param records  records affected, or -1 when not known
     * @param items    data dictionary names of the items it reads, the one its messages are about first
     * @param meaning  what the rule checks, in plain English
     */
    public record RuleRow(String code, String severity, long count, long records, List<String> items,
                          String meaning) {
        public RuleRow {
            items = List.copyOf(items);
        }

        public boolean isError() {
            return "error".equals(severity);
        }
    }

    /**
     * The items with most problems.
     *
     * @param title    the data dictionary name (or "Whole record" for structure errors)
     * @param errors   error issues about the item
     * @param warnings warning issues about the item
     * @param rules    the codes involved, most frequent first
     */
    public record ItemProblems(String title, long errors, long warnings, List<String> rules) {
        public ItemProblems {
            rules = List.copyOf(rules);
        }

        public long total() {
            return errors + warnings;
        }
    }

    /**
     * The corrections made in the workspace, from its change log.
     *
     * @param actions       applied actions that changed cells (edits, fixes and reverts; undone ones left out)
     * @param cellsChanged  cell changes made by those actions
     * @param cellsEdited   cells that now differ from the file
     * @param undone        actions undone and not redone
     * @param byItem        cell changes per item (data dictionary name), most first
     * @param byRule        cell changes per rule fixed (or "reverted", "edited by hand"), most first
     */
    public record Corrections(long actions, long cellsChanged, long cellsEdited, long undone, List<Tally> byItem,
                              List<Tally> byRule) {
        public Corrections {
            byItem = List.copyOf(byItem);
            byRule = List.copyOf(byRule);
        }

        public static Corrections none() {
            return new Corrections(0, 0, 0, 0, List.of(), List.of());
        }

        public boolean isEmpty() {
            return actions == 0 && undone == 0 && cellsEdited == 0;
        }
    }

    /** A label and how many. */
    public record Tally(String label, long count) {
    }

    /**
     * Every issue, for the appendix.
     *
     * @param total issues in the workspace
     * @param lines the issues listed (all of them, unless there were more than the limit)
     */
    public record Appendix(long total, List<IssueLine> lines) {
        public Appendix {
            lines = List.copyOf(lines);
        }

        public boolean truncated() {
            return lines.size() < total;
        }
    }

    /**
     * One issue in the appendix, with identifiers masked.
     *
     * @param line      physical line of the record
     * @param accession the record's accession number (may be empty)
     * @param rule      the rule code
     * @param severity  "error" or "warning"
     * @param item      data dictionary name of the item the message is about
     * @param value     the value the message is about, masked when it identifies a patient
     * @param message   the message, with identifying values masked
     */
    public record IssueLine(long line, String accession, String rule, String severity, String item, String value,
                            String message) {
    }
}
