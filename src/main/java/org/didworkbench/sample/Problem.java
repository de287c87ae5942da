package org.didworkbench.sample;

/**
 * The deliberate problems of the {@link ProblemMix#REALISTIC} mix, each placed in a fixed number
 * of records per block of {@value ProblemSchedule#BLOCK} (so a 2,000-record file holds every kind
 * at least twice, and a 1,000,000-record file exactly 1,000 times that rate). A problem record
 * carries exactly one kind; every other record is clean.
 *
 * <p>{@link #expected()} names the national (DPS) rule the record should trip, from
 * did-reference.md §1.6, and any second rule the change unavoidably trips as well. The dates
 * assume the default month (September 2026 activity, submitted 2026-10-15).
 */
public enum Problem {
    NHS_NUMBER_BAD_CHECK_DIGIT(3, Kind.ERROR, "NHS NUMBER whose last digit is not its modulus 11 check digit",
            "DIDS001"),
    NHS_NUMBER_NINE_DIGITS(2, Kind.ERROR, "NHS NUMBER with its last digit missing (9 digits)", "DIDS002"),
    NHS_STATUS_NO_LEADING_ZERO(2, Kind.ERROR, "NHS NUMBER STATUS INDICATOR CODE without its leading zero ('1')",
            "DIDS003"),
    DATE_WITH_SLASHES(2, Kind.ERROR, "one of the five dates written dd/MM/yyyy (01/09/2026)",
            "DIDS005, 026, 036, 045 or 061 for the date chosen"),
    DATE_WITHOUT_SEPARATORS(1, Kind.ERROR, "one of the five dates written yyyyMMdd (20260901)",
            "DIDS005, 026, 036, 045 or 061 for the date chosen"),
    IMPOSSIBLE_CALENDAR_DATE(1, Kind.ERROR,
            "DIAGNOSTIC TEST DATE on a day the month does not have (2026-09-31)", "DIDS045"),
    REQUEST_AFTER_TEST(2, Kind.ERROR, "DIAGNOSTIC TEST REQUEST DATE 1-10 days after the test (a mistyped request date)",
            "DIDS034, with DIDS027 (after the received date) and DIDS035 when the report came first"),
    REPORT_BEFORE_TEST(2, Kind.ERROR, "SERVICE REPORT ISSUE DATE 1-3 days before the test", "DIDS048"),
    TEST_FIVE_MONTHS_OLD(2, Kind.WARNING, "whole record moved so the test is 5 months before the submission month",
            "DIDS049"),
    TEST_EIGHT_MONTHS_OLD(1, Kind.ERROR, "whole record moved so the test is 8 months before the submission month",
            "DIDS055"),
    TEST_IN_FUTURE(1, Kind.ERROR, "DIAGNOSTIC TEST DATE after the submission date (report left blank)", "DIDS051"),
    POSTCODE_WITHOUT_SPACE(3, Kind.ERROR, "POSTCODE OF USUAL ADDRESS without the space ('LS14HR')",
            "DIDS017 (and DIDS016 if the directory lookup does not ignore the missing space)"),
    POSTCODE_NOT_IN_DIRECTORY(2, Kind.ERROR, "well-formed POSTCODE OF USUAL ADDRESS missing from postcodes.csv",
            "DIDS016"),
    ETHNIC_CATEGORY_LOWER_CASE(2, Kind.ERROR, "ETHNIC CATEGORY in lower case ('a')", "DIDS012"),
    GENDER_AS_LETTER(2, Kind.ERROR, "PERSON GENDER CODE CURRENT as 'M' or 'F'", "DIDS014"),
    SOURCE_SETTING_BLANK(1, Kind.ERROR, "PATIENT SOURCE SETTING TYPE (DIAGNOSTIC IMAGING) blank", "DIDS020"),
    SOURCE_SETTING_NO_LEADING_ZERO(2, Kind.ERROR,
            "PATIENT SOURCE SETTING TYPE (DIAGNOSTIC IMAGING) without its leading zero ('4')", "DIDS021"),
    SITE_BLANK(1, Kind.ERROR, "SITE CODE (OF IMAGING) blank", "DIDS067"),
    SITE_TRUST_CODE(1, Kind.ERROR, "SITE CODE (OF IMAGING) given as the 3-character trust code 'RZZ'", "DIDS069"),
    SITE_CLOSED(1, Kind.WARNING, "SITE CODE (OF IMAGING) RZZ09, closed 2025-03-31", "DIDS081"),
    PRACTICE_CLOSED(2, Kind.WARNING,
            "GENERAL MEDICAL PRACTICE CODE P81099, closed 2025-03-31 (referring organisation set to RZZ)", "DIDS080"),
    ACCESSION_TOO_LONG(1, Kind.ERROR, "RADIOLOGICAL ACCESSION NUMBER of 24 characters", "DIDS072"),
    DUPLICATE_ACCESSION(1, Kind.ERROR,
            "RADIOLOGICAL ACCESSION NUMBER and SITE CODE (OF IMAGING) repeated from the last clean record", "DIDS071"),
    REFERRER_BAD_FORMAT(3, Kind.WARNING, "REFERRER CODE in no accepted format ('G12345678', 'GP123456', 'UNKNOWN')",
            "DIDS023"),
    NICIP_NOT_IN_TABLE(2, Kind.ERROR, "IMAGING CODE (NICIP) that looks local ('CTHEAD') and is not in nicip.csv; "
            + "no SNOMED CT code", "DIDS057"),
    NICIP_RECENTLY_RETIRED(1, Kind.WARNING, "IMAGING CODE (NICIP) UGALB, retired 2026-06-30 (within 6 months)",
            "DIDS077"),
    NICIP_LONG_RETIRED(1, Kind.ERROR, "IMAGING CODE (NICIP) XSKUL, retired 2024-03-31", "DIDS057"),
    SNOMED_BAD_CHECK_DIGIT(1, Kind.ERROR, "IMAGING CODE (SNOMED-CT) with a wrong Verhoeff check digit; no NICIP code",
            "DIDS059"),
    NICIP_SNOMED_MISMATCH(1, Kind.ERROR, "both codes valid but the NICIP code maps to a different SNOMED CT concept",
            "DIDS082"),
    WHITESPACE_AROUND_VALUES(3, Kind.TRIMMED, "1-3 non-blank values with spaces before and/or after them",
            "none after trimming (DPS strips every field)"),
    SEVENTEEN_FIELDS(1, Kind.ERROR, "a row with 17 fields (the accession number is missing)", "DIDS075"),
    NINETEEN_FIELDS(1, Kind.ERROR, "a row with 19 fields (a trailing comma)", "DIDS075"),
    OUTLIER_LONG_WAIT(1, Kind.OUTLIER, "400 days from request to test", "warnings DIDS028 and DIDS038"),
    OUTLIER_SLOW_XRAY_REPORT(1, Kind.OUTLIER, "plain X-ray reported 27 days after the test", "none"),
    OUTLIER_DEXA_CHILD(1, Kind.OUTLIER, "bone density scan (XDEXA) for a 3-year-old", "none"),
    OUTLIER_OBSTETRIC_MALE(1, Kind.OUTLIER, "obstetric ultrasound (UOBST) for PERSON GENDER CODE CURRENT '1'",
            "none");

    /** What a validator should make of the record. */
    public enum Kind {
        /** The national service would reject the file. */
        ERROR,
        /** Accepted with a warning. */
        WARNING,
        /** Valid once fields are trimmed, as the national service does. */
        TRIMMED,
        /** Valid, but implausible: for the workbench's outlier checks. */
        OUTLIER
    }

    private final int perThousand;
    private final Kind kind;
    private final String description;
    private final String expected;

    Problem(int perThousand, Kind kind, String description, String expected) {
        this.perThousand = perThousand;
        this.kind = kind;
        this.description = description;
        this.expected = expected;
    }

    /** Records carrying this problem in every full block of 1,000 records. */
    public int perThousand() {
        return perThousand;
    }

    public Kind kind() {
        return kind;
    }

    /** What is wrong with the record, in plain English. */
    public String description() {
        return description;
    }

    /** The national rule code(s) a DID v1 validator should report, or what else to expect. */
    public String expected() {
        return expected;
    }

    /** Problem records per 1,000 in the realistic mix (the sum of every kind's rate). */
    public static int totalPerThousand() {
        int t = 0;
        for (Problem p : values()) {
            t += p.perThousand;
        }
        return t;
    }
}
