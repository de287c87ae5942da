package org.didworkbench.ui.bulk;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs of bulk editing and the change log. The window uses {@link FxBulkDialogs}; view-model
 * tests use a scripted implementation.
 */
public interface BulkDialogs {

    /** Shows a "fix all like this" preview; true when the user chose to apply it. */
    boolean review(FixAllViewModel fix);

    /** Shows find and replace; true when the user chose to apply the previewed replacement. */
    boolean review(ReplaceViewModel replace);

    /** Shows "set one value on the selected records"; true when the user chose to apply it. */
    boolean review(SetValueViewModel set);

    /**
     * Shows the clusters of an item; merges happen from inside (each its own step) until it is closed. While a
     * large merge runs behind the window's busy card ({@link ClusterViewModel#steppedAsideProperty()}) the
     * dialog steps aside and comes back when it has ended; this returns only when the user closes it.
     */
    void show(ClusterViewModel clusters);

    /**
     * Shows the change log until the user closes it; it steps aside while a large revert runs behind the
     * window's busy card ({@link ChangeLogViewModel#steppedAsideProperty()}) and comes back after.
     */
    void show(ChangeLogViewModel log);

    /** Asks where to save the change log as CSV; empty when cancelled. */
    Optional<Path> chooseChangeLogTarget(Path folder, String suggestedName);
}
