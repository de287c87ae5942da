package org.didworkbench.domain.history;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.didworkbench.domain.dataset.CodeValue;
import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.rules.RecordView;

/**
 * Counts records by site, patient source setting and month while a file is read: one call per
 * well-formed record, a few map updates each. Only values that are what the item says are kept as
 * they are: a site code must look like an organisation code and a patient source setting must be a
 * national code; anything else is counted under a bucket label, so a misplaced NHS number or
 * postcode never reaches the submission library.
 *
 * <p>Items are found by name: DID v1 and DIDS v2.0 names are known; a profile without one of them
 * simply gives no counts for it. Not thread-safe: one tally per file, fed from one thread.
 */
public final class ActivityTally {
    /** A blank value. */
    public static final String BLANK = "(blank)";
    /** A site value that does not look like an organisation site code. */
    public static final String NOT_A_SITE = "(not a site code)";
    /** A patient source setting that is not in the national code list. */
    public static final String NOT_A_CODE = "(not a valid code)";
    /** The sites beyond the {@link #MAX_SITES} largest, counted together. */
    public static final String OTHER_SITES = "(other sites)";
    /** Sites kept by name; a provider has a few dozen at most, more means the column holds something else. */
    public static final int MAX_SITES = 40;
    private static final int SITE_CACHE = 1024;

    private static final List<String> SITE_ITEMS = List.of("SITE_CODE_IMAGING");
    private static final List<String> SOURCE_ITEMS = List.of("PATIENT_SOURCE_SETTING");
    private static final List<String> TEST_ITEMS = List.of("DIAGNOSTIC_TEST_DATE", "PROCEDURE_START");
    private static final List<String> REQUEST_ITEMS = List.of("DIAGNOSTIC_TEST_REQUEST_DATE", "REQUEST_DATE");
    /** ODS site codes are letters and digits; DPS accepts 5-12, the XML schema 3-12 (did-reference.md §1.12). */
    private static final Pattern SITE = Pattern.compile("[A-Z0-9]{3,12}");
    private static final Pattern NHS_NUMBER = Pattern.compile("\\d{10}");
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}");

    private final int site;
    private final int source;
    private final int test;
    private final int request;
    private final Set<String> sourceCodes;
    /** Site values already judged: a file has a few dozen, so each is matched against the patterns once. */
    private final Map<String, String> siteKeys = new HashMap<>();
    private final Map<String, long[]> sites = new HashMap<>();
    private final Map<String, long[]> sources = new HashMap<>();
    private final Map<YearMonth, long[]> testMonths = new HashMap<>();
    private final Map<YearMonth, long[]> requestMonths = new HashMap<>();

    private ActivityTally(Profile profile) {
        this.site = find(profile, SITE_ITEMS);
        this.source = find(profile, SOURCE_ITEMS);
        this.test = find(profile, TEST_ITEMS);
        this.request = find(profile, REQUEST_ITEMS);
        this.sourceCodes = source < 0 ? Set.of() : profile.items().get(source).codes().stream()
                .map(CodeValue::code).collect(Collectors.toUnmodifiableSet());
    }

    /** A tally for records of {@code profile}. */
    public static ActivityTally forProfile(Profile profile) {
        return new ActivityTally(profile);
    }

    private static int find(Profile profile, List<String> names) {
        List<DataItem> items = profile.items();
        for (String name : names) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).name().equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Counts one well-formed record. */
    public void observe(RecordView view) {
        if (site >= 0) {
            add(sites, cachedSiteKey(view.value(site)));
        }
        if (source >= 0) {
            String v = view.value(source);
            add(sources, v == null ? BLANK : sourceCodes.contains(v) ? v : NOT_A_CODE);
        }
        if (test >= 0) {
            month(testMonths, view.day(test));
        }
        if (request >= 0) {
            month(requestMonths, view.day(request));
        }
    }

    private String cachedSiteKey(String value) {
        if (value == null) {
            return BLANK;
        }
        String key = siteKeys.get(value);
        if (key == null) {
            key = siteKey(value);
            if (siteKeys.size() < SITE_CACHE) { // a column of other values (a shifted file) must not fill memory
                siteKeys.put(value, key);
            }
        }
        return key;
    }

    /** The bucket a site value is counted under: the code in capitals, or a bucket label. */
    static String siteKey(String value) {
        if (value == null) {
            return BLANK;
        }
        String v = value.toUpperCase(Locale.ROOT);
        if (!SITE.matcher(v).matches() || NHS_NUMBER.matcher(v).matches() || POSTCODE.matcher(v).matches()) {
            return NOT_A_SITE;
        }
        return v;
    }

    private static <K> void add(Map<K, long[]> counts, K key) {
        counts.computeIfAbsent(key, k -> new long[1])[0]++;
    }

    private static void month(Map<YearMonth, long[]> counts, LocalDate day) {
        if (day != null) {
            add(counts, YearMonth.from(day));
        }
    }

    /** The counts so far. */
    public ActivityCounts counts() {
        return new ActivityCounts(capSites(plain(sites)), plain(sources), plain(testMonths), plain(requestMonths));
    }

    private static <K> Map<K, Long> plain(Map<K, long[]> counts) {
        Map<K, Long> out = new HashMap<>();
        counts.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    private static Map<String, Long> capSites(Map<String, Long> all) {
        long named = all.keySet().stream().filter(k -> !k.startsWith("(")).count();
        if (named <= MAX_SITES) {
            return all;
        }
        Map<String, Long> out = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> codes = all.entrySet().stream().filter(e -> !e.getKey().startsWith("("))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        for (int i = 0; i < codes.size(); i++) {
            Map.Entry<String, Long> e = codes.get(i);
            if (i < MAX_SITES) {
                out.put(e.getKey(), e.getValue());
            } else {
                out.merge(OTHER_SITES, e.getValue(), Long::sum);
            }
        }
        all.forEach((k, v) -> {
            if (k.startsWith("(")) {
                out.merge(k, v, Long::sum);
            }
        });
        return out;
    }
}
