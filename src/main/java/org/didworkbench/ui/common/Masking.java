package org.didworkbench.ui.common;

import org.didworkbench.domain.dataset.DataItem;

/**
 * Hides patient identifiers on screen (for screen sharing and screenshots) while leaving enough to
 * tell values apart: an NHS number keeps its last three digits, a birth date its year, a postcode
 * its outward code. Blank values stay blank so a missing value is still visible.
 */
public final class Masking {
    /** The character shown in place of a hidden one. */
    public static final char HIDDEN = '\u2022';

    private Masking() {
    }

    /** True when {@code item} is masked when masking is on. */
    public static boolean applies(DataItem item) {
        return item.patientIdentifier();
    }

    /** The value as shown with masking on. */
    public static String mask(DataItem item, String value) {
        if (value == null || value.isBlank() || !applies(item)) {
            return value;
        }
        String v = value.strip();
        if (item.format().contains("CCYY-MM-DD")) {
            return v.length() >= 4 ? v.substring(0, 4) + "-" + HIDDEN + HIDDEN + "-" + HIDDEN + HIDDEN : hide(v.length());
        }
        if (item.name().contains("POSTCODE")) {
            int space = v.indexOf(' ');
            String outward = space > 0 ? v.substring(0, space) : v.substring(0, Math.max(0, v.length() - 3));
            return outward + " " + hide(3);
        }
        int keep = Math.min(3, v.length() / 3);
        return hide(v.length() - keep) + v.substring(v.length() - keep);
    }

    /** Replaces a quoted value inside a message (rule messages quote the value they are about). */
    public static String maskInMessage(DataItem item, String value, String message) {
        if (value == null || value.isEmpty() || !applies(item)) {
            return message;
        }
        return message.replace("'" + value + "'", "'" + mask(item, value) + "'");
    }

    private static String hide(int n) {
        return String.valueOf(HIDDEN).repeat(Math.max(0, n));
    }
}
