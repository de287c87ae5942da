package org.didworkbench.domain.reference;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the ODS succession file: an old code replaced by a new one.
 *
 * @param oldCode       the predecessor's code, upper case
 * @param newCode       the successor's code, upper case
 * @param reason        the ODS succession reason as given (may be empty)
 * @param effectiveDate the day the successor took over (the old code is not live from then), null when unknown
 */
public record OdsSuccession(String oldCode, String newCode, String reason, LocalDate effectiveDate) {
    public OdsSuccession {
        Objects.requireNonNull(oldCode, "oldCode");
        Objects.requireNonNull(newCode, "newCode");
        reason = reason == null ? "" : reason;
    }
}
