package org.didworkbench.domain.outliers;

/** Distinct synthetic NHS numbers from the 999 test range that pass the modulus 11 check, in order. */
final class NhsNumbers {
    private int serial;

    String next() {
        while (true) {
            String body = String.format("999%06d", serial++);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (body.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check != 10) {
                return body + (check == 11 ? 0 : check);
            }
        }
    }
}
