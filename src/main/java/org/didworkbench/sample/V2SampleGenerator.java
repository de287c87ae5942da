package org.didworkbench.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.didworkbench.domain.dataset.UkClock;

/**
 * Writes a synthetic DIDS v2.0 submission in the layout of the provisional {@code dids-v2} profile:
 * a header row of its item names, then 21 comma-separated fields a record, LF line ends, UTF-8. Each
 * record starts as a clean DID v1 record of {@link RecordMaker} (same patients, referrals, codes and
 * sites as the v1 samples) and gains the v2 items: a priority type, an activity category, a clock start
 * date for waiting-list activity, and procedure start, end and report timestamps with the UK clock's
 * offset on their date ({@code +01:00} in British Summer Time, {@code Z} otherwise). A few records carry
 * one deliberate problem each ({@link V2Problem}, placed as the v1 generator places its problems).
 * The same options always give the same bytes.
 */
public final class V2SampleGenerator {
    /** The dids-v2 profile's item names, in file order (V2SampleTest checks them against the profile). */
    static final List<String> HEADER = List.of("NHS_NUMBER", "PERSON_BIRTH_DATE", "ETHNIC_CATEGORY",
            "PERSON_STATED_GENDER_CODE", "POSTCODE", "PRACTICE_CODE", "PATIENT_SOURCE_SETTING", "REFERRER",
            "REFERRING_ORG_CODE", "PRIORITY_TYPE", "ACTIVITY_CATEGORY", "CLOCK_START_DATE", "REQUEST_DATE",
            "REQUEST_RECEIVED_DATE", "CODED_PROCEDURE_NICIP", "CODED_PROCEDURE_SNOMED", "PROCEDURE_START",
            "PROCEDURE_END", "REPORT_ISSUE", "SITE_CODE_IMAGING", "RADIOLOGICAL_ACCESSION_NUM");
    private static final int NHS = 0;
    private static final int REFERRER = 7;
    private static final int PRIORITY = 9;
    private static final int CATEGORY = 10;
    private static final int CLOCK = 11;
    private static final int NICIP = 14;
    private static final int SNOMED = 15;
    private static final int START = 16;
    private static final int END = 17;
    private static final int REPORT = 18;
    private static final int SITE = 19;
    private static final int ACCESSION = 20;

    /** Minutes a procedure takes, per modality: {min, max}. */
    private static final Map<Modality, int[]> DURATION = new EnumMap<>(Map.of(
            Modality.PLAIN_RADIOGRAPHY, new int[] {5, 15}, Modality.CT, new int[] {10, 30},
            Modality.MRI, new int[] {20, 60}, Modality.ULTRASOUND, new int[] {10, 30},
            Modality.FLUOROSCOPY, new int[] {15, 45}, Modality.NUCLEAR_MEDICINE, new int[] {30, 90}));

    private V2SampleGenerator() {
    }

    /** What was written: the record count and the count of each deliberate problem (keys: {@link V2Problem} names). */
    public record Summary(long records, Map<String, Long> problems) {
    }

    /** The rule codes a problem is expected to raise (none for a default code the profile accepts). */
    public static List<String> expectedCodes(String problem) {
        String codes = V2Problem.valueOf(problem).expected();
        return codes.isEmpty() ? List.of() : List.of(codes.split("\\|"));
    }

    /** True when the problem marks two records: the duplicate and the record it copies. */
    public static boolean marksBothRecords(String problem) {
        return V2Problem.valueOf(problem) == V2Problem.DUPLICATE_ACCESSION;
    }

    /** October 2026 activity (British Summer Time ends on Sunday the 25th), submitted 2026-11-16. */
    public static GeneratorOptions defaults(long records) {
        return GeneratorOptions.defaults(records)
                .withActivity(java.time.YearMonth.of(2026, 10), LocalDate.of(2026, 11, 16));
    }

