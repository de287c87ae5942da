package org.didworkbench.domain.fixes;

/** How to read a day-and-month date such as 03/04/2026 when both readings are real dates. */
public enum DateOrder {
    /** Do not choose: a date that reads two ways stays as it is (the default). */
    NONE,
    /** Day first (03/04/2026 is 3 April 2026), as UK systems write dates. */
    DMY,
    /** Month first (03/04/2026 is 4 March 2026), as US-configured systems write dates. */
    MDY
}
