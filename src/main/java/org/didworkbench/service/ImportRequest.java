package org.didworkbench.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

import org.didworkbench.domain.dataset.HeaderMode;

/**
 * What to open and how.
 *
 * @param source          the submission file (never written)
 * @param workspace       where to create the workspace file (must not exist)
 * @param header          whether the first row is a header
 * @param submissionDate  the day the file is taken to reach NHS England (drives the cut-off rules)
 * @param referenceFolder folder of reference data, or null for none
 * @param profileId       the profile to use, or null to detect it
 */
public record ImportRequest(Path source, Path workspace, HeaderMode header, LocalDate submissionDate,
                            Path referenceFolder, String profileId) {
    public ImportRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(submissionDate, "submissionDate");
    }
}