    /** Writes a v2 submission file, creating its folder when missing and replacing any file there. */
    public static Summary write(GeneratorOptions options, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
                1 << 16)) {
            return write(options, w);
        }
    }

    /** Writes a v2 submission to a writer, which is flushed but not closed. */
    public static Summary write(GeneratorOptions options, Writer out) throws IOException {
        SplittableRandom rng = new SplittableRandom(options.seed() ^ 0x2D1D5L);
        SyntheticWorld world = new SyntheticWorld();
        RecordMaker maker = new RecordMaker(world, options, rng);
        Schedule schedule = new Schedule(options.seed(), options.problems() == ProblemMix.REALISTIC);
        Map<String, Long> counts = new java.util.TreeMap<>();
        StringBuilder line = new StringBuilder(320);
        out.write(SampleGenerator.csvLine(line, HEADER.toArray(String[]::new)));
        String[] lastClean = null;
        for (long i = 0; i < options.records(); i++) {
            V2Problem p = schedule.at(i);
            RecordDraft d = maker.make(p == null);
            String[] f = fields(d, rng);
            if (p == null) {
                lastClean = f;
            } else {
                f = mangle(p, f, d, lastClean, world, rng);
                counts.merge(p.name(), 1L, Long::sum);
            }
            out.write(SampleGenerator.csvLine(line, f));
        }
        out.flush();
        return new Summary(options.records(), counts);
    }

    /** The v2 fields of a clean v1 draft. */
    static String[] fields(RecordDraft d, SplittableRandom rng) {
        String[] f = new String[HEADER.size()];
        f[NHS] = d.nhsNumber;
        f[1] = RecordDraft.iso(d.birth);
        f[2] = d.ethnic;
        f[3] = switch (d.gender) {
            case "0" -> "X";
            default -> d.gender;
        };
        f[4] = d.postcode;
        f[5] = d.practice;
        f[6] = d.sourceSetting;
        f[REFERRER] = d.referrer;
        f[8] = d.referringOrg;
        int p = rng.nextInt(100);
        f[PRIORITY] = p < 70 ? "1" : p < 92 ? "2" : "3";
        f[CATEGORY] = switch (d.sourceSetting) {
            case "01", "05" -> "03";
            case "02" -> "02";
            default -> rng.nextInt(100) < 85 ? "01" : "02";
        };
        f[CLOCK] = f[CATEGORY].equals("01") ? RecordDraft.iso(d.request) : "";
        f[12] = RecordDraft.iso(d.request);
        f[13] = RecordDraft.iso(d.received);
        f[NICIP] = d.withNicip ? d.code.nicip() : "";
        f[SNOMED] = d.withSnomed ? d.code.sctId() : "";
        LocalDateTime start = LocalDate.ofEpochDay(d.test).atTime(8, 0).plusMinutes(5L * rng.nextInt(144));
        int[] minutes = DURATION.get(d.code.modality());
        LocalDateTime end = start.plusMinutes(minutes[0] + rng.nextInt(minutes[1] - minutes[0] + 1));
        f[START] = ukTimestamp(start);
        f[END] = ukTimestamp(end);
        if (d.report == RecordDraft.NO_DATE) {
            f[REPORT] = "";
        } else {
            LocalDateTime report = d.report == d.test
                    ? end.plusMinutes(15 + rng.nextInt(166))
                    : LocalDate.ofEpochDay(d.report).atTime(8, 0).plusMinutes(rng.nextInt(600));
            if (!report.toLocalDate().equals(LocalDate.ofEpochDay(d.report))) {
                report = LocalDate.ofEpochDay(d.report).atTime(23, 59);
            }
            f[REPORT] = ukTimestamp(report);
        }
        f[SITE] = d.site;
        f[ACCESSION] = d.accession;
        return f;
    }

    /** A clock time with the UK offset in force then: +01:00 in BST, else Z. */
    static String ukTimestamp(LocalDateTime clock) {
        boolean bst = UkClock.offsetAt(clock.toInstant(ZoneOffset.ofHours(1))) == UkClock.BST;
        return write(clock) + (bst ? "+01:00" : "Z");
    }

    private static String write(LocalDateTime t) {
        return t.toLocalDate() + "T" + t.toLocalTime().withNano(0).format(
                java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    private static String[] mangle(V2Problem p, String[] f, RecordDraft d, String[] lastClean, SyntheticWorld world,
                                   SplittableRandom rng) {
        switch (p) {
            case NHS_NUMBER_BAD_CHECK_DIGIT -> {
                char last = f[NHS].charAt(9);
                f[NHS] = f[NHS].substring(0, 9) + (char) ('0' + (last - '0' + 1 + rng.nextInt(8)) % 10);
            }
            case START_WITHOUT_OFFSET -> f[START] = f[START].substring(0, 19);
            case START_OFFSET_PLUS_TWO -> f[START] = f[START].substring(0, 19) + "+02:00";
            case TIMESTAMPS_WRONG_SEASON -> {
                // a RIS that does not follow the clock change writes every timestamp with the other offset
                for (int t : new int[] {START, END, REPORT}) {
                    if (!f[t].isEmpty()) {
                        f[t] = f[t].substring(0, 19) + (f[t].endsWith("Z") ? "+01:00" : "Z");
                    }
                }
            }
            case REPORT_AS_DATE -> f[REPORT] = RecordDraft.iso(d.report == RecordDraft.NO_DATE ? d.test : d.report);
            case END_BEFORE_START -> {
                LocalDateTime start = LocalDateTime.parse(f[START].substring(0, 19));
                f[END] = ukTimestamp(start.minusMinutes(10 + rng.nextInt(50)));
            }
            case CLOCK_START_MISSING -> {
                f[CATEGORY] = "01";
                f[CLOCK] = "";
            }
            case PRIORITY_NOT_A_CODE -> f[PRIORITY] = "4";
            case CATEGORY_NO_LEADING_ZERO -> {
                f[CATEGORY] = f[CATEGORY].substring(1);
                f[CLOCK] = "";
            }
            case NICIP_LONG_RETIRED -> {
                f[NICIP] = world.longRetired().nicip();
                f[SNOMED] = "";
            }
            case NICIP_NOT_IN_TABLE -> {
                List<String> unknown = world.unknownNicipCodes();
                f[NICIP] = unknown.get(rng.nextInt(unknown.size()));
                f[SNOMED] = "";
            }
            case SNOMED_NOT_IN_TABLE -> {
                f[NICIP] = "";
                f[SNOMED] = CheckDigits.conceptId(990900 + rng.nextInt(90));
            }
            case NICIP_SNOMED_MISMATCH -> {
                SyntheticWorld.ImagingCode other = world.currentCodes(d.code.modality() == Modality.CT
                        ? Modality.MRI : Modality.CT).get(0);
                f[NICIP] = d.code.nicip();
                f[SNOMED] = other.sctId();
            }
            case NO_CODED_PROCEDURE -> {
                f[NICIP] = "";
                f[SNOMED] = "";
            }
            case DUPLICATE_ACCESSION -> {
                if (lastClean != null) {
                    f[SITE] = lastClean[SITE];
                    f[ACCESSION] = lastClean[ACCESSION];
                }
            }
            case NON_NHS_SITE_DEFAULT -> f[SITE] = "89999";
            case TWENTY_FIELDS -> {
                String[] g = new String[f.length - 1];
                System.arraycopy(f, 0, g, 0, REFERRER);
                System.arraycopy(f, REFERRER + 1, g, REFERRER, f.length - REFERRER - 1);
                return g;
            }
        }
        return f;
    }

    /** Places the problems: in each block of 1,000 records exactly {@link V2Problem#perThousand()} of each kind. */
    private static final class Schedule {
        private static final int BLOCK = 1000;
        private final long seed;
        private final boolean active;
        private final V2Problem[] slots = new V2Problem[BLOCK];
        private long loaded = -1;

        Schedule(long seed, boolean active) {
            this.seed = seed;
            this.active = active;
        }

        V2Problem at(long index) {
            if (!active) {
                return null;
            }
            long block = index / BLOCK;
            if (block != loaded) {
                int[] positions = new int[BLOCK];
                SplittableRandom rng = new SplittableRandom(seed * 31 + block + 2);
                for (int i = 0; i < BLOCK; i++) {
                    positions[i] = i;
                }
                for (int i = BLOCK - 1; i > 0; i--) {
                    int j = rng.nextInt(i + 1);
                    int t = positions[i];
                    positions[i] = positions[j];
                    positions[j] = t;
                }
                Arrays.fill(slots, null);
                int next = 0;
                for (V2Problem p : V2Problem.values()) {
                    for (int k = 0; k < p.perThousand(); k++) {
                        int at = positions[next++];
                        // the first record of a file is always clean, as in the v1 samples
                        slots[at == 0 && block == 0 ? positions[BLOCK - 1] : at] = p;
                    }
                }
                loaded = block;
            }
            return slots[(int) (index % BLOCK)];
        }
    }
}
