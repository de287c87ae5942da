package org.didworkbench.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every question the window asks the user, behind an interface so view models can be tested with
 * scripted answers. Called on the UI thread; each method blocks until the user answers.
 */
public interface DialogService {

    /** Asks for a submission file to open; {@code folder} is where to start, or null. */
    Optional<Path> chooseSubmission(Path folder);

    /** Asks how to open {@code file}, starting from {@code defaults}; empty when the user cancels. */
    Optional<OpenOptions> openOptions(Path file, OpenOptions defaults);

    /** Asks where to write the corrected file. */
    Optional<Path> chooseExportTarget(Path folder, String suggestedName);

    /** Tells the user something went wrong; {@code message} is plain sentences. */
    void showError(String title, String message);

    /** Asks where to save the quality report (PDF or HTML by the chosen name); empty when cancelled. */
    default Optional<Path> chooseReportTarget(Path folder, String suggestedName) {
        return Optional.empty();
    }

    /** Tells the user something worth a dialog (not used for routine status). */
    void showInformation(String title, String message);

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);
}
