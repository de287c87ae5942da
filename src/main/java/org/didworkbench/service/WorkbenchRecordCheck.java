package org.didworkbench.service;

import java.util.List;
import java.util.function.Function;

import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.Validator;
import org.didworkbench.store.Workspace;

/**
 * Makes the per-record workbench (DQW) check of one opened workspace: after each edit, the edited
 * record's workbench findings (outlier and plausibility codes, see
 * {@link org.didworkbench.domain.outliers.OutlierRules#codes()}) are deleted and replaced by what
 * this check returns. File-level findings (daily volumes) are kept.
 */
@FunctionalInterface
public interface WorkbenchRecordCheck {
    /** No workbench check: an edited record loses its per-record workbench findings. */
    WorkbenchRecordCheck NONE = (workspace, validator) -> view -> List.of();

    /**
     * @param workspace the opened workspace (its records give the file's bands; read lazily, on first use)
     * @param validator the workspace's validator (profile, submission date, reference data)
     * @return the check; it receives well-formed records only and returns their findings in catalogue order
     */
    Function<RecordView, List<Issue>> forWorkspace(Workspace workspace, Validator validator);
}
