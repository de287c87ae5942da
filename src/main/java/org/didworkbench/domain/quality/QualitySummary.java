package org.didworkbench.domain.quality;

import java.util.List;
import java.util.Map;

/**
 * What a validation run found, in numbers: the summary JSON, the status bar and the report all
 * read this one object.
 *
 * @param profile        profile id
 * @param records        data records in the file (header not counted)
 * @param errors         error issues
 * @param warnings       warning issues from national rules
 * @param workbench      findings of workbench checks (DQW codes: outliers, plausibility); never change the verdict
 * @param errorRecords   records with at least one error
 * @param warningRecords records with at least one warning
 * @param byRule         rule code to issue count, in code order
 * @param notChecked     codes of rules not run for want of reference data
 * @param items          per-item quality, in file order
 */
public record QualitySummary(String profile, long records, long errors, long warnings, long workbench,
                             long errorRecords,
                             long warningRecords, Map<String, Long> byRule, List<String> notChecked,
                             List<ItemQuality> items) {

    public QualitySummary {
        byRule = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byRule));
        notChecked = List.copyOf(notChecked);
        items = List.copyOf(items);
    }

    /** What the national service would do: any error rejects the whole file. */
    public Verdict verdict() {
        return errors > 0 ? Verdict.REJECTED : Verdict.ACCEPTED;
    }

    /** One line for a person, e.g. "Would be rejected: 37 errors in 21 records". */
    public String verdictSentence() {
        if (verdict() == Verdict.REJECTED) {
            return "Would be rejected: " + plural(errors, "error") + " in " + plural(errorRecords, "record");
        }
        if (warnings > 0) {
            return "Would be accepted with " + plural(warnings, "warning");
        }
        return "Would be accepted: no errors or warnings";
    }

    private static String plural(long n, String word) {
        return String.format("%,d", n) + " " + word + (n == 1 ? "" : "s");
    }
}
