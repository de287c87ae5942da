package org.didworkbench.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides patient identifiers (NHS numbers, birth dates, postcodes) in text meant for the report.
 *
 * <p>Masking replaces every letter and digit with {@code *} and keeps separators, so a reader still
 * sees a value's length and layout ("'**&#47;**&#47;****' is not written CCYY-MM-DD") but never the value.
 *
 * <p>Two layers: the record's own identifier values wherever they occur (as written, trimmed, or
 * with spaces and hyphens removed, in any case), then a safety net for anything shaped like an NHS
 * number (ten digits, optionally 3-3-4) or a UK postcode, whichever record it came from. The net
 * spares ZZ99 pseudo-postcodes, which identify no one. A ten-digit SNOMED CT code is masked too:
 * a price paid for never missing an NHS number.
 */
public final class IdentifierMask {
    /** Shorter values are not looked for: masking every "1" in a message would garble it and hide nothing. */
    static final int MIN_LENGTH = 3;
    private static final Pattern NHS_NUMBER = Pattern.compile("(?<![0-9])(?:\\d{10}|\\d{3}[ -]\\d{3}[ -]\\d{4})(?![0-9])");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])(?!ZZ99)[A-Za-z]{1,2}\\d[A-Za-z\\d]?\\s*\\d[A-Za-z]{2}(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);

    private IdentifierMask() {
    }

    /** Every letter and digit replaced by {@code *}; null becomes empty. */
    public static String mask(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            b.append(Character.isLetterOrDigit(c) ? '*' : c);
        }
        return b.toString();
    }

    /**
     * Masks the given identifier values wherever they occur in {@code text}, then anything shaped
     * like an NHS number or a postcode.
     *
     * @param text        the text (null becomes empty)
     * @param identifiers the record's identifier values as written in the file (nulls and blanks ignored)
     */
    public static String maskText(String text, Collection<String> identifiers) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String out = text;
        for (String variant : variants(identifiers)) {
            Matcher m = Pattern.compile(Pattern.quote(variant), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(out);
            out = m.replaceAll(r -> Matcher.quoteReplacement(mask(r.group())));
        }
        out = NHS_NUMBER.matcher(out).replaceAll(r -> Matcher.quoteReplacement(mask(r.group())));
        return POSTCODE.matcher(out).replaceAll(r -> Matcher.quoteReplacement(mask(r.group())));
    }

    /** The forms a value may be quoted in, longest first so a longer form is masked whole. */
    private static List<String> variants(Collection<String> identifiers) {
        Set<String> forms = new LinkedHashSet<>();
        for (String v : identifiers) {
            if (v == null) {
                continue;
            }
            addForm(forms, v);
            addForm(forms, v.strip());
            addForm(forms, v.replaceAll("[\\s-]", ""));
            addForm(forms, v.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    private static void addForm(Set<String> forms, String form) {
        if (form.strip().length() >= MIN_LENGTH) {
            forms.add(form);
        }
    }
}
