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
 * @param profile         the layout to check it as: a built-in profile id ({@code did-v1}, {@code dids-v2}), a
 *                        profile file's path (ending {@code .json}), or null to detect it from the file, as the
 *                        command line's {@code --profile}
 */
public record OpenOptions(LocalDate submissionDate, Path referenceFolder, HeaderMode header, String profile) {
    public OpenOptions {
        Objects.requireNonNull(submissionDate, "submissionDate");
        Objects.requireNonNull(header, "header");
        if (profile != null && profile.isBlank()) {
            profile = null;
        }
    }

    /** Options with the profile detected from the file. */
    public OpenOptions(LocalDate submissionDate, Path referenceFolder, HeaderMode header) {
        this(submissionDate, referenceFolder, header, null);
    }

    /** These options with another profile choice (null to detect). */
    public OpenOptions withProfile(String profileChoice) {
        return new OpenOptions(submissionDate, referenceFolder, header, profileChoice);
    }
}
