package org.didworkbench.domain.reference;

import java.time.LocalDate;

/**
 * Where one kind of reference data came from, for the report header and the summary.
 *
 * @param kind     what it is
 * @param file     the file name (no folder)
 * @param asOf     the date the extract is effective from, when known (else the file's modification date)
 * @param rows     rows loaded
 */
public record ReferenceSource(ReferenceKind kind, String file, LocalDate asOf, long rows) {
}
