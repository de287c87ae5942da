package org.didworkbench.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.didworkbench.sample.SyntheticWorld.ImagingCode;
import org.didworkbench.sample.SyntheticWorld.Organisation;

/**
 * Makes clean records: every value valid, every code in the synthetic reference files, every date
 * in order and in the activity month. Holds a small ring of recent patients so some patients have
 * several examinations, and per-site accession counters; everything else is drawn fresh, so
 * memory stays constant however many records are made. Not thread-safe.
 */
final class RecordMaker {
    private static final int RECENT_PATIENTS = 64;
    private static final int REUSE_PERCENT = 12;
    private static final int GPS_PER_PRACTICE = 5;
    private static final String GP_FIRST_DIGITS = "1234589"; // GMP codes never start G6 or G7
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUWXY";

    /** Test to report, per modality: rows of {percent, min days, max days}. */
    private static final Map<Modality, int[][]> REPORT_BANDS = new EnumMap<>(Map.of(
            Modality.PLAIN_RADIOGRAPHY, new int[][] {{50, 0, 0}, {35, 1, 3}, {15, 4, 7}},
            Modality.CT, new int[][] {{60, 0, 0}, {30, 1, 2}, {10, 3, 7}},
            Modality.MRI, new int[][] {{20, 0, 0}, {35, 1, 3}, {35, 4, 7}, {10, 8, 14}},
            Modality.ULTRASOUND, new int[][] {{85, 0, 0}, {15, 1, 2}},
            Modality.FLUOROSCOPY, new int[][] {{60, 0, 0}, {40, 1, 3}},
            Modality.NUCLEAR_MEDICINE, new int[][] {{30, 0, 0}, {50, 1, 3}, {20, 4, 7}}));

    /** A patient's demographic values, reused across a few of their examinations. */
    record Patient(String nhsNumber, String status, int birth, String ethnic, String gender, String postcode,
                   int practice) {
    }

    private final SyntheticWorld world;
    private final SplittableRandom rng;
    private final int monthStart;
    private final int submission;
    private final Weighted<Integer> testDays;
    private final Weighted<String> sourceSettings = new Weighted<>(
            List.of("01", "02", "03", "04", "05", "06", "07"), 10, 3, 28, 32, 20, 4, 3);
    private final Weighted<Modality> modalities = new Weighted<>(
            List.of(Modality.PLAIN_RADIOGRAPHY, Modality.ULTRASOUND, Modality.CT, Modality.MRI,
                    Modality.FLUOROSCOPY, Modality.NUCLEAR_MEDICINE), 56, 21, 12, 8, 2, 1);
    /** A&E sends almost only X-ray, CT and some ultrasound. */
    private final Weighted<Modality> emergencyModalities = new Weighted<>(
            List.of(Modality.PLAIN_RADIOGRAPHY, Modality.CT, Modality.ULTRASOUND), 75, 20, 5);
    private final Weighted<String> ethnicities = new Weighted<>(
            List.of("A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z", "99"),
            620, 15, 50, 8, 5, 6, 8, 30, 30, 10, 15, 10, 20, 5, 6, 15, 60, 77);
    private final Weighted<String> genders = new Weighted<>(List.of("1", "2", "0", "9"), 465, 525, 5, 5);
    private final Weighted<String> statuses = new Weighted<>(List.of("01", "02", "03"), 960, 30, 10);
    /** Age bands {from, to}: imaging patients are older than the population. */
    private final Weighted<int[]> ageBands = new Weighted<>(
            List.of(new int[] {1, 17}, new int[] {18, 39}, new int[] {40, 64}, new int[] {65, 79},
                    new int[] {80, 95}), 8, 20, 34, 26, 12);
    private final Map<Modality, Weighted<ImagingCode>> codes = new EnumMap<>(Modality.class);
    private final Weighted<Integer> practices;
    private final Weighted<Organisation> sites;
    private final String[][] gps;
    private final String[] consultants = new String[120];
    private final String[] nurses = new String[30];
    private final Map<String, int[]> accessionCounters = new HashMap<>();
    private final Patient[] recent = new Patient[RECENT_PATIENTS];
    private int recentCount;

