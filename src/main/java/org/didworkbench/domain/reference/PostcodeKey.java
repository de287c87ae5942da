package org.didworkbench.domain.reference;

/**
 * Packs a UK postcode into a number so millions of them fit in a sorted {@code long[]}.
 *
 * <p>The postcode is compared without its spaces and in upper case: {@code "ls1 4hr"},
 * {@code "LS1  4HR"} and {@code "LS14HR"} are the same key, because the inward part is always the
 * last three characters. Each of up to seven characters becomes a base-37 digit (0 pads short
 * postcodes, 1–10 digits, 11–36 letters), so a key is below 37^7 &lt; 2^37.
 */
public final class PostcodeKey {
    /** Returned for text that cannot be a postcode (not 5–7 letters and digits once spaces are removed). */
    public static final long INVALID = -1L;
    /** Bits a key needs; callers may use the bits above for their own data. */
    public static final int BITS = 37;

    private static final int MAX = 7;
    private static final int MIN = 5;

    private PostcodeKey() {
    }

    /** The key of a postcode, or {@link #INVALID}. Never throws. */
    public static long of(CharSequence postcode) {
        if (postcode == null) {
            return INVALID;
        }
        long key = 0;
        int n = 0;
        for (int i = 0; i < postcode.length(); i++) {
            char c = postcode.charAt(i);
            int digit;
            if (c >= '0' && c <= '9') {
                digit = 1 + (c - '0');
            } else if (c >= 'A' && c <= 'Z') {
                digit = 11 + (c - 'A');
            } else if (c >= 'a' && c <= 'z') {
                digit = 11 + (c - 'a');
            } else if (c == ' ' || c == '\t') {
                continue;
            } else {
                return INVALID;
            }
            if (++n > MAX) {
                return INVALID;
            }
            key = key * 37 + digit;
        }
        if (n < MIN) {
            return INVALID;
        }
        for (int i = n; i < MAX; i++) {
            key *= 37;
        }
        return key;
    }

    /** The postcode a key stands for, upper case with one space before the inward part. */
    public static String toText(long key) {
        char[] chars = new char[MAX];
        int n = 0;
        long k = key;
        for (int i = MAX - 1; i >= 0; i--) {
            int digit = (int) (k % 37);
            k /= 37;
            chars[i] = digit == 0 ? 0 : digit <= 10 ? (char) ('0' + digit - 1) : (char) ('A' + digit - 11);
        }
        StringBuilder b = new StringBuilder(8);
        for (char c : chars) {
            if (c != 0) {
                b.append(c);
                n++;
            }
        }
        b.insert(n - 3, ' ');
        return b.toString();
    }
}
