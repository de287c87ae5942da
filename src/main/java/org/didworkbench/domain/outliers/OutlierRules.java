package org.didworkbench.domain.outliers;

import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * The workbench's outlier and plausibility rules (all warnings, kind PLAUSIBILITY, never part of
 * the national verdict), described with the thresholds in force so the summary can list them.
 */
public final class OutlierRules {
    /** Request-to-test wait at or over the DM01 6-week standard: informational. */
    public static final String DM01 = "DQW-DM01-6WK";
    /** Report issued more than 28 days after the test (NHS England turnaround guidance): informational. */
    public static final String TURNAROUND = "DQW-TAT-28D";
    /** Age at test outside the plausible ages for the examination. */
    public static final String AGE_EXAM = "DQW-AGE-EXAM";
    /** Gender implausible for the examination (e.g. obstetric imaging for gender 1). */
    public static final String GENDER_EXAM = "DQW-GENDER-EXAM";
    /** Same patient, examination code, site and day under different accession numbers. */
    public static final String DUPLICATE_EXAM = "DQW-DUP-EXAM";
    /** A test date whose record count is far above the file's usual daily volume. */
    public static final String DAY_VOLUME = "DQW-DAY-VOLUME";
    /** A site and test date whose record count is far above that site's usual daily volume. */
    public static final String SITE_VOLUME = "DQW-SITE-VOLUME";

    private OutlierRules() {
    }

    /**
     * One DQW rule.
     *
     * @param code        the DQW code
     * @param fields      item names, the item the messages are about first
     * @param description one plain-English sentence
     */
    public record OutlierRule(String code, List<String> fields, String description) implements Rule {
        public OutlierRule {
            fields = List.copyOf(fields);
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public RuleKind kind() {
            return RuleKind.PLAUSIBILITY;
        }
    }

    /** Every rule code this package can raise, in catalogue order. */
    public static List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (Interval i : Interval.values()) {
            codes.add(i.code());
        }
        codes.addAll(List.of(DM01, TURNAROUND, AGE_EXAM, GENDER_EXAM, DUPLICATE_EXAM, DAY_VOLUME, SITE_VOLUME));
        return codes;
    }

    /**
     * The enabled rules with their descriptions.
     *
     * @param profile  supplies the item names
     * @param fields   where the items stand
     * @param settings the thresholds quoted in the descriptions; disabled rules are left out
     */
    public static List<Rule> catalogue(Profile profile, OutlierFields fields, OutlierSettings settings) {
        Names n = new Names(profile, fields);
        List<Rule> rules = new ArrayList<>();
        for (Interval i : Interval.values()) {
            int from = fields.date(i.fromSlot());
            int to = fields.date(i.toSlot());
            rules.add(new OutlierRule(i.code(), List.of(n.name(from), n.name(to)),
                    i.label() + " (" + n.dd(from) + " to " + n.dd(to) + ") far longer than is usual for the "
                            + "examination's modality in this file: more than " + settings.spreadMultiplier()
                            + " robust spreads above the median on a log-days scale"
                            + (settings.tailFactor() > 0 ? " or more than " + Messages.ratio(settings.tailFactor())
                            + " times (1 + the 95th percentile) days, whichever is less" : "")
                            + " (groups of at least " + settings.minGroupSize() + " waits), else more than "
                            + settings.limits(i).fixedLimitDays() + " days; never flagged at "
                            + settings.limits(i).minFlagDays() + " days or less."));
        }
        rules.add(new OutlierRule(DM01, List.of(n.name(fields.requestDate()), n.name(fields.testDate())),
                "Informational: " + n.dd(fields.requestDate()) + " to " + n.dd(fields.testDate()) + " is "
                        + Messages.weeks(settings.dm01Days()) + " or more (the DM01 standard is a wait of less than "
                        + "6 weeks)."));
        rules.add(new OutlierRule(TURNAROUND, List.of(n.name(fields.testDate()), n.name(fields.reportDate())),
                "Informational: " + n.dd(fields.reportDate()) + " is more than " + settings.reportTurnaroundDays()
                        + " days after " + n.dd(fields.testDate()) + " (NHS England reporting turnaround "
                        + "guidance: no examination should take longer than 4 weeks to report)."));
        List<String> exam = new ArrayList<>();
        exam.add(n.name(fields.birthDate()));
        exam.add(n.name(fields.testDate()));
        exam.addAll(n.codeNames());
        rules.add(new OutlierRule(AGE_EXAM, exam.stream().filter(s -> !s.isEmpty()).toList(),
                "Age at the test implausible for the examination, by the plausibility table "
                        + "(e.g. bone densitometry under 16, obstetric imaging outside 10 to 60, any examination "
                        + "over 110)."));
        List<String> gender = new ArrayList<>();
        gender.add(n.name(fields.gender()));
        gender.addAll(n.codeNames());
        rules.add(new OutlierRule(GENDER_EXAM, gender.stream().filter(s -> !s.isEmpty()).toList(),
                "Gender implausible for the examination, by the plausibility table (e.g. obstetric imaging "
                        + "for gender 1, male)."));
        List<String> dup = new ArrayList<>();
        dup.add(n.name(fields.accession()));
        dup.add(n.name(fields.nhsNumber()));
        dup.addAll(n.codeNames());
        dup.add(n.name(fields.site()));
        dup.add(n.name(fields.testDate()));
        rules.add(new OutlierRule(DUPLICATE_EXAM, dup.stream().filter(s -> !s.isEmpty()).toList(),
                "Likely duplicate: the same patient, examination code, " + n.dd(fields.site()) + " and "
                        + n.dd(fields.testDate()) + " under different " + n.dd(fields.accession()) + "s."));
        rules.add(new OutlierRule(DAY_VOLUME, List.of(n.name(fields.testDate())),
                "A " + n.dd(fields.testDate()) + " with more than " + settings.volumeSpikeFactor()
                        + " times the file's usual records for that kind of day (weekday or weekend), and at least "
                        + settings.volumeMinExcess() + " more; reported once, on the day's first record."));
        rules.add(new OutlierRule(SITE_VOLUME, List.of(n.name(fields.site()), n.name(fields.testDate())),
                "A " + n.dd(fields.site()) + " and " + n.dd(fields.testDate()) + " with more than "
                        + settings.volumeSpikeFactor() + " times that site's usual records for that kind of day, "
                        + "and at least " + settings.volumeMinExcess() + " more; reported once, on the first record."));
        return rules.stream().filter(r -> settings.enabled(r.code())).toList();
    }

    /** Item names and data dictionary names by index, blank for an item the profile lacks. */
    record Names(Profile profile, OutlierFields fields) {
        String name(int index) {
            return index < 0 ? "" : profile.items().get(index).name();
        }

        String dd(int index) {
            return index < 0 ? "" : profile.items().get(index).dataDictionaryName();
        }

        List<String> codeNames() {
            List<String> out = new ArrayList<>();
            if (fields.nicip() >= 0) {
                out.add(name(fields.nicip()));
            }
            if (fields.snomed() >= 0) {
                out.add(name(fields.snomed()));
            }
            return out;
        }
    }
}
