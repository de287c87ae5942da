package org.didworkbench.service;

import java.util.Optional;

import org.didworkbench.domain.history.Comparison;
import org.didworkbench.domain.history.SubmissionFigures;

/**
 * What comparing a submission with earlier months gave.
 *
 * @param current     the submission's figures; null only when the library is empty and no submission was named
 * @param origin      where {@code current}'s figures come from, in words (e.g. "checked now",
 *                    "remembered on 2026-10-15 14:02", "the workspace as it stands, with its corrections")
 * @param comparison  the comparison, or empty when there is nothing to compare with
 * @param explanation when {@code comparison} is empty, why, and what to do; empty otherwise
 */
public record MonthOverMonth(SubmissionFigures current, String origin, Optional<Comparison> comparison,
                             String explanation) {
}
