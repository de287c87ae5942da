package org.didworkbench.ui.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

import org.didworkbench.domain.dataset.HeaderMode;

/**
 * How to open a submission file: the choices the open dialog offers.
 *
 * @param submissionDate  the day the file will reach NHS England (drives the cut-off rules)
 * @param referenceFolder reference data folder, or null to check without it
 * @param header          whether the first row holds item names
 */
public record OpenOptions(LocalDate submissionDate, Path referenceFolder, HeaderMode header) {
    public OpenOptions {
        Objects.requireNonNull(submissionDate, "submissionDate");
        Objects.requireNonNull(header, "header");
    }
}
