package org.didworkbench.domain.outliers;

import java.util.List;
import java.util.function.Consumer;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Severity;

/**
 * The checks that judge one record by its own numbers against the file's bands: interval
 * outliers, the two national-standard flags and the age and gender plausibility rows. Used alike
 * for the full pass and for one edited record, so the two always agree.
 */
final class RecordChecks {
    /** Once: {@code Interval.values()} copies its array on every call, and this runs per record. */
    private static final Interval[] INTERVALS = Interval.values();
    private final OutlierFields fields;
    private final OutlierSettings settings;
    private final PlausibilityTable table;
    private final ExamCodes codes;
    private final OutlierRules.Names names;

    RecordChecks(Profile profile, OutlierFields fields, OutlierSettings settings, PlausibilityTable table,
                 ExamCodes codes) {
        this.fields = fields;
        this.settings = settings;
        this.table = table;
        this.codes = codes;
        this.names = new OutlierRules.Names(profile, fields);
    }

    /** Emits the record's issues in catalogue order. */
    void check(RecordNumbers r, Bands bands, Consumer<Issue> out) {
        int group = codes.group(r.code);
        String groupName = codes.groupName(group);
        for (Interval iv : INTERVALS) {
            if (!settings.enabled(iv.code())) {
                continue;
            }
            int days = r.days(iv);
            if (days < 0) {
                continue;
            }
            IntervalBand band = bands.band(iv, group, r.setting, groupName);
            if (days > band.flagAboveDays()) {
                out.accept(outlierIssue(r, iv, days, band));
            }
        }
        int wait = r.days(Interval.REQUEST_TO_TEST);
        if (wait >= settings.dm01Days() && settings.enabled(OutlierRules.DM01)) {
            out.accept(dm01Issue(r, wait));
        }
        int turnaround = r.days(Interval.TEST_TO_REPORT);
        if (turnaround > settings.reportTurnaroundDays() && settings.enabled(OutlierRules.TURNAROUND)) {
            out.accept(turnaroundIssue(r, turnaround));
        }
        if (r.code >= 0) {
            plausibility(r, out);
        }
    }

    private void plausibility(RecordNumbers r, Consumer<Issue> out) {
        ExamCodes.Entry exam = codes.entry(r.code);
        List<PlausibilityRow> rows = table.rows();
        int age = exam.rows().length == 0 || !settings.enabled(OutlierRules.AGE_EXAM) || !ageMayBreach(r, exam)
                ? RecordNumbers.NO_AGE : r.age();
        boolean ageDone = age == RecordNumbers.NO_AGE;
        boolean genderDone = !settings.enabled(OutlierRules.GENDER_EXAM) || r.gender == 0 || fields.gender() < 0;
        for (int k : exam.rows()) {
            PlausibilityRow row = rows.get(k);
            if (!ageDone && row.ageImplausible(age)) {
                ageDone = true;
                out.accept(ageIssue(r, age, exam, row));
            }
            if (!genderDone && row.allowedGender() != null
                    && !row.allowedGender().equals(Byte.toString(r.gender))) {
                genderDone = true;
                out.accept(genderIssue(r, exam, row));
            }
        }
    }

    // The messages are built in methods of their own, off the per-record path: few records get one, and
    // kept inline their string building made the checks the costliest methods of an import to compile.

    private Issue outlierIssue(RecordNumbers r, Interval iv, int days, IntervalBand band) {
        return issue(r, iv.code(), iv.fromSlot(), iv.toSlot(), outlierMessage(r, iv, days, band));
    }

    private Issue ageIssue(RecordNumbers r, int age, ExamCodes.Entry exam, PlausibilityRow row) {
        String birth = Messages.date(r.birth);
        return new Issue(r.record, r.line, OutlierRules.AGE_EXAM, Severity.WARNING,
                List.of(names.name(fields.birthDate()), names.name(fields.testDate()), codeItem(exam)), birth,
                "Age at test " + age + " (" + names.dd(fields.birthDate()) + " '" + birth + "', "
                        + names.dd(fields.testDate()) + " '" + Messages.date(r.dates[OutlierFields.TEST])
                        + "') is implausible for " + exam(exam, row) + ": expected age " + row.ageRange()
                        + ". " + row.reason());
    }

    private Issue genderIssue(RecordNumbers r, ExamCodes.Entry exam, PlausibilityRow row) {
        String g = Byte.toString(r.gender);
        return new Issue(r.record, r.line, OutlierRules.GENDER_EXAM, Severity.WARNING,
                List.of(names.name(fields.gender()), codeItem(exam)), g,
                names.dd(fields.gender()) + " '" + g + "' (" + genderWord(g) + ") is implausible for "
                        + exam(exam, row) + ": expected '" + row.allowedGender() + "' ("
                        + genderWord(row.allowedGender()) + "). " + row.reason());
    }

