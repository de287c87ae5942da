package org.didworkbench.domain.rules.did;

import java.util.Locale;

import org.didworkbench.domain.rules.checks.NhsNumber;
import org.didworkbench.domain.rules.checks.NicipShape;
import org.didworkbench.domain.rules.checks.OdsCode;
import org.didworkbench.domain.rules.checks.Postcode;
import org.didworkbench.domain.rules.checks.ReferrerCode;
import org.didworkbench.domain.rules.checks.Sctid;

/**
 * The single-value tests of the DID v1 rules, as {@link ValueCheck}s: each returns null on a pass
 * and otherwise the message text after the quoted value. Stateless; the phrases are built only on failure.
 */
final class DidV1ValueChecks {
    private static final String NHS_EXPECTED = "; expected a 10-digit NHS number whose last digit is its check digit.";

    private DidV1ValueChecks() {
    }

    /** DIDS002: ten characters once spaces and hyphens are gone. */
    static String nhsNumberLength(String v) {
        if (v.length() == NhsNumber.LENGTH) {
            return null;
        }
        return "is " + v.length() + " characters long once spaces and hyphens are removed; expected exactly 10 digits.";
    }

    /**
     * DIDS001: a ten-character value must be digits with a valid modulus 11 check digit. A value of
     * another length is left to DIDS002 alone, so one fault gives one error.
     */
    static String nhsNumberCheckDigit(String v) {
        if (v.length() != NhsNumber.LENGTH) {
            return null;
        }
        if (!NhsNumber.isTenDigits(v)) {
            return "contains characters other than digits" + NHS_EXPECTED;
        }
        int expected = NhsNumber.checkDigit(v);
        if (expected == NhsNumber.NO_CHECK_DIGIT) {
            return "fails the modulus 11 check: no check digit exists for its first nine digits, so it cannot be"
                    + " an NHS number" + NHS_EXPECTED;
        }
        return expected == v.charAt(9) - '0' ? null : "fails the modulus 11 check digit" + NHS_EXPECTED;
    }

    /** DIDS017. */
    static String postcodeFormat(String v) {
        if (Postcode.matchesDids017(v)) {
            return null;
        }
        int n = v.length();
        if (n >= 5 && Postcode.matchesDids017(v.substring(0, n - 3) + " " + v.substring(n - 3))) {
            return "has no space between its outward and inward parts; expected them separated by a space, e.g. '"
                    + v.substring(0, n - 3) + " " + v.substring(n - 3) + "'.";
        }
        return "is not in postcode format; expected an outward code, a space and an inward code, e.g. LS1 4HR"
                + " (ZZ99 3WZ when the address is not known).";
    }

    /** DIDS023. */
    static String referrerFormat(String v) {
        if (ReferrerCode.matches(v)) {
            return null;
        }
        return "is not in a recognised referrer code format, so the national service replaces it with 99 and warns;"
                + " expected e.g. G1234567 (GP), C1234567 (consultant), D1234567 (dentist), 12A3456B (nurse),"
                + " PH123456 (allied health professional) or a default code such as X9999998.";
    }

    /** DIDS069. */
    static String siteCodeFormat(String v) {
        if (OdsCode.isSiteCodeShape(v)) {
            return null;
        }
        return "is not 5 to 12 letters and digits; expected an ODS site code such as RR801"
                + " (3-character trust codes are not accepted).";
    }

    /** DIDS072: at most 20 characters, any characters. */
    static String accessionLength(String v) {
        if (v.length() <= 20) {
            return null;
        }
        int chars = v.codePointCount(0, v.length());
        return chars <= 20 ? null : "is " + chars + " characters long; expected at most 20 characters.";
    }

    /** DQW-NHS-PALINDROME: valid but reads the same backwards (left to DQW-NHS-BLOCKED when blocked too). */
    static String nhsNumberPalindrome(String v) {
        if (!NhsNumber.isPalindromic(v) || !NhsNumber.isValid(v) || NhsNumber.isBlocked(v)) {
            return null;
        }
        return "reads the same backwards (its first five digits are its last five reversed), a pattern typical of"
                + " test numbers; expected the patient's real NHS number (the national service does not reject it).";
    }

    /** DQW-NHS-BLOCKED: valid by modulus 11 but a known dummy pattern. */
    static String nhsNumberBlocked(String v) {
        if (!NhsNumber.isBlocked(v) || !NhsNumber.isValid(v)) {
            return null;
        }
        return "passes the modulus 11 check but is a known dummy number (0123456789, one digit repeated, or"
                + " N00000000N); expected the patient's real NHS number.";
    }

    /** DQW-SNOMED-CHECK. */
    static String snomedStructure(String v) {
        Sctid.Problem p = Sctid.problem(v);
        if (p == null) {
            return null;
        }
        return "is not a SNOMED CT concept identifier: it " + p.text() + "; expected 6 to 18 digits with no leading"
                + " zero, partition 00 or 10 and a valid Verhoeff check digit, e.g. 169069000.";
    }

    /** DQW-NICIP-SHAPE. */
    static String nicipShape(String v) {
        if (NicipShape.matches(v)) {
            return null;
        }
        return "is not shaped like a NICIP code; expected 4 to 6 letters or digits, e.g. CCHES.";
    }

    /** DQW-PRACTICE-SHAPE. */
    static String practiceShape(String v) {
        if (OdsCode.isGpPracticeShape(v) || OdsCode.isBranchSurgeryShape(v)
                || DidV1Items.PRACTICE_DEFAULTS.contains(v.toUpperCase(Locale.ROOT))) {
            return null;
        }
        return "is not shaped like a GP practice code; expected a letter and five digits (e.g. A81001), a nine-character"
                + " branch surgery code (e.g. K81003001) or a national default such as V81999.";
    }

    /** DQW-POSTCODE-SHAPE: accepted by DIDS017 but not in Royal Mail form (DIDS017 itself reports the rest). */
    static String postcodeShape(String v) {
        if (!Postcode.matchesDids017(v)) {
            return null;
        }
        String p = Postcode.royalMailProblem(v);
        return p == null ? null
                : p + "; expected the Royal Mail form in capitals with one space, e.g. LS1 4HR"
                        + " (the national service accepts the value as it is).";
    }

    /** DQW-REFORG-SHAPE. */
    static String referringOrgShape(String v) {
        if (OdsCode.isReferringOrgShape(v)) {
            return null;
        }
        return "is not shaped like an ODS organisation code; expected 3 (trust), 5 (site), 6 (GP practice) or"
                + " 9 (branch) letters and digits, e.g. RR8, RR801 or B82005.";
    }
}
