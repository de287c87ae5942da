package org.didworkbench.sample;

/**
 * The deliberate problems of the synthetic DIDS v2.0 sample, each with its rate per 1,000 records
 * and the rule of the provisional dids-v2 profile expected to report it.
 */
enum V2Problem {
    NHS_NUMBER_BAD_CHECK_DIGIT(2, "V2-NHS-CHECK-DIGIT"),
    START_WITHOUT_OFFSET(3, "V2-START-FORMAT"),
    START_OFFSET_PLUS_TWO(2, "V2-START-FORMAT"),
    TIMESTAMPS_WRONG_SEASON(4, "V2-START-UK-CLOCK|V2-END-UK-CLOCK|V2-REPORT-UK-CLOCK"),
    REPORT_AS_DATE(2, "V2-REPORT-FORMAT"),
    END_BEFORE_START(2, "V2-START-END-ORDER"),
    CLOCK_START_MISSING(3, "V2-CLOCK-START-REQUIRED"),
    PRIORITY_NOT_A_CODE(2, "V2-PRIORITY-CODE"),
    CATEGORY_NO_LEADING_ZERO(2, "V2-CATEGORY-CODE"),
    NICIP_LONG_RETIRED(2, "DIDS00300302"),
    NICIP_NOT_IN_TABLE(2, "DIDS00300302"),
    SNOMED_NOT_IN_TABLE(2, "DIDS00300402"),
    NICIP_SNOMED_MISMATCH(1, "DIDSREJ012"),
    NO_CODED_PROCEDURE(1, "V2-CODED-PROCEDURE-MISSING"),
    DUPLICATE_ACCESSION(1, "V2-ACCESSION-UNIQUE"),
    NON_NHS_SITE_DEFAULT(2, ""),
    TWENTY_FIELDS(1, "V2-FIELD-COUNT");

    private final int perThousand;
    private final String expected;

    V2Problem(int perThousand, String expected) {
        this.perThousand = perThousand;
        this.expected = expected;
    }

    int perThousand() {
        return perThousand;
    }

    /** The rule codes expected, separated by |; "" when none (a default code the profile accepts). */
    String expected() {
        return expected;
    }
}
