package org.didworkbench.domain.reference;

import java.time.LocalDate;

/**
 * One row of the NICIP table.
 *
 * @param nicip       the NICIP short code, upper case
 * @param snomed      the mapped SNOMED CT concept id, null when the row has none
 * @param description the preferred term
 * @param start       first day the code is active, null when unknown
 * @param end         last day the code is active, null while active
 * @param modality    the modality name, when the table gives one (else null)
 */
public record ImagingCodeEntry(String nicip, String snomed, String description, LocalDate start, LocalDate end,
                               String modality) {

    /** True when active on the given day. */
    public boolean activeOn(LocalDate day) {
        return (start == null || !start.isAfter(day)) && (end == null || !end.isBefore(day));
    }
}
