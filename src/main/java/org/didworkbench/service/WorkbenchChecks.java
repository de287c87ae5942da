package org.didworkbench.service;

import java.util.List;
import java.util.function.Function;

import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.Validator;

/**
 * Makes the per-record workbench (DQW) check of one opened workspace: after each edit, the edited
 * record's workbench findings (outlier and plausibility codes, see
 * {@link org.didworkbench.domain.outliers.OutlierRules#codes()}) are deleted and replaced by what
 * this check returns. File-level findings (daily volumes) are kept.
 */
@FunctionalInterface
public interface WorkbenchChecks {
    /** No workbench check: an edited record loses its per-record workbench findings. */
    WorkbenchChecks NONE = validator -> view -> List.of();

    /**
     * @param validator the workspace's validator (profile, submission date, reference data)
     * @return the check; it receives well-formed records only and returns their findings in catalogue order
     */
    Function<RecordView, List<Issue>> forWorkspace(Validator validator);
}