    RecordMaker(SyntheticWorld world, GeneratorOptions options, SplittableRandom rng) {
        this.world = world;
        this.rng = rng;
        LocalDate first = options.activityMonth().atDay(1);
        this.monthStart = (int) first.toEpochDay();
        this.submission = (int) options.submissionDate().toEpochDay();
        int length = options.activityMonth().lengthOfMonth();
        List<Integer> days = new java.util.ArrayList<>();
        int[] dayWeights = new int[length];
        for (int d = 0; d < length; d++) {
            days.add(d);
            DayOfWeek dow = first.plusDays(d).getDayOfWeek();
            // scanners run at weekends for A&E and inpatients, at about 40 % of weekday volume
            dayWeights[d] = dow == DayOfWeek.SATURDAY ? 9 : dow == DayOfWeek.SUNDAY ? 7 : 20;
        }
        this.testDays = new Weighted<>(days, dayWeights);
        for (Modality m : Modality.values()) {
            codes.put(m, new Weighted<>(world.currentCodes(m), ImagingCode::weight));
        }
        List<Organisation> ps = world.practices();
        this.practices = new Weighted<>(java.util.stream.IntStream.range(0, ps.size()).boxed().toList(),
                i -> ps.get(i).weight());
        this.sites = new Weighted<>(world.sites(), Organisation::weight);
        this.gps = new String[ps.size()][GPS_PER_PRACTICE];
        for (String[] practiceGps : gps) {
            for (int k = 0; k < GPS_PER_PRACTICE; k++) {
                practiceGps[k] = "G" + GP_FIRST_DIGITS.charAt(rng.nextInt(7)) + digits(6);
            }
        }
        for (int i = 0; i < consultants.length; i++) {
            consultants[i] = "C" + (1 + rng.nextInt(7)) + digits(6);
        }
        for (int i = 0; i < nurses.length; i++) {
            nurses[i] = digits(2) + letter() + digits(4) + letter();
        }
    }

    /**
     * A clean record.
     *
     * @param sharePatients true to let the record reuse (and be remembered as) a recent patient;
     *                      problem records pass false so a change to, say, a birth date never
     *                      leaves one NHS number with two birth dates
     */
    RecordDraft make(boolean sharePatients) {
        RecordDraft d = new RecordDraft();
        d.sourceSetting = sourceSettings.pick(rng);
        Modality modality = ("05".equals(d.sourceSetting) ? emergencyModalities : modalities).pick(rng);
        d.test = monthStart + testDays.pick(rng);
        d.received = d.test - receivedToTest(modality, d.sourceSetting);
        int r = rng.nextInt(100);
        d.request = d.received - (r < 50 ? 0 : r < 80 ? 1 : r < 92 ? 2 : 3);
        int report = d.test + reportDays(modality);
        // not yet reported when the extract was taken
        d.report = report > submission ? RecordDraft.NO_DATE : report;

        Patient p = sharePatients ? recentPatient(d.request) : null;
        if (p == null) {
            p = newPatient(d.test);
            if (sharePatients) {
                recent[recentCount < RECENT_PATIENTS ? recentCount++ : rng.nextInt(RECENT_PATIENTS)] = p;
            }
        }
        d.nhsNumber = p.nhsNumber();
        d.status = p.status();
        d.birth = p.birth();
        d.ethnic = p.ethnic();
        d.gender = p.gender();
        d.postcode = p.postcode();
        Organisation practice = world.practices().get(p.practice());
        d.practice = practice.code();

        if ("04".equals(d.sourceSetting)) {
            d.referrer = gps[p.practice()][rng.nextInt(GPS_PER_PRACTICE)];
            d.referringOrg = practice.code();
        } else {
            d.referrer = "07".equals(d.sourceSetting) ? nurses[rng.nextInt(nurses.length)]
                    : consultants[rng.nextInt(consultants.length)];
            d.referringOrg = SyntheticWorld.TRUST_CODE;
        }

        d.code = pickCode(modality, d.ageAtTest(), d.gender);
        int form = rng.nextInt(100);
        d.withNicip = form < 90;
        d.withSnomed = form >= 45;
        Organisation site = sites.pick(rng);
        d.site = site.code();
        d.accession = nextAccession(site.code());
        return d;
    }

