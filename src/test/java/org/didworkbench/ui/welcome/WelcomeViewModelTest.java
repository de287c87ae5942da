package org.didworkbench.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.didworkbench.service.BundledSample;
import org.didworkbench.ui.InlineTaskRunner;
import org.didworkbench.ui.Samples;
import org.didworkbench.ui.common.InMemorySettingsStore;
import org.didworkbench.ui.common.OpenOptions;
import org.didworkbench.ui.common.WorkbenchSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The welcome screen without a display: the recent list, files gone missing, and Open the sample. */
class WelcomeViewModelTest {
    @TempDir
    Path temp;
    private final WorkbenchSettings settings = new WorkbenchSettings(new InMemorySettingsStore());
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final List<String> asked = new ArrayList<>();
    private WelcomeViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new WelcomeViewModel(new InlineTaskRunner(), settings, recentFiles, new WelcomeViewModel.Opener() {
            @Override
            public void chooseAndOpen() {
                asked.add("choose");
            }

            @Override
            public void open(Path file) {
                asked.add("open " + file.getFileName());
            }

            @Override
            public void open(Path file, OpenOptions options) {
                asked.add("open " + file.getFileName() + " " + options);
            }
        });
    }

    @Test
    void recentFilesAreListedNewestFirstAndThoseGoneAreMarkedNotFound() throws Exception {
        Path here = Files.writeString(temp.resolve("september.csv"), "x\n");
        Path gone = temp.resolve("august.csv");
        settings.addRecent(gone);
        settings.addRecent(here);
        recentFiles.setAll(settings.recentFiles());

        assertThat(vm.recent()).extracting(WelcomeViewModel.RecentEntry::name, WelcomeViewModel.RecentEntry::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("september.csv", true),
                        org.assertj.core.groups.Tuple.tuple("august.csv", false));
        assertThat(vm.recent().get(0).folder()).isEqualTo(temp.toString());
        assertThat(vm.anyMissingProperty().get()).isTrue();

        vm.openRecent(vm.recent().get(1));
        vm.openRecent(vm.recent().get(0));
        assertThat(asked).containsExactly("open september.csv");
    }

    @Test
    void filesNotFoundCanBeTakenOffTheList() throws Exception {
        Path here = Files.writeString(temp.resolve("september.csv"), "x\n");
        settings.addRecent(temp.resolve("august.csv"));
        settings.addRecent(here);
        recentFiles.setAll(settings.recentFiles());

        vm.forgetMissing();

        assertThat(settings.recentFiles()).containsExactly(here);
        assertThat(recentFiles).containsExactly(here);
        assertThat(vm.recent()).hasSize(1);
        assertThat(vm.anyMissingProperty().get()).isFalse();
    }

    @Test
    void atMostSixRecentFilesAreShown() {
        for (int i = 0; i < 9; i++) {
            recentFiles.add(temp.resolve("f" + i + ".csv"));
        }
        assertThat(vm.recent()).hasSize(WelcomeViewModel.SHOWN);
    }

    @Test
    void theSampleOpensWithItsReferenceDataAndSubmissionDateAskingNothing() {
        vm.findSample(() -> BundledSample.in(List.of(Samples.SAMPLE.getParent())));

        assertThat(vm.sampleProperty().get()).isNotNull();
        vm.openSample();

        assertThat(asked).containsExactly("open did-v1-sample-2026-09.csv "
                + new OpenOptions(Samples.SUBMISSION_DATE, Samples.REFERENCE, org.didworkbench.domain.dataset.HeaderMode.AUTO));
    }

    @Test
    void withoutTheSampleTheButtonHasNothingToOpenAndSaysWhy() {
        vm.findSample(Optional::empty);
        assertThat(vm.sampleProperty().get()).isNull();
        vm.openSample();
        assertThat(asked).isEmpty();
        assertThat(WelcomeViewModel.sampleMissingText()).contains("sample-data", "not found");
    }

    @Test
    void openFileAsksForAFile() {
        vm.openFile();
        assertThat(asked).containsExactly("choose");
    }
}
