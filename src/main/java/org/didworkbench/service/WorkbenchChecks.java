package org.didworkbench.service;

import java.util.List;
import java.util.function.Supplier;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.outliers.NumberPages;
import org.didworkbench.io.NumberPagesFile;
import org.didworkbench.domain.outliers.OutlierAnalyser;
import org.didworkbench.domain.outliers.OutlierSettings;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.did.DidV1Profile;

/**
 * The workbench's own checks beyond the national rules (outliers and plausibility), with their
 * thresholds. They only ever add warnings with DQW codes.
 */
public final class WorkbenchChecks {
    private final OutlierSettings settings;

    public WorkbenchChecks(OutlierSettings settings) {
        this.settings = settings;
    }

    public OutlierSettings settings() {
        return settings;
    }

    /** A fresh analyser for one file, or null when the profile has no outlier checks. */
    public OutlierAnalyser analyser(Profile profile, ReferenceData reference) {
        return analyser(profile, reference, NumberPages::inMemory);
    }

    /**
     * A fresh analyser for the waiting-time figures only (nothing kept per record), or null when the
     * profile has no outlier checks.
     */
    public OutlierAnalyser figuresAnalyser(Profile profile, ReferenceData reference) {
        return analyser(profile, reference, NumberPages::none);
    }

    /**
     * A fresh analyser that keeps its per-record numbers where {@code pages} says (made only when the
     * profile has outlier checks), or null when the profile has none. The caller closes it.
     */
    public OutlierAnalyser analyser(Profile profile, ReferenceData reference, Supplier<NumberPages> pages) {
        if (DidV1Profile.ID.equals(profile.id())) {
            return OutlierAnalyser.didV1(profile, settings, reference, pages.get());
        }
        return null;
    }

    /** The folder a file is in (the working folder for a bare name). */
    static java.nio.file.Path folderOf(java.nio.file.Path file) {
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        return parent == null ? java.nio.file.Path.of(".") : parent;
    }

    /**
     * The per-record check an opened workspace re-runs on edited records: the file's bands are
     * built once from the workspace's records (one scan), on the first edit or ahead of it when the
     * session is asked to prepare ({@link Session#prepareForEdits}), then each edited record is
     * judged against them.
     */
    public WorkbenchRecordCheck recordCheck() {
        return (workspace, validator) -> new OutlierRecordCheck(this, workspace, validator);
    }
}
