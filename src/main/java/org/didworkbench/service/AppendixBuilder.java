package org.didworkbench.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.report.IdentifierMask;
import org.didworkbench.report.ReportModel;
import org.didworkbench.store.StoredRecord;
import org.didworkbench.store.Workspace;

/**
 * The report's appendix: every issue with its record's line and accession number, and every
 * patient identifier (items the profile marks {@link DataItem#patientIdentifier()}) masked in the
 * value and the message.
 */
final class AppendixBuilder {
    /** In a record with too few or too many fields the identifiers may sit this many places off. */
    private static final int SHIFT = 2;

    private AppendixBuilder() {
    }

    static ReportModel.Appendix build(Workspace ws, Profile profile, int limit) {
        List<Issue> issues = new ArrayList<>();
        long[] total = {0};
        ws.forEachIssue(issue -> {
            total[0]++;
            if (issues.size() < limit) {
                issues.add(issue);
            }
        });
        long[] numbers = issues.stream().mapToLong(Issue::record).distinct().toArray();
        Map<Long, SubmissionRecord> records = new HashMap<>();
        for (StoredRecord s : ws.records(numbers)) {
            records.put(s.record().number(), s.record());
        }
        List<Integer> identifiers = new ArrayList<>();
        for (int i = 0; i < profile.itemCount(); i++) {
            if (profile.items().get(i).patientIdentifier()) {
                identifiers.add(i);
            }
        }
        int accession = accessionIndex(profile);
        List<ReportModel.IssueLine> lines = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            SubmissionRecord rec = records.get(issue.record());
            List<String> ids = rec == null ? List.of() : identifierValues(rec, profile, identifiers);
            String item = issue.fields().isEmpty() ? "RECORD" : issue.fields().get(0);
            boolean aboutIdentifier = profile.item(item).map(DataItem::patientIdentifier).orElse(false);
            String value = aboutIdentifier ? IdentifierMask.mask(issue.value())
                    : IdentifierMask.maskText(issue.value(), ids);
            String acc = rec == null || accession < 0 || rec.raw(accession) == null ? ""
                    : IdentifierMask.maskText(rec.raw(accession).strip(), ids);
            lines.add(new ReportModel.IssueLine(issue.line(), acc, issue.rule(), issue.severity().label(),
                    ReportFigures.title(profile, item), value, IdentifierMask.maskText(issue.message(), ids)));
        }
        return new ReportModel.Appendix(total[0], lines);
    }

    /**
     * The record's identifier values. When the record has the wrong number of fields its values may
     * have slid along, so the fields near each identifier's place count too.
     */
    private static List<String> identifierValues(SubmissionRecord rec, Profile profile, List<Integer> identifiers) {
        boolean shifted = rec.defect() != null || rec.fieldCount() != profile.itemCount();
        List<String> out = new ArrayList<>();
        for (int index : identifiers) {
            int from = shifted ? Math.max(0, index - SHIFT) : index;
            int to = shifted ? Math.min(rec.fieldCount() - 1, index + SHIFT) : index;
            for (int i = from; i <= to; i++) {
                String v = rec.raw(i);
                if (v != null && !v.isBlank()) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static int accessionIndex(Profile profile) {
        for (int i = 0; i < profile.itemCount(); i++) {
            if (profile.items().get(i).name().contains("ACCESSION")) {
                return i;
            }
        }
        return -1;
    }
}
