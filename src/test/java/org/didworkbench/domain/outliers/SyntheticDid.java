package org.didworkbench.domain.outliers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Clean synthetic DID v1 records drawn from realistic, skewed distributions, reproducible from a
 * seed. The model (documented in docs/outliers.md) mixes what makes real waits hard to judge:
 * same-day unscheduled work (A&amp;E, inpatients) beside planned work with log-normal waits, walk-in
 * GP X-rays, a planned test (DEXA) inside the X-ray letter, a long-wait tail from backlogs,
 * weekend lists, late records from earlier months, blank dates and more than one site.
 */
final class SyntheticDid {
    /** September 2026: the submission month's activity. */
    static final LocalDate MONTH = LocalDate.of(2026, 9, 1);

    /**
     * One kind of examination: its codes, share of the file, and its waits for planned work.
     *
     * @param codes         NICIP codes (the first letter gives the modality without the NICIP table)
     * @param share         share of records
     * @param unscheduled   share from A&amp;E and inpatients (same-day or next-day tests)
     * @param walkIn        share of planned work seen the same day (walk-in GP X-ray)
     * @param waitMedian    median days from received to test for planned work
     * @param waitSigma     log-scale spread of that wait
     * @param sameDayReport share reported the same day
     * @param reportMedian  median turnaround days for the rest
     * @param reportSigma   log-scale spread of that turnaround
     * @param minAge        youngest patient
     */
    record Exam(List<String> codes, double share, double unscheduled, double walkIn, double waitMedian,
                double waitSigma, double sameDayReport, double reportMedian, double reportSigma, int minAge) {
    }

    static final List<Exam> EXAMS = List.of(
            new Exam(List.of("XCHES", "XKNEB", "XLSPI", "XHANL", "XPELV"), 0.46, 0.50, 0.55, 4, 0.9, 0.55, 3,
                    1.0, 0),
            new Exam(List.of("XDEXA"), 0.015, 0.0, 0.0, 35, 0.6, 0.10, 5, 0.6, 40),
            new Exam(List.of("UABDO", "UPELV", "UTHYD", "UNECK"), 0.20, 0.20, 0.0, 21, 0.7, 0.90, 2, 0.7, 0),
            new Exam(List.of("CHEAD", "CCHES", "CABPE"), 0.14, 0.60, 0.0, 14, 0.7, 0.70, 2, 0.9, 0),
            new Exam(List.of("MBRAI", "MLSPI", "MKNEL"), 0.09, 0.15, 0.0, 21, 0.7, 0.20, 4, 0.8, 5),
            new Exam(List.of("FSWAL", "FHSAL"), 0.025, 0.30, 0.0, 21, 0.8, 0.60, 2, 0.8, 18),
            new Exam(List.of("NBONE", "NMYOC"), 0.015, 0.10, 0.0, 18, 0.7, 0.30, 2, 0.7, 18),
            new Exam(List.of("IABRLP", "ITCVCI"), 0.0297, 0.50, 0.0, 14, 0.8, 0.70, 2, 0.8, 18),
            new Exam(List.of("KCBMD"), 0.0003, 0.0, 0.0, 28, 0.6, 0.20, 5, 0.6, 12));

    static final List<String> SITES = List.of("RR801", "RR802", "RR813");

    private final Random random;
    private final NhsNumbers numbers = new NhsNumbers();
    private final List<String> seen = new ArrayList<>();
    private long accession;

    SyntheticDid(long seed) {
        this.random = new Random(seed);
    }

    /** The next clean record's fields. */
    String[] next() {
        Exam exam = pickExam();
        String code = exam.codes().get(random.nextInt(exam.codes().size()));
        LocalDate test = testDate();
        boolean unscheduled = random.nextDouble() < exam.unscheduled();
        String setting = unscheduled ? (random.nextBoolean() ? "05" : "01") : (random.nextDouble() < 0.5 ? "04" : "03");
        int wait = unscheduled ? unscheduledWait(setting) : plannedWait(exam);
        int lag = requestLag(unscheduled);
        LocalDate received = test.minusDays(wait);
        LocalDate request = received.minusDays(lag);
        Integer tat = random.nextDouble() < 0.02 ? null : turnaround(exam, unscheduled);
        int age = exam.minAge() + random.nextInt(Math.max(1, 95 - exam.minAge()));
        LocalDate birth = test.minusYears(age).minusDays(random.nextInt(365));
        String gender = random.nextDouble() < 0.01 ? "9" : random.nextBoolean() ? "1" : "2";
        double s = random.nextDouble();
        String site = s < 0.6 ? SITES.get(0) : s < 0.9 ? SITES.get(1) : SITES.get(2);
        return new String[] {
            patient(), "01", birth.toString(), "A", gender, "LS1 4HR", "B82005", setting, "G1234567", "B82005",
            request.toString(), random.nextDouble() < 0.1 ? "" : received.toString(), test.toString(), code, "",
            tat == null ? "" : test.plusDays(tat).toString(), site, "ACC" + (++accession)};
    }

    private Exam pickExam() {
        double u = random.nextDouble();
        double sum = 0;
        for (Exam e : EXAMS) {
            sum += e.share();
            if (u < sum) {
                return e;
            }
        }
        return EXAMS.get(0);
    }

    /** Weekdays weigh 1, weekends 0.35; 3% of records are late ones from the three months before. */
    private LocalDate testDate() {
        LocalDate start = random.nextDouble() < 0.03 ? MONTH.minusMonths(3) : MONTH;
        int span = start.equals(MONTH) ? 30 : 91;
        while (true) {
            LocalDate d = start.plusDays(random.nextInt(span));
            DayOfWeek w = d.getDayOfWeek();
            boolean weekend = w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
            if (!weekend || random.nextDouble() < 0.35) {
                return d;
            }
        }
    }

    private int unscheduledWait(String setting) {
        if (setting.equals("05")) {
            return random.nextDouble() < 0.95 ? 0 : 1;
        }
        double u = random.nextDouble();
        return u < 0.6 ? 0 : u < 0.9 ? 1 + random.nextInt(2) : logNormal(3, 0.7);
    }

    /** Log-normal waits, with a 2% backlog tail waiting about three times as long. */
    private int plannedWait(Exam e) {
        if (random.nextDouble() < e.walkIn()) {
            return 0;
        }
        double median = random.nextDouble() < 0.02 ? e.waitMedian() * 3 : e.waitMedian();
        return logNormal(median, e.waitSigma());
    }

    /** Most requests arrive the same day; some the next few days; a few by post. */
    private int requestLag(boolean unscheduled) {
        double u = random.nextDouble();
        if (unscheduled || u < 0.85) {
            return 0;
        }
        return u < 0.97 ? 1 + random.nextInt(3) : logNormal(5, 0.6);
    }

    private int turnaround(Exam e, boolean unscheduled) {
        double sameDay = unscheduled ? Math.max(e.sameDayReport(), 0.8) : e.sameDayReport();
        if (random.nextDouble() < sameDay) {
            return 0;
        }
        double median = random.nextDouble() < 0.02 ? e.reportMedian() * 3 : e.reportMedian();
        return Math.max(1, logNormal(median, e.reportSigma()));
    }

    private int logNormal(double median, double sigma) {
        return (int) Math.round(median * Math.exp(sigma * random.nextGaussian()));
    }

    /** A new patient, or (15%) one seen before: patients come back for other examinations. */
    private String patient() {
        if (!seen.isEmpty() && random.nextDouble() < 0.15) {
            return seen.get(random.nextInt(seen.size()));
        }
        String n = numbers.next();
        seen.add(n);
        return n;
    }
}
