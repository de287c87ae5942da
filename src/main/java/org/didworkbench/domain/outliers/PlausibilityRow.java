package org.didworkbench.domain.outliers;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of the plausibility table: which examinations it covers and the ages and gender that are
 * plausible for them. A row covers an examination when its NICIP code matches one of
 * {@code nicipPatterns} or its preferred term (from the loaded NICIP table) contains one of
 * {@code descriptionWords}.
 *
 * @param nicipPatterns    NICIP code patterns, upper case; {@code *} stands for any characters
 * @param descriptionWords words looked for, ignoring case, in the NICIP preferred term (needs the NICIP table)
 * @param examination      what the row covers, for messages, e.g. "bone densitometry (DEXA)"
 * @param allowedGender    the only PERSON GENDER CODE CURRENT that is plausible ("1" or "2"), or null for any
 * @param minAge           the least plausible age in completed years at the test, or null for none
 * @param maxAge           the greatest plausible age, or null for none
 * @param reason           why, in one or two plain sentences (shown in the message)
 */
public record PlausibilityRow(List<String> nicipPatterns, List<String> descriptionWords, String examination,
                              String allowedGender, Integer minAge, Integer maxAge, String reason) {

    public PlausibilityRow {
        nicipPatterns = nicipPatterns.stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).toList();
        descriptionWords = descriptionWords.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        Objects.requireNonNull(examination, "examination");
        Objects.requireNonNull(reason, "reason");
        if (nicipPatterns.isEmpty() && descriptionWords.isEmpty()) {
            throw new IllegalArgumentException("A plausibility row needs a NICIP pattern or a description word");
        }
        if (allowedGender != null && !allowedGender.equals("1") && !allowedGender.equals("2")) {
            throw new IllegalArgumentException("allowed_gender must be 1, 2 or blank");
        }
        if (allowedGender == null && minAge == null && maxAge == null) {
            throw new IllegalArgumentException("A plausibility row needs a gender or an age limit");
        }
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new IllegalArgumentException("min_age must not exceed max_age");
        }
    }

    /**
     * True when the row covers an examination.
     *
     * @param nicip       the NICIP code, upper case, or null when unknown
     * @param description the NICIP preferred term, or null when no table is loaded
     */
    public boolean covers(String nicip, String description) {
        if (nicip != null) {
            for (String p : nicipPatterns) {
                if (glob(p, nicip)) {
                    return true;
                }
            }
        }
        if (description != null) {
            String d = description.toLowerCase(Locale.ROOT);
            for (String w : descriptionWords) {
                if (d.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the age (completed years) lies outside the row's limits. */
    boolean ageImplausible(int age) {
        return (minAge != null && age < minAge) || (maxAge != null && age > maxAge);
    }

    /** The plausible ages in words, e.g. "16 or over", "10 to 60", "110 or under". */
    String ageRange() {
        if (minAge != null && maxAge != null) {
            return minAge + " to " + maxAge;
        }
        return minAge != null ? minAge + " or over" : maxAge + " or under";
    }

    /** Matches {@code *} against any run of characters; every other character stands for itself. */
    static boolean glob(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (p < pattern.length() && pattern.charAt(p) == text.charAt(t)) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
