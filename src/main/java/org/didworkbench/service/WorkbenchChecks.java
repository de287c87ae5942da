package org.didworkbench.service;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.outliers.OutlierAnalyser;
import org.didworkbench.domain.outliers.OutlierSettings;
import org.didworkbench.domain.reference.ReferenceData;
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
        if (DidV1Profile.ID.equals(profile.id())) {
            return OutlierAnalyser.didV1(profile, settings, reference);
        }
        return null;
    }
}
