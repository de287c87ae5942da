package org.didworkbench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.didworkbench.ui.common.DialogService;
import org.didworkbench.ui.common.OpenOptions;

/** A {@link DialogService} whose answers a test sets beforehand; it records what the window said. */
public final class ScriptedDialogs implements DialogService {
    /** One message the window showed. */
    public record Shown(String kind, String title, String message) {
    }

    public Path submission;
    public OpenOptions options;
    public Path exportTarget;
    public Path reportTarget;
    public boolean confirmAnswer = true;
    public String lastSuggestedName;
    public final List<Shown> shown = new ArrayList<>();

    @Override
    public Optional<Path> chooseSubmission(Path folder) {
        return Optional.ofNullable(submission);
    }

    @Override
    public Optional<OpenOptions> openOptions(Path file, OpenOptions defaults) {
        return Optional.ofNullable(options);
    }

    @Override
    public Optional<Path> chooseExportTarget(Path folder, String suggestedName) {
        lastSuggestedName = suggestedName;
        return Optional.ofNullable(exportTarget);
    }

    @Override
    public Optional<Path> chooseReportTarget(Path folder, String suggestedName) {
        lastSuggestedName = suggestedName;
        return Optional.ofNullable(reportTarget);
    }

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add(new Shown("confirm", title, message));
        return confirmAnswer;
    }

    /** Errors shown so far. */
    public List<Shown> errors() {
        return shown.stream().filter(s -> s.kind().equals("error")).toList();
    }
}
