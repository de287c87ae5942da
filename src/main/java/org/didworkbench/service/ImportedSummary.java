package org.didworkbench.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.outliers.IntervalSummary;
import org.didworkbench.domain.outliers.WaitingTimeStats;
import org.didworkbench.domain.quality.ItemQuality;
import org.didworkbench.domain.quality.QualitySummary;
import org.didworkbench.domain.reference.ReferenceKind;
import org.didworkbench.domain.reference.ReferenceSource;
import org.didworkbench.io.SummaryJson;

/**
 * The summary JSON a workspace kept from its import (meta key {@code summary.json}), read back as
 * typed values: the figures "when the file was opened" that the report sets beside the figures now.
 *
 * @param summary        the figures
 * @param verdictText    the verdict sentence as written then
 * @param waits          waiting times by modality
 * @param rules          rule code to its description and item names, for every rule that found issues
 * @param references     the reference data used
 * @param submissionDate the submission date
 * @param dialect        encoding, line endings and header, in words
 */
record ImportedSummary(QualitySummary summary, String verdictText, List<WaitingTimeStats> waits,
                       Map<String, RuleText> rules, List<ReferenceSource> references, LocalDate submissionDate,
                       String dialect) {

    /** What the summary says of one rule. */
    record RuleText(String severity, List<String> items, String description) {
    }

    /** Reads the summary JSON. */
    static ImportedSummary parse(String json) {
        Map<String, Object> m = SummaryJson.parse(json);
        long records = num(m.get("records"));
        List<ItemQuality> items = new ArrayList<>();
        for (Map.Entry<String, Object> e : map(m.get("items")).entrySet()) {
            Map<String, Object> i = map(e.getValue());
            // summaries written before "records" was added counted every record as well-formed but the broken ones
            long itemRecords = i.containsKey("records") ? num(i.get("records")) : records;
            items.add(new ItemQuality(e.getKey(), itemRecords, num(i.get("present")), num(i.get("valid")),
                    num(i.get("defaults"))));
        }
        Map<String, Long> byRule = new LinkedHashMap<>();
        map(m.get("byRule")).forEach((k, v) -> byRule.put(k, num(v)));
        Map<String, RuleText> rules = new LinkedHashMap<>();
        map(m.get("rules")).forEach((k, v) -> {
            Map<String, Object> r = map(v);
            rules.put(k, new RuleText(str(r.get("severity")), strings(r.get("items")), str(r.get("description"))));
        });
        QualitySummary summary = new QualitySummary(str(m.get("profile")), records, num(m.get("errors")),
                num(m.get("warnings")), num(m.get("workbenchFindings")), num(m.get("errorRecords")),
                num(m.get("warningRecords")), byRule, strings(m.get("notChecked")), items);
        List<WaitingTimeStats> waits = new ArrayList<>();
        for (Object o : list(m.get("waitingTimes"))) {
            Map<String, Object> w = map(o);
            waits.add(new WaitingTimeStats(str(w.get("modality")), num(w.get("records")),
                    interval(w.get("requestToTest")), interval(w.get("testToReport")), (int) num(w.get("longWaitDays")),
                    num(w.get("longWaits")), (int) num(w.get("lateReportDays")), num(w.get("lateReports"))));
        }
        List<ReferenceSource> refs = new ArrayList<>();
        for (Object o : list(m.get("referenceData"))) {
            Map<String, Object> r = map(o);
            String asOf = str(r.get("asOf"));
            refs.add(new ReferenceSource(ReferenceKind.valueOf(str(r.get("kind"))), str(r.get("file")),
                    asOf.isEmpty() ? null : LocalDate.parse(asOf), num(r.get("rows"))));
        }
        String date = str(m.get("submissionDate"));
        String verdict = str(m.get("verdictText"));
        return new ImportedSummary(summary, verdict.isEmpty() ? summary.verdictSentence() : verdict, waits, rules,
                refs, date.isEmpty() ? null : LocalDate.parse(date), dialect(map(m.get("dialect"))));
    }

    private static String dialect(Map<String, Object> d) {
        if (d.isEmpty()) {
            return "not known";
        }
        return str(d.get("encoding")) + (Boolean.TRUE.equals(d.get("bom")) ? " with a byte-order mark" : "")
                + ", " + str(d.get("lineEndings")) + " line endings, "
                + (Boolean.TRUE.equals(d.get("header")) ? "a header row of item names" : "no header row");
    }

    private static IntervalSummary interval(Object o) {
        Map<String, Object> m = map(o);
        return new IntervalSummary(num(m.get("count")), dbl(m.get("median")), dbl(m.get("p90")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(String::valueOf).toList();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static long num(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    private static double dbl(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
