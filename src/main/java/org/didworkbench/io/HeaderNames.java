package org.didworkbench.io;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Profile;

/**
 * Recognises a header row: a first row most of whose fields are column names of the profile. A name matches an
 * item's name ({@code NHS_NUMBER}), its data dictionary name ({@code NHS NUMBER}) or the short name NHS England's
 * DPS pipeline uses downstream ({@code DATE_OF_BIRTH}; did-reference.md §1.2), ignoring case, surrounding white
 * space, and the difference between underscores and spaces.
 */
final class HeaderNames {
    /**
     * DPS "Submitted" model aliases by item name (did-reference.md §1.2, [IMPL]). Kept here rather than in the
     * profile because only header recognition needs them.
     */
    private static final Map<String, String> DPS_ALIASES = Map.ofEntries(
            Map.entry("NHS_NUMBER_STATUS_IND", "NHS_NUMBER_STATUS"),
            Map.entry("PERSON_BIRTH_DATE", "DATE_OF_BIRTH"),
            Map.entry("ETHNIC_CATEGORY", "ETHNIC_CATEGORY_CODE"),
            Map.entry("PERSON_GENDER_CODE", "GENDER_CODE"),
            Map.entry("PRACTICE_CODE", "GP_CODE"),
            Map.entry("REFERRER", "REFERRER_CODE"),
            Map.entry("REFERRING_ORG_CODE", "REFERRER_ORGANISATION_CODE"),
            Map.entry("DIAG_TEST_REQUEST_REC_DATE", "DIAGNOSTIC_TEST_REQUEST_RECEIVED_DATE"),
            Map.entry("IMAGING_CODE_SNOMED", "IMAGING_CODE_SNOMED_CT"),
            Map.entry("SERVICE_REPORT_DATE", "SERVICE_REPORT_ISSUE_DATE"),
            Map.entry("SITE_CODE_IMAGING", "PROVIDER_SITE_CODE"),
            Map.entry("RADIOLOGICAL_ACCESSION_NUM", "RADIOLOGICAL_ACCESSION_NUMBER"));

    private final Set<String> names = new HashSet<>();

    HeaderNames(Profile profile) {
        for (DataItem item : profile.items()) {
            names.add(normalise(item.name()));
            names.add(normalise(item.dataDictionaryName()));
            String alias = DPS_ALIASES.get(item.name());
            if (alias != null) {
                names.add(normalise(alias));
            }
        }
    }

    /** True when at least two thirds of the row's non-blank fields are column names. */
    boolean isHeader(String[] values) {
        int nonBlank = 0;
        int known = 0;
        for (String v : values) {
            String n = normalise(v);
            if (!n.isEmpty()) {
                nonBlank++;
                if (names.contains(n)) {
                    known++;
                }
            }
        }
        return nonBlank > 0 && known * 3 >= nonBlank * 2;
    }

    /** Upper case, trimmed, underscores as spaces, runs of white space as one space. */
    static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
