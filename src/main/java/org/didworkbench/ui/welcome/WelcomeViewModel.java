package org.didworkbench.ui.welcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.service.BundledSample;
import org.didworkbench.ui.common.OpenOptions;
import org.didworkbench.ui.common.TaskRunner;
import org.didworkbench.ui.common.WorkbenchSettings;

/**
 * The welcome screen shown while no file is open: open a file, open the bundled sample, or pick a
 * recent file (those no longer where they were are shown as not found and cannot be picked).
 *
 * <p>Threading: UI thread; whether files exist is found out through the {@link TaskRunner}.
 */
public final class WelcomeViewModel {
    /** How many recent files the welcome screen lists. */
    public static final int SHOWN = 6;

    /** What the welcome screen asks the main window to do. */
    public interface Opener {
        /** File › Open: choose a file, then how to open it. */
        void chooseAndOpen();

        /** Opens a file after asking how (a workspace as it is). */
        void open(Path file);

        /** Opens a file with these options, asking nothing. */
        void open(Path file, OpenOptions options);
    }

    /**
     * One recent file.
     *
     * @param path   the file
     * @param name   its name
     * @param folder the folder it is in ("" for none)
     * @param found  false when it is no longer there
     */
    public record RecentEntry(Path path, String name, String folder, boolean found) {
    }

    private final TaskRunner runner;
    private final WorkbenchSettings settings;
    private final ObservableList<Path> recentFiles;
    private final Opener opener;
    private final ObservableList<RecentEntry> recent = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BundledSample> sample = new ReadOnlyObjectWrapper<>(this, "sample");
    private final ReadOnlyBooleanWrapper anyMissing = new ReadOnlyBooleanWrapper(this, "anyMissing");

    /**
     * @param recentFiles the main window's recent files, newest first (followed as they change)
     */
    public WelcomeViewModel(TaskRunner runner, WorkbenchSettings settings, ObservableList<Path> recentFiles,
                            Opener opener) {
        this.runner = runner;
        this.settings = settings;
        this.recentFiles = recentFiles;
        this.opener = opener;
        recentFiles.addListener((ListChangeListener<Path>) c -> refresh());
        refresh();
    }

    /** The recent files as the welcome screen lists them, newest first (at most {@link #SHOWN}). */
    public ObservableList<RecentEntry> recent() {
        return recent;
    }

    /** True when some recent file was not found. */
    public ReadOnlyBooleanProperty anyMissingProperty() {
        return anyMissing.getReadOnlyProperty();
    }

    /** The bundled sample, or null when it was not found beside the application. */
    public ReadOnlyObjectProperty<BundledSample> sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    /** Why "Open the sample" is unavailable (for its tooltip). */
    public static String sampleMissingText() {
        return "The sample files (a folder named " + BundledSample.FOLDER + " holding did-v1-sample-2026-09.csv) were"
                + " not found beside DID Workbench or in the current folder.";
    }

    /** Looks for the bundled sample off the UI thread ({@code finder} touches the disk). */
    public void findSample(Supplier<Optional<BundledSample>> finder) {
        runner.run(cancel -> finder.get(), found -> sample.set(found.orElse(null)), e -> sample.set(null));
    }

    /** Checks again which recent files exist (off the UI thread). */
    public void refresh() {
        List<Path> snapshot = List.copyOf(recentFiles.subList(0, Math.min(SHOWN, recentFiles.size())));
        runner.run(cancel -> {
            List<RecentEntry> out = new ArrayList<>();
            for (Path p : snapshot) {
                Path parent = p.getParent();
                out.add(new RecentEntry(p, p.getFileName() == null ? p.toString() : p.getFileName().toString(),
                        parent == null ? "" : parent.toString(), Files.isRegularFile(p)));
            }
            return out;
        }, entries -> {
            recent.setAll(entries);
            anyMissing.set(entries.stream().anyMatch(e -> !e.found()));
        }, e -> { });
    }

    /** Opens a file chosen by the user. */
    public void openFile() {
        opener.chooseAndOpen();
    }

    /**
     * Opens the bundled sample as its documented figures assume: its reference data, its submission
     * date, the layout detected; nothing is asked.
     */
    public void openSample() {
        BundledSample s = sample.get();
        if (s != null) {
            opener.open(s.file(), new OpenOptions(s.submissionDate(), s.reference(), HeaderMode.AUTO));
        }
    }

    /** Opens a recent file (asking how); a file not found is left alone. */
    public void openRecent(RecentEntry entry) {
        if (entry.found()) {
            opener.open(entry.path());
        }
    }

    /** Takes the files that were not found off the recent list. */
    public void forgetMissing() {
        List<Path> missing = recent.stream().filter(e -> !e.found()).map(RecentEntry::path).toList();
        for (Path p : missing) {
            settings.removeRecent(p);
        }
        recentFiles.setAll(settings.recentFiles());
    }
}
