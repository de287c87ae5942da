package org.didworkbench.sample;

import static org.didworkbench.domain.rules.did.DidV1Items.DIAGNOSTIC_TEST_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.DIAGNOSTIC_TEST_REQUEST_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.DIAG_TEST_REQUEST_REC_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.ETHNIC_CATEGORY;
import static org.didworkbench.domain.rules.did.DidV1Items.IMAGING_CODE_NICIP;
import static org.didworkbench.domain.rules.did.DidV1Items.IMAGING_CODE_SNOMED;
import static org.didworkbench.domain.rules.did.DidV1Items.NHS_NUMBER;
import static org.didworkbench.domain.rules.did.DidV1Items.NHS_NUMBER_STATUS_IND;
import static org.didworkbench.domain.rules.did.DidV1Items.PATIENT_SOURCE_SETTING;
import static org.didworkbench.domain.rules.did.DidV1Items.PERSON_BIRTH_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.PERSON_GENDER_CODE;
import static org.didworkbench.domain.rules.did.DidV1Items.POSTCODE;
import static org.didworkbench.domain.rules.did.DidV1Items.RADIOLOGICAL_ACCESSION_NUM;
import static org.didworkbench.domain.rules.did.DidV1Items.REFERRER;
import static org.didworkbench.domain.rules.did.DidV1Items.SERVICE_REPORT_DATE;
import static org.didworkbench.domain.rules.did.DidV1Items.SITE_CODE_IMAGING;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Turns a clean record into one carrying a single {@link Problem}. Changes to dates, codes and
 * organisations are made on the draft ({@link #change}); changes to how a value is written are
 * made on the text fields ({@link #mangle}). Not thread-safe.
 */
final class ProblemInjector {
    private static final int[] DATE_FIELDS = {PERSON_BIRTH_DATE, DIAGNOSTIC_TEST_REQUEST_DATE,
            DIAG_TEST_REQUEST_REC_DATE, DIAGNOSTIC_TEST_DATE, SERVICE_REPORT_DATE};
    private static final String[] BAD_REFERRERS = {"G12345678", "GP123456", "UNKNOWN"};
    /** Long enough to look slow for an X-ray, short enough to stay inside the 28-day reporting standard. */
    static final int SLOW_XRAY_REPORT_DAYS = 27;
    static final int LONG_WAIT_DAYS = 400;

    private final SyntheticWorld world;
    private final RecordMaker maker;
    private final SplittableRandom rng;
    private final int monthStart;
    private final int submission;
    private final YearMonth submissionMonth;

    ProblemInjector(SyntheticWorld world, RecordMaker maker, GeneratorOptions options, SplittableRandom rng) {
        this.world = world;
        this.maker = maker;
        this.rng = rng;
        this.monthStart = (int) options.activityMonth().atDay(1).toEpochDay();
        this.submission = (int) options.submissionDate().toEpochDay();
        this.submissionMonth = YearMonth.from(options.submissionDate());
    }

    /** Changes the values of the draft for problems about dates, codes and organisations. */
    void change(Problem p, RecordDraft d) {
        switch (p) {
            case REQUEST_AFTER_TEST -> d.request = d.test + 1 + rng.nextInt(10);
            case REPORT_BEFORE_TEST -> {
                d.report = d.test - 1 - rng.nextInt(3);
                // only the report is out of order: request and received stay on or before it
                d.received = Math.min(d.received, d.report);
                d.request = Math.min(d.request, d.received);
            }
            case TEST_FIVE_MONTHS_OLD -> moveTestBack(d, 5);
            case TEST_EIGHT_MONTHS_OLD -> moveTestBack(d, 8);
            case TEST_IN_FUTURE -> {
                d.shift(submission + 1 + rng.nextInt(20) - d.test);
                d.report = RecordDraft.NO_DATE;
            }
            case PRACTICE_CLOSED -> {
                d.practice = SyntheticWorld.CLOSED_PRACTICE;
                // so the closed practice is not also reported as a closed referring organisation
                d.referringOrg = SyntheticWorld.TRUST_CODE;
            }
            case SITE_CLOSED -> {
                d.site = SyntheticWorld.CLOSED_SITE;
                d.accession = maker.nextAccession(d.site);
            }
            case NICIP_RECENTLY_RETIRED -> nicipOnly(d, world.recentlyRetired());
            case NICIP_LONG_RETIRED -> nicipOnly(d, world.longRetired());
            case NICIP_NOT_IN_TABLE, SNOMED_BAD_CHECK_DIGIT, NICIP_SNOMED_MISMATCH -> {
                d.withNicip = true;
                d.withSnomed = true;
            }
            case OUTLIER_LONG_WAIT -> {
                d.request = d.test - LONG_WAIT_DAYS;
                d.received = d.request + rng.nextInt(4);
            }
            case OUTLIER_SLOW_XRAY_REPORT -> slowXray(d);
            case OUTLIER_DEXA_CHILD -> {
                d.code = world.row("XDEXA");
                d.birth = maker.birthForAge(d.test, 3);
            }
            case OUTLIER_OBSTETRIC_MALE -> {
                d.code = world.row("UOBST");
                d.gender = "1";
            }
            default -> {
                // the problem is in how a value is written: see mangle
            }
        }
        int earliestReferral = Math.min(d.request, d.received);
        if (d.birth > earliestReferral) {
            // moving dates must not make the patient born after the referral (a second problem)
            d.birth = maker.birthForAge(earliestReferral, 1);
        }
    }

    /**
     * Changes how values are written. Returns the fields to write: the same array, or a shorter or
     * longer one for the wrong-field-count problems.
     *
     * @param lastClean the fields of the most recent clean record, for the duplicate accession
     */
    String[] mangle(Problem p, String[] f, RecordDraft d, String[] lastClean) {
        switch (p) {
            case NHS_NUMBER_BAD_CHECK_DIGIT -> f[NHS_NUMBER] = wrongLastDigit(f[NHS_NUMBER]);
            case NHS_NUMBER_NINE_DIGITS -> f[NHS_NUMBER] = f[NHS_NUMBER].substring(0, 9);
            case NHS_STATUS_NO_LEADING_ZERO -> f[NHS_NUMBER_STATUS_IND] = f[NHS_NUMBER_STATUS_IND].substring(1);
            case DATE_WITH_SLASHES -> {
                int i = someDate(f);
                LocalDate x = LocalDate.parse(f[i]);
                f[i] = two(x.getDayOfMonth()) + "/" + two(x.getMonthValue()) + "/" + x.getYear();
            }
            case DATE_WITHOUT_SEPARATORS -> {
                int i = someDate(f);
                f[i] = f[i].replace("-", "");
            }
            case IMPOSSIBLE_CALENDAR_DATE -> {
                LocalDate t = LocalDate.ofEpochDay(d.test);
                // the day after the month's last: 2026-09-31, or 2026-10-32 in a 31-day month
                f[DIAGNOSTIC_TEST_DATE] = f[DIAGNOSTIC_TEST_DATE].substring(0, 8) + (t.lengthOfMonth() + 1);
            }
            case POSTCODE_WITHOUT_SPACE -> f[POSTCODE] = f[POSTCODE].replace(" ", "");
            case POSTCODE_NOT_IN_DIRECTORY -> f[POSTCODE] = pick(world.unknownPostcodes().toArray(String[]::new));
            case ETHNIC_CATEGORY_LOWER_CASE -> f[ETHNIC_CATEGORY] =
                    "99".equals(f[ETHNIC_CATEGORY]) ? "a" : f[ETHNIC_CATEGORY].toLowerCase(Locale.ROOT);
            case GENDER_AS_LETTER -> f[PERSON_GENDER_CODE] = "2".equals(f[PERSON_GENDER_CODE]) ? "F" : "M";
            case SOURCE_SETTING_BLANK -> f[PATIENT_SOURCE_SETTING] = "";
            case SOURCE_SETTING_NO_LEADING_ZERO ->
                    f[PATIENT_SOURCE_SETTING] = f[PATIENT_SOURCE_SETTING].substring(1);
            case SITE_BLANK -> f[SITE_CODE_IMAGING] = "";
            case SITE_TRUST_CODE -> f[SITE_CODE_IMAGING] = SyntheticWorld.TRUST_CODE;
            case ACCESSION_TOO_LONG -> f[RADIOLOGICAL_ACCESSION_NUM] += "-ADDENDUM01";
            case DUPLICATE_ACCESSION -> {
                f[SITE_CODE_IMAGING] = lastClean[SITE_CODE_IMAGING];
                f[RADIOLOGICAL_ACCESSION_NUM] = lastClean[RADIOLOGICAL_ACCESSION_NUM];
            }
            case REFERRER_BAD_FORMAT -> f[REFERRER] = pick(BAD_REFERRERS);
            case NICIP_NOT_IN_TABLE -> {
                f[IMAGING_CODE_NICIP] = pick(world.unknownNicipCodes().toArray(String[]::new));
                f[IMAGING_CODE_SNOMED] = "";
            }
            case SNOMED_BAD_CHECK_DIGIT -> {
                f[IMAGING_CODE_NICIP] = "";
                f[IMAGING_CODE_SNOMED] = wrongLastDigit(f[IMAGING_CODE_SNOMED]);
            }
            case NICIP_SNOMED_MISMATCH -> f[IMAGING_CODE_SNOMED] = otherModalityConcept(d);
            case WHITESPACE_AROUND_VALUES -> pad(f);
            case SEVENTEEN_FIELDS -> {
                return Arrays.copyOf(f, 17);
            }
            case NINETEEN_FIELDS -> {
                String[] g = Arrays.copyOf(f, 19);
                g[18] = "";
                return g;
            }
            default -> {
                // the problem was made in change
            }
        }
        return f;
    }

    private void moveTestBack(RecordDraft d, int months) {
        YearMonth target = submissionMonth.minusMonths(months);
        int day = Math.min(LocalDate.ofEpochDay(d.test).getDayOfMonth(), target.lengthOfMonth());
        d.shift((int) target.atDay(day).toEpochDay() - d.test);
    }

    private void slowXray(RecordDraft d) {
        d.code = maker.pickCode(Modality.PLAIN_RADIOGRAPHY, d.ageAtTest(), d.gender);
        int latestTest = submission - SLOW_XRAY_REPORT_DAYS;
        if (d.test > latestTest && latestTest >= monthStart) {
            // test early enough in the month that the late report is still before submission
            d.shift(monthStart + rng.nextInt(latestTest - monthStart + 1) - d.test);
        }
        d.report = d.test + SLOW_XRAY_REPORT_DAYS;
    }

    private static void nicipOnly(RecordDraft d, SyntheticWorld.ImagingCode code) {
        d.code = code;
        d.withNicip = true;
        d.withSnomed = false;
    }

    private String otherModalityConcept(RecordDraft d) {
        Modality[] all = Modality.values();
        Modality other = all[(d.code.modality().ordinal() + 1 + rng.nextInt(all.length - 1)) % all.length];
        return world.currentCodes(other).get(0).sctId();
    }

    private int someDate(String[] f) {
        while (true) {
            int i = DATE_FIELDS[rng.nextInt(DATE_FIELDS.length)];
            if (!f[i].isEmpty()) {
                return i;
            }
        }
    }

    private void pad(String[] f) {
        int[] candidates = new int[f.length];
        int n = 0;
        for (int i = 0; i < f.length; i++) {
            if (!f[i].isEmpty()) {
                candidates[n++] = i;
            }
        }
        int k = 1 + rng.nextInt(3);
        for (int j = 0; j < k; j++) {
            // partial Fisher-Yates: each chosen field is padded once
            int pick = j + rng.nextInt(n - j);
            int i = candidates[pick];
            candidates[pick] = candidates[j];
            candidates[j] = i;
            int how = rng.nextInt(3);
            f[i] = (how == 1 ? "" : " ") + f[i] + (how == 0 ? "" : " ");
        }
    }

    private String wrongLastDigit(String digits) {
        int last = digits.charAt(digits.length() - 1) - '0';
        return digits.substring(0, digits.length() - 1) + (last + 1 + rng.nextInt(9)) % 10;
    }

    private String pick(String[] values) {
        return values[rng.nextInt(values.length)];
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
