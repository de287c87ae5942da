package org.didworkbench.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.history.ActivityCounts;
import org.didworkbench.domain.quality.QualitySummary;
import org.didworkbench.domain.outliers.WaitingTimeStats;
import org.didworkbench.domain.reference.ReferenceSource;
import org.didworkbench.domain.rules.Rule;

/**
 * What opening a submission produced.
 *
 * @param workspace  the workspace file now holding the records and issues
 * @param profile    the profile used
 * @param dialect    how the file is written (encoding, line endings, header…)
 * @param summary    the figures
 * @param references the reference data used
 * @param elapsed    how long it took
 * @param workbenchRules the workbench (DQW) outlier and plausibility rules that ran
 * @param waits      waiting times by modality (for the report)
 * @param choice     the profile used, where it comes from and how it was chosen
 * @param format     the submission's format: CSV or XML
 * @param activity   well-formed records by site, patient source setting and month (for the submission library)
 */
public record ImportResult(Path workspace, Profile profile, Dialect dialect, QualitySummary summary,
                           List<ReferenceSource> references, Duration elapsed, List<Rule> workbenchRules,
                           List<WaitingTimeStats> waits, ProfileChoice choice, SubmissionFormat format,
                           ActivityCounts activity) {

    /** A result without activity counts. */
    public ImportResult(Path workspace, Profile profile, Dialect dialect, QualitySummary summary,
                        List<ReferenceSource> references, Duration elapsed, List<Rule> workbenchRules,
                        List<WaitingTimeStats> waits, ProfileChoice choice, SubmissionFormat format) {
        this(workspace, profile, dialect, summary, references, elapsed, workbenchRules, waits, choice, format,
                ActivityCounts.NONE);
    }

    /** A CSV result. */
    public ImportResult(Path workspace, Profile profile, Dialect dialect, QualitySummary summary,
                        List<ReferenceSource> references, Duration elapsed, List<Rule> workbenchRules,
                        List<WaitingTimeStats> waits, ProfileChoice choice) {
        this(workspace, profile, dialect, summary, references, elapsed, workbenchRules, waits, choice,
                SubmissionFormat.CSV);
    }

    /** A result whose profile is a built-in one chosen by name. */
    public ImportResult(Path workspace, Profile profile, Dialect dialect, QualitySummary summary,
                        List<ReferenceSource> references, Duration elapsed, List<Rule> workbenchRules,
                        List<WaitingTimeStats> waits) {
        this(workspace, profile, dialect, summary, references, elapsed, workbenchRules, waits,
                new ProfileChoice(profile, ProfileCatalogue.Origin.BUILT_IN, null, null, "chosen by name"));
    }
}
