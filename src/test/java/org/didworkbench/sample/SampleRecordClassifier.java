package org.didworkbench.sample;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * An independent reading of generated lines, for tests: works out from the text alone (and the
 * reference files as written to disk) which {@link Problem} a line carries. A line that breaks
 * anything not explained by exactly one problem is reported as {@code unexplained}, so clean
 * records are checked against every rule the generator promises to keep.
 *
 * <p>It deliberately re-implements modulus 11, Verhoeff and the DPS regexes from
 * did-reference.md instead of calling the generator's helpers.
 */
final class SampleRecordClassifier {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SLASHES = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
    private static final Pattern COMPACT = Pattern.compile("\\d{8}");
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}$");
    private static final Pattern POSTCODE_NO_SPACE = Pattern.compile("^[A-Z]{1,2}\\d[A-Z\\d]?\\d[A-Z]{2}$");
    /** DPS referrer formats, did-reference.md §1.4.6. */
    private static final Pattern REFERRER = Pattern.compile("^(?:[CDGS]\\d{1,7}|(?:CD|CH|DT|PH|SL)\\d{1,6}"
            + "|\\d{2}[A-Z]\\d{4}[A-Z]|Z[ENSW]\\d{6}"
            + "|H9999998|M9999998|R9999981|A9999998|P9999981|X9999998|N9999998)$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ETHNIC = Set.of("A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M",
            "N", "P", "R", "S", "Z", "99");
    private static final Set<String> STATUS = Set.of("01", "02", "03", "04", "05", "06", "07", "08");
    private static final Set<String> GENDER = Set.of("0", "1", "2", "9");
    private static final Set<String> SOURCE = Set.of("01", "02", "03", "04", "05", "06", "07");

    /** A NICIP table row as read from nicip.csv. */
    record Nicip(String code, String sct, LocalDate start, LocalDate end, String modality) {
        boolean activeOn(LocalDate d) {
            return !start.isAfter(d) && (end == null || !end.isBefore(d));
        }
    }

    /** What one line turned out to be. */
    record Result(Set<Problem> problems, List<String> unexplained) {
        boolean clean() {
            return problems.isEmpty() && unexplained.isEmpty();
        }
    }

    private final YearMonth activityMonth;
    private final LocalDate submission;
    private final Map<String, LocalDate> practiceClosed = new HashMap<>();
    private final Map<String, LocalDate> siteClosed = new HashMap<>();
    private final Set<String> postcodes = new HashSet<>();
    private final List<Nicip> nicip = new ArrayList<>();
    private final Set<String> seenAccessions = new HashSet<>();

    SampleRecordClassifier(Path referenceFolder, GeneratorOptions options) throws IOException {
        this.activityMonth = options.activityMonth();
        this.submission = options.submissionDate();
        for (CSVRecord r : read(referenceFolder.resolve("ods/epraccur.csv"), false)) {
            practiceClosed.put(r.get(0), r.get(11).isEmpty() ? null : LocalDate.parse(r.get(11),
                    java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        }
        for (CSVRecord r : read(referenceFolder.resolve("ods/ets.csv"), false)) {
            siteClosed.put(r.get(0), r.get(11).isEmpty() ? null : LocalDate.parse(r.get(11),
                    java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        }
        for (CSVRecord r : read(referenceFolder.resolve("postcodes/postcodes.csv"), true)) {
            postcodes.add(r.get("pcds"));
        }
        for (CSVRecord r : read(referenceFolder.resolve("nicip/nicip.csv"), true)) {
            nicip.add(new Nicip(r.get("SHORT_CODE"), r.get("SCT_ID"), LocalDate.parse(r.get("SHORT_CODE_START_DATE")),
                    r.get("SHORT_CODE_END_DATE").isEmpty() ? null : LocalDate.parse(r.get("SHORT_CODE_END_DATE")),
                    r.get("MODALITY")));
        }
    }

    private static List<CSVRecord> read(Path file, boolean header) throws IOException {
        CSVFormat format = header ? CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                : CSVFormat.DEFAULT;
        try (Reader r = Files.newBufferedReader(file)) {
            return format.parse(r).getRecords();
        }
    }

    /** Classifies the next line of a file; lines must be fed in file order (for duplicates). */
    Result classify(String line) {
        Set<Problem> p = EnumSet.noneOf(Problem.class);
        List<String> odd = new ArrayList<>();
        if (line.indexOf('"') >= 0) {
            odd.add("quoted value");
        }
        String[] f = line.split(",", -1);
        if (f.length == 17) {
            p.add(Problem.SEVENTEEN_FIELDS);
            return new Result(p, odd);
        }
        if (f.length == 19) {
            p.add(Problem.NINETEEN_FIELDS);
            return new Result(p, odd);
        }
        if (f.length != 18) {
            odd.add("field count " + f.length);
            return new Result(p, odd);
        }
        for (int i = 0; i < f.length; i++) {
            if (!f[i].equals(f[i].strip())) {
                p.add(Problem.WHITESPACE_AROUND_VALUES);
                f[i] = f[i].strip();
            }
        }
        patient(f, p, odd);
        LocalDate test = dates(f, p, odd);
        codes(f, test, p, odd);
        organisations(f, test, p, odd);
        return new Result(p, odd);
    }

    private void patient(String[] f, Set<Problem> p, List<String> odd) {
        String nhs = f[0];
        if (nhs.length() == 9 && nhs.startsWith("999")) {
            p.add(Problem.NHS_NUMBER_NINE_DIGITS);
        } else if (!nhs.matches("999\\d{7}")) {
            odd.add("NHS number shape");
        } else if (!mod11(nhs)) {
            p.add(Problem.NHS_NUMBER_BAD_CHECK_DIGIT);
        }
        if (f[1].length() == 1 && STATUS.contains("0" + f[1])) {
            p.add(Problem.NHS_STATUS_NO_LEADING_ZERO);
        } else if (!STATUS.contains(f[1])) {
            odd.add("status");
        }
        if (f[3].length() == 1 && Character.isLowerCase(f[3].charAt(0))
                && ETHNIC.contains(f[3].toUpperCase(java.util.Locale.ROOT))) {
            p.add(Problem.ETHNIC_CATEGORY_LOWER_CASE);
        } else if (!ETHNIC.contains(f[3])) {
            odd.add("ethnic category");
        }
        if (f[4].equals("M") || f[4].equals("F")) {
            p.add(Problem.GENDER_AS_LETTER);
        } else if (!GENDER.contains(f[4])) {
            odd.add("gender");
        }
        if (POSTCODE_NO_SPACE.matcher(f[5]).matches()) {
            p.add(Problem.POSTCODE_WITHOUT_SPACE);
            if (postcodes.stream().noneMatch(pc -> pc.replace(" ", "").equals(f[5]))) {
                odd.add("postcode without space is not a known one");
            }
        } else if (!POSTCODE.matcher(f[5]).matches()) {
            odd.add("postcode format");
        } else if (!postcodes.contains(f[5])) {
            p.add(Problem.POSTCODE_NOT_IN_DIRECTORY);
        }
    }

    /** Date checks; returns the test date when it is a valid ISO date. */
    private LocalDate dates(String[] f, Set<Problem> p, List<String> odd) {
        LocalDate[] d = new LocalDate[5];
        int[] idx = {2, 10, 11, 12, 15};
        for (int k = 0; k < 5; k++) {
            String s = f[idx[k]];
            if (s.isEmpty()) {
                if (k != 4) {
                    odd.add("blank date " + idx[k]);
                }
            } else if (SLASHES.matcher(s).matches()) {
                p.add(Problem.DATE_WITH_SLASHES);
            } else if (COMPACT.matcher(s).matches()) {
                p.add(Problem.DATE_WITHOUT_SEPARATORS);
            } else if (!ISO.matcher(s).matches()) {
                odd.add("date shape " + idx[k]);
            } else {
                try {
                    d[k] = LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    if (k == 3) {
                        p.add(Problem.IMPOSSIBLE_CALENDAR_DATE);
                    } else {
                        odd.add("impossible date " + idx[k]);
                    }
                }
            }
        }
        LocalDate birth = d[0];
        LocalDate request = d[1];
        LocalDate received = d[2];
        LocalDate test = d[3];
        LocalDate report = d[4];
        boolean requestAfterTest = request != null && test != null && request.isAfter(test);
        if (requestAfterTest) {
            p.add(Problem.REQUEST_AFTER_TEST);
        }
        if (report != null && test != null && report.isBefore(test)) {
            p.add(Problem.REPORT_BEFORE_TEST);
        }
        if (!requestAfterTest && request != null && received != null && request.isAfter(received)) {
            odd.add("request after received");
        }
        if (!requestAfterTest && request != null && report != null && request.isAfter(report)) {
            odd.add("request after report");
        }
        if (received != null && test != null && received.isAfter(test)) {
            odd.add("received after test");
        }
        if (received != null && report != null && received.isAfter(report)) {
            odd.add("received after report");
        }
        if (birth != null && (request != null && birth.isAfter(request) || received != null
                && birth.isAfter(received))) {
            odd.add("born after referral");
        }
        if (birth != null && birth.isBefore(LocalDate.of(1900, 1, 2))) {
            odd.add("born too early");
        }
        if (report != null && report.isAfter(submission) && test != null && !test.isAfter(submission)) {
            odd.add("report after submission");
        }
        if (test != null) {
            YearMonth tm = YearMonth.from(test);
            YearMonth sm = YearMonth.from(submission);
            if (test.isAfter(submission)) {
                p.add(Problem.TEST_IN_FUTURE);
                if (report != null) {
                    odd.add("future test with a report");
                }
            } else if (tm.equals(sm.minusMonths(5))) {
                p.add(Problem.TEST_FIVE_MONTHS_OLD);
            } else if (tm.equals(sm.minusMonths(8))) {
                p.add(Problem.TEST_EIGHT_MONTHS_OLD);
            } else if (!tm.equals(activityMonth)) {
                odd.add("test outside the activity month");
            }
            if (request != null && request.plusDays(365).isBefore(test)) {
                p.add(Problem.OUTLIER_LONG_WAIT);
            }
        }
        return test;
    }

    private void codes(String[] f, LocalDate test, Set<Problem> p, List<String> odd) {
        String code = f[13];
        String sct = f[14];
        Nicip row = null;
        if (code.isEmpty() && sct.isEmpty()) {
            odd.add("no imaging code");
        }
        if (!code.isEmpty()) {
            List<Nicip> rows = nicip.stream().filter(n -> n.code().equals(code)).toList();
            if (rows.isEmpty()) {
                p.add(Problem.NICIP_NOT_IN_TABLE);
            } else if (test != null) {
                row = rows.stream().filter(n -> n.activeOn(test)).findFirst().orElse(null);
                if (row == null) {
                    LocalDate end = rows.stream().map(Nicip::end).filter(e -> e != null)
                            .max(LocalDate::compareTo).orElseThrow();
                    p.add(end.plusMonths(6).isBefore(test) ? Problem.NICIP_LONG_RETIRED
                            : Problem.NICIP_RECENTLY_RETIRED);
                }
            }
        }
        if (!sct.isEmpty()) {
            if (!sct.matches("[1-9]\\d{5,17}") || !verhoeff(sct)) {
                p.add(Problem.SNOMED_BAD_CHECK_DIGIT);
            } else if (!sct.substring(sct.length() - 3, sct.length() - 1).equals("00")) {
                odd.add("SNOMED partition");
            } else if (row != null && !row.sct().equals(sct)) {
                p.add(Problem.NICIP_SNOMED_MISMATCH);
            } else if (test != null && nicip.stream().noneMatch(n -> n.sct().equals(sct) && n.activeOn(test))) {
                odd.add("SNOMED not active");
            } else if (row == null && test != null) {
                row = nicip.stream().filter(n -> n.sct().equals(sct) && n.activeOn(test)).findFirst().orElse(null);
            }
        }
        if (row != null && test != null) {
            outliers(f, row, test, p, odd);
        }
    }

    private void outliers(String[] f, Nicip row, LocalDate test, Set<Problem> p, List<String> odd) {
        LocalDate birth = ISO.matcher(f[2]).matches() ? safeDate(f[2]) : null;
        int age = birth == null ? -1 : Period.between(birth, test).getYears();
        if (row.code().equals("XDEXA") && age >= 0 && age < 18) {
            p.add(Problem.OUTLIER_DEXA_CHILD);
        } else if (row.code().equals("XDEXA") && age >= 0 && age < 40) {
            odd.add("bone density scan under 40");
        }
        if (row.code().equals("UOBST") && "1".equals(f[4])) {
            p.add(Problem.OUTLIER_OBSTETRIC_MALE);
        } else if (row.code().equals("UOBST") && age >= 0 && (age < 16 || age > 45)) {
            odd.add("obstetric ultrasound outside 16-45");
        }
        LocalDate report = ISO.matcher(f[15]).matches() ? safeDate(f[15]) : null;
        if (row.modality().equals("Plain radiography") && report != null && report.isAfter(test.plusDays(14))) {
            p.add(Problem.OUTLIER_SLOW_XRAY_REPORT);
        }
    }

    private void organisations(String[] f, LocalDate test, Set<Problem> p, List<String> odd) {
        String practice = f[6];
        if (!practiceClosed.containsKey(practice)) {
            odd.add("unknown practice");
        } else if (practiceClosed.get(practice) != null) {
            p.add(Problem.PRACTICE_CLOSED);
        }
        if (f[7].isEmpty()) {
            p.add(Problem.SOURCE_SETTING_BLANK);
        } else if (f[7].length() == 1 && SOURCE.contains("0" + f[7])) {
            p.add(Problem.SOURCE_SETTING_NO_LEADING_ZERO);
        } else if (!SOURCE.contains(f[7])) {
            odd.add("source setting");
        }
        if (!REFERRER.matcher(f[8]).matches()) {
            p.add(Problem.REFERRER_BAD_FORMAT);
        }
        String org = f[9];
        if (!org.equals("RZZ") && !(practiceClosed.containsKey(org) && practiceClosed.get(org) == null)) {
            odd.add("referring organisation");
        }
        String site = f[16];
        if (site.isEmpty()) {
            p.add(Problem.SITE_BLANK);
        } else if (site.equals("RZZ")) {
            p.add(Problem.SITE_TRUST_CODE);
        } else if (!siteClosed.containsKey(site)) {
            odd.add("unknown site");
        } else if (siteClosed.get(site) != null && test != null && siteClosed.get(site).isBefore(test)) {
            p.add(Problem.SITE_CLOSED);
        }
        String acc = f[17];
        if (acc.length() > 20) {
            p.add(Problem.ACCESSION_TOO_LONG);
        } else if (acc.isEmpty()) {
            odd.add("blank accession");
        }
        if (!seenAccessions.add(site + "|" + acc)) {
            p.add(Problem.DUPLICATE_ACCESSION);
        }
    }

    private static LocalDate safeDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean mod11(String nhs) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nhs.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == nhs.charAt(9) - '0';
    }

    private static final int[][] D = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
            {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
            {5, 9, 8, 7, 6, 0, 4, 3, 2, 1}, {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
            {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final String[] P = {"0123456789", "1576283094", "5803796142", "8916043527", "9453126870",
            "4286573901", "2793806415", "7046913258"};

    static boolean verhoeff(String s) {
        int c = 0;
        for (int i = 0; i < s.length(); i++) {
            int digit = s.charAt(s.length() - 1 - i) - '0';
            c = D[c][P[i % 8].charAt(digit) - '0'];
        }
        return c == 0;
    }
}
