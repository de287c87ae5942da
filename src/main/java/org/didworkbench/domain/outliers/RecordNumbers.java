package org.didworkbench.domain.outliers;

import java.time.LocalDate;
import java.util.Locale;

import org.didworkbench.domain.dataset.Text;
import org.didworkbench.domain.rules.RecordView;

/**
 * The numbers the outlier checks need from one record, and nothing else: dates as epoch days, the
 * exam code and site as dictionary ids, age and gender, and hashes for the duplicate check. A
 * mutable holder reused from record to record, so reading a record allocates nothing of its own.
 */
final class RecordNumbers {
    /** Marks a date that is blank or not a valid date. */
    static final int NO_DATE = Integer.MIN_VALUE;
    /** PATIENT SOURCE SETTING blank, invalid or not in the profile. */
    static final byte SETTING_UNKNOWN = 0;
    /** Inpatients (01) and A&amp;E (05): tested within a day or two of the request. */
    static final byte SETTING_UNSCHEDULED = 1;
    /** Day cases, outpatients, GP direct access, other providers, other (02, 03, 04, 06, 07): mostly booked. */
    static final byte SETTING_OTHER = 2;
    /** Marks an unknown age. */
    static final int NO_AGE = -1;

    int record;
    int line;
    final int[] dates = new int[OutlierFields.DATE_SLOTS];
    int code;
    int site;
    /** PERSON BIRTH DATE as an epoch day, or {@link #NO_DATE}. */
    int birth;
    byte gender;
    /** Setting class: {@link #SETTING_UNKNOWN}, {@link #SETTING_UNSCHEDULED} or {@link #SETTING_OTHER}. */
    byte setting;
    /** Patient identity hash: odd when from the NHS number, even when from birth date and postcode, 0 when none. */
    long patient;
    int accession;

    /** The interval in whole days, or -1 when a date is missing or the dates are in the wrong order. */
    int days(Interval interval) {
        int from = dates[interval.fromSlot()];
        int to = dates[interval.toSlot()];
        if (from == NO_DATE || to == NO_DATE || to < from) {
            return -1;
        }
        return to - from;
    }

    /** Reads a record's numbers; codes and sites are resolved through the dictionaries. */
    void read(RecordView view, OutlierFields f, ExamCodes codes, Sites sites) {
        long number = view.number();
        long physical = view.line();
        if (number > Integer.MAX_VALUE || physical > Integer.MAX_VALUE) {
            throw new IllegalStateException("Outlier analysis supports files of up to 2,147,483,647 lines");
        }
        record = (int) number;
        line = (int) physical;
        for (int slot = 0; slot < OutlierFields.DATE_SLOTS; slot++) {
            LocalDate d = view.date(f.date(slot));
            dates[slot] = d == null ? NO_DATE : (int) d.toEpochDay();
        }
        String nicip = f.nicip() < 0 ? null : view.value(f.nicip());
        String snomed = f.snomed() < 0 ? null : view.value(f.snomed());
        code = codes.id(nicip, snomed);
        site = sites.id(view.value(f.site()));
        LocalDate birth = f.birthDate() < 0 ? null : view.date(f.birthDate());
        this.birth = birth == null ? NO_DATE : (int) birth.toEpochDay();
        String g = f.gender() < 0 ? null : view.value(f.gender());
        gender = "1".equals(g) ? (byte) 1 : "2".equals(g) ? (byte) 2 : 0;
        setting = settingClass(f.setting() < 0 ? null : view.value(f.setting()));
        patient = patientHash(view, f, birth);
        String acc = f.accession() < 0 ? null : view.value(f.accession());
        long h = acc == null ? 0 : Hashing.mix(Hashing.fnv(Hashing.SEED, acc, false));
        accession = (int) (h ^ (h >>> 32));
    }

    static byte settingClass(String code) {
        if (code == null) {
            return SETTING_UNKNOWN;
        }
        return switch (code) {
            case "01", "05" -> SETTING_UNSCHEDULED;
            case "02", "03", "04", "06", "07" -> SETTING_OTHER;
            default -> SETTING_UNKNOWN;
        };
    }

    /** Completed years from birth to test, or {@link #NO_AGE} when either is unknown or birth is after the test. */
    int age() {
        int test = dates[OutlierFields.TEST];
        if (birth == NO_DATE || test == NO_DATE || birth > test) {
            return NO_AGE;
        }
        return age(LocalDate.ofEpochDay(birth), LocalDate.ofEpochDay(test));
    }

    /** Completed years from birth to a later day. */
    static int age(LocalDate birth, LocalDate day) {
        int years = day.getYear() - birth.getYear();
        if (day.getMonthValue() < birth.getMonthValue()
                || (day.getMonthValue() == birth.getMonthValue() && day.getDayOfMonth() < birth.getDayOfMonth())) {
            years--;
        }
        return years;
    }

    /**
     * The patient's identity for the duplicate check: the NHS number when present, else birth date
     * and postcode together (upper case, spaces ignored), else none. Hashed, never kept as text.
     */
    private static long patientHash(RecordView view, OutlierFields f, LocalDate birth) {
        String nhs = f.nhsNumber() < 0 ? null : view.value(f.nhsNumber());
        if (nhs != null) {
            long h = Hashing.mix(Hashing.fnv(Hashing.SEED, nhs, false)) | 1L;
            return h;
        }
        String postcode = f.postcode() < 0 ? null : view.value(f.postcode());
        if (birth == null || postcode == null || postcode.regionMatches(true, 0, "ZZ99", 0, 4)) {
            return 0;
        }
        long h = Hashing.fnv(Hashing.SEED, view.value(f.birthDate()), false);
        h = Hashing.fnv(h ^ '|', postcode, true);
        h = Hashing.mix(h) & ~1L;
        return h == 0 ? 2 : h;
    }

    /** Small non-allocating hashes: 64-bit FNV-1a with a finalising mix, as DuplicateTracker uses. */
    static final class Hashing {
        static final long SEED = 0xcbf29ce484222325L;

        private Hashing() {
        }

        /** Folds a string into an FNV-1a hash; with {@code squeeze}, white space is skipped and letters upper-cased. */
        static long fnv(long h, String s, boolean squeeze) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (squeeze) {
                    if (Text.isWhite(c)) {
                        continue;
                    }
                    c = Character.toUpperCase(c);
                }
                h ^= c;
                h *= 0x100000001b3L;
            }
            return h;
        }

        static long mix(long h) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h;
        }

        /** Combines the duplicate-check key parts into one well-spread hash. */
        static long key(long patient, int code, int site, int day) {
            long h = patient;
            h = mix(h ^ (((long) code << 32) | (site & 0xffffffffL)));
            h = mix(h ^ day);
            return h;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RecordNumbers[record=%d]", record);
    }
}
