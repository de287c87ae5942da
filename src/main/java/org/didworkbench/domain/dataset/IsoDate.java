package org.didworkbench.domain.dataset;

import java.time.LocalDate;

/** Strict {@code CCYY-MM-DD} dates: ten characters, zero-padded, a real calendar day. */
public final class IsoDate {
    private IsoDate() {
    }

    /** Parses a strict CCYY-MM-DD date; null when the text is not exactly such a date. */
    public static LocalDate parse(String s) {
        if (s == null || s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y < 0 || m < 1 || m > 12 || d < 1) {
            return null;
        }
        if (d > lengthOfMonth(y, m)) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int lengthOfMonth(int y, int m) {
        return switch (m) {
            case 2 -> isLeap(y) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int y) {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }
}
