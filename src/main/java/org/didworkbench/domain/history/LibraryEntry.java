package org.didworkbench.domain.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One remembered submission.
 *
 * @param id           the library's own number for it
 * @param figures      its figures
 * @param kind         a file as it came, or a corrected file the workbench exported
 * @param correctedOf  for a corrected file, the SHA-256 of the file it corrects when known; else null
 * @param rememberedAt when it was first remembered
 * @param updatedAt    when its figures were last written (validating the same file again updates them)
 */
public record LibraryEntry(long id, SubmissionFigures figures, Kind kind, String correctedOf, Instant rememberedAt,
                           Instant updatedAt) {

    /** How the file came to be. */
    public enum Kind {
        /** A file as it came (validated or opened). */
        ORIGINAL,
        /** A corrected file written by the workbench's export. */
        CORRECTED;

        /** Lower-case word for tables: "original", "corrected". */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public LibraryEntry {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rememberedAt, "rememberedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