    /** A current code of the modality that suits the patient (falls back to the modality's first code). */
    ImagingCode pickCode(Modality m, int age, String gender) {
        ImagingCode c = codes.get(m).pick(rng);
        return c.eligible(age, gender) ? c : world.currentCodes(m).get(0);
    }

    /** The next accession number at a site: site code, hyphen, seven digits. */
    String nextAccession(String site) {
        int n = ++accessionCounters.computeIfAbsent(site, s -> new int[1])[0];
        StringBuilder sb = new StringBuilder(site.length() + 8).append(site).append('-');
        String num = Integer.toString(n);
        for (int i = num.length(); i < 7; i++) {
            sb.append('0');
        }
        return sb.append(num).toString();
    }

    /** A birth date (epoch day) that makes the patient this old on the given day. */
    int birthForAge(int day, int ageYears) {
        return (int) LocalDate.ofEpochDay(day).minusYears(ageYears).minusDays(rng.nextInt(365)).toEpochDay();
    }

    /** A new valid NHS number in the 999 test range. */
    String nhsNumber() {
        while (true) {
            String stem = "999" + digits(6);
            int check = CheckDigits.nhsCheckDigit(stem);
            if (check != 10) {
                return stem + check;
            }
        }
    }

    private Patient recentPatient(int request) {
        if (recentCount == 0 || rng.nextInt(100) >= REUSE_PERCENT) {
            return null;
        }
        Patient p = recent[rng.nextInt(recentCount)];
        return p.birth() <= request ? p : null;
    }

    private Patient newPatient(int test) {
        int practice = practices.pick(rng);
        Area area = world.practices().get(practice).area();
        List<String> pcs = rng.nextInt(10) == 0 ? world.allPostcodes() : world.postcodes(area);
        int[] band = ageBands.pick(rng);
        int age = band[0] + rng.nextInt(band[1] - band[0] + 1);
        return new Patient(nhsNumber(), statuses.pick(rng), birthForAge(test, age), ethnicities.pick(rng),
                genders.pick(rng), pcs.get(rng.nextInt(pcs.size())), practice);
    }

    /**
     * Days from request received to test. A&E and inpatient examinations happen within two days;
     * the rest follow the modality: X-ray mostly the same day, CT a median of 17 days, MRI 21,
     * ultrasound and nuclear medicine 14, fluoroscopy 10, each with a long right tail.
     */
    private int receivedToTest(Modality m, String source) {
        if ("01".equals(source) || "05".equals(source)) {
            int r = rng.nextInt(100);
            return r < 80 ? 0 : r < 95 ? 1 : 2;
        }
        return switch (m) {
            case PLAIN_RADIOGRAPHY -> rng.nextInt(100) < 55 ? 0
                    : 1 + (int) Math.min(13, -3 * StrictMath.log(1 - rng.nextDouble()));
            case CT -> logNormal(17, 0.75, 180);
            case MRI -> logNormal(21, 0.75, 200);
            case ULTRASOUND, NUCLEAR_MEDICINE -> logNormal(14, 0.6, 120);
            case FLUOROSCOPY -> logNormal(10, 0.7, 120);
        };
    }

    private int reportDays(Modality m) {
        int r = rng.nextInt(100);
        for (int[] band : REPORT_BANDS.get(m)) {
            if (r < band[0]) {
                return band[1] + rng.nextInt(band[2] - band[1] + 1);
            }
            r -= band[0];
        }
        throw new IllegalStateException("report bands must add up to 100");
    }

    /** Whole days from a log-normal distribution; StrictMath so every machine draws the same days. */
    private int logNormal(double median, double sigma, int cap) {
        double u1 = 1 - rng.nextDouble();
        double u2 = rng.nextDouble();
        double z = StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
        return (int) Math.min(cap, Math.round(median * StrictMath.exp(sigma * z)));
    }

    private String digits(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) ('0' + rng.nextInt(10));
        }
        return new String(c);
    }

    private char letter() {
        return LETTERS.charAt(rng.nextInt(LETTERS.length()));
    }
}