    private Issue dm01Issue(RecordNumbers r, int wait) {
        return issue(r, OutlierRules.DM01, OutlierFields.REQUEST, OutlierFields.TEST,
                interval(r, Interval.REQUEST_TO_TEST, wait) + ": " + Messages.weeks(settings.dm01Days())
                        + " or more. The DM01 standard is that patients wait less than 6 weeks from request to "
                        + "test; this is informational, not an error in the data.");
    }

    private Issue turnaroundIssue(RecordNumbers r, int turnaround) {
        return issue(r, OutlierRules.TURNAROUND, OutlierFields.TEST, OutlierFields.REPORT,
                interval(r, Interval.TEST_TO_REPORT, turnaround) + ": reported more than "
                        + Messages.dayCount(settings.reportTurnaroundDays()) + " after the test. NHS England's "
                        + "reporting turnaround guidance is that no examination should take longer than 4 "
                        + "weeks to report; this is informational, not an error in the data.");
    }

    /**
     * True when the days from birth to test could put the age outside a covering row's limits: a cheap
     * bound that spares working out the exact age (calendar arithmetic) for nearly every record.
     */
    private boolean ageMayBreach(RecordNumbers r, ExamCodes.Entry exam) {
        int test = r.dates[OutlierFields.TEST];
        if (r.birth == RecordNumbers.NO_DATE || test == RecordNumbers.NO_DATE || r.birth > test) {
            return false;
        }
        long span = (long) test - r.birth;
        List<PlausibilityRow> rows = table.rows();
        for (int k : exam.rows()) {
            PlausibilityRow row = rows.get(k);
            // under minAge years is under minAge x 366 days; over maxAge years is at least (maxAge + 1) x 365 days
            if ((row.minAge() != null && span < row.minAge() * 366L)
                    || (row.maxAge() != null && span >= (row.maxAge() + 1) * 365L)) {
                return true;
            }
        }
        return false;
    }

    private String outlierMessage(RecordNumbers r, Interval iv, int days, IntervalBand band) {
        StringBuilder m = new StringBuilder(interval(r, iv, days)).append("; ");
        if (band.fixed()) {
            m.append("only ").append(Messages.count(band.count())).append(' ').append(band.group())
                    .append(band.count() == 1 ? " record" : " records").append(" in this file ")
                    .append(band.count() == 1 ? "has" : "have").append(" this interval, too few for a band of ")
                    .append("their own (").append(settings.minGroupSize()).append(" needed), so the fixed limit ")
                    .append("applies: more than ").append(Messages.dayCount(band.flagAboveDays()))
                    .append(" is implausible.");
        } else {
            String p5 = Messages.days(band.p5());
            String p95 = Messages.days(band.p95());
            m.append(band.group()).append(" in this file: median ").append(Messages.days(band.median()))
                    .append(Messages.days(band.median()).equals("1") ? " day" : " days")
                    .append(", usual range ").append(p5.equals(p95) ? p5 : p5 + '\u2013' + p95)
                    .append(p5.equals(p95) && p5.equals("1") ? " day" : " days").append(" (5th to 95th percentile of ")
                    .append(Messages.count(band.count())).append("); more than ")
                    .append(Messages.dayCount(band.flagAboveDays())).append(" is an outlier.");
        }
        return m.append(" Check both dates.").toString();
    }

    /** "Request to test 412 days (DIAGNOSTIC TEST REQUEST DATE '…' to DIAGNOSTIC TEST DATE '…')". */
    private String interval(RecordNumbers r, Interval iv, int days) {
        int from = fields.date(iv.fromSlot());
        int to = fields.date(iv.toSlot());
        return iv.label() + " " + Messages.dayCount(days) + " (" + names.dd(from) + " '"
                + Messages.date(r.dates[iv.fromSlot()]) + "' to " + names.dd(to) + " '"
                + Messages.date(r.dates[iv.toSlot()]) + "')";
    }

    private Issue issue(RecordNumbers r, String code, int fromSlot, int toSlot, String message) {
        return new Issue(r.record, r.line, code, Severity.WARNING,
                List.of(names.name(fields.date(fromSlot)), names.name(fields.date(toSlot))),
                Messages.date(r.dates[fromSlot]), message);
    }

    private String codeItem(ExamCodes.Entry exam) {
        return names.name(exam.nicip() ? fields.nicip() : fields.snomed());
    }

    /** "IMAGING CODE (NICIP) 'XDEXA' (bone densitometry)". */
    String exam(ExamCodes.Entry exam, PlausibilityRow row) {
        String item = names.dd(exam.nicip() ? fields.nicip() : fields.snomed());
        return item + " '" + exam.text() + "' (" + row.examination() + ")";
    }

    private static String genderWord(String g) {
        return switch (g) {
            case "1" -> "male";
            case "2" -> "female";
            default -> "not known";
        };
    }
}
