package org.didworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.didworkbench.App;
import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.ui.InlineTaskRunner;
import org.didworkbench.ui.Samples;
import org.didworkbench.ui.ScriptedDialogs;
import org.didworkbench.ui.common.InMemorySettingsStore;
import org.didworkbench.ui.common.OpenOptions;
import org.didworkbench.ui.common.ProfileOption;
import org.didworkbench.ui.common.SubmissionDateRule;
import org.didworkbench.ui.common.WorkbenchSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window offers the command line's profile choice (detect, did-v1, dids-v2, a profile file), shows the
 * layout in use and whether it is provisional, and starts the Open dialog from the settings' date rule.
 */
class ProfileChoiceInTheWindowTest {
    private static final Path V2_SAMPLE = Path.of("sample-data/dids-v2-sample-2026-10.csv").toAbsolutePath();
    private static final OpenOptions V2_OPTIONS = new OpenOptions(LocalDate.of(2026, 11, 16), Samples.REFERENCE,
            HeaderMode.AUTO);

    @TempDir
    Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final WorkbenchSettings settings = new WorkbenchSettings(new InMemorySettingsStore());
    private App app;
    private MainWindowViewModel vm;

    @BeforeEach
    void setUp() {
        app = new App();
        vm = new MainWindowViewModel(app.sessionService(), new InlineTaskRunner(), dialogs, settings,
                new TempWorkspaceLocator(temp.resolve("ws")), Samples.CLOCK);
        vm.useProfiles(ProfileOption.builtIns(app.profiles()));
    }

    @AfterEach
    void tearDown() {
        vm.shutdown();
    }

    @Test
    void theOpenDialogOffersDetectTheBuiltInProfilesAndTheLastProfileFile() {
        assertThat(vm.profileOptions()).extracting(ProfileOption::value).containsExactly(null, "did-v1", "dids-v2");
        assertThat(vm.profileOptions().get(2).provisional()).isTrue();
        assertThat(vm.profileOptions().get(1).provisional()).isFalse();

        settings.setLastProfileFile(Path.of("/trust/rzz.json"));
        assertThat(vm.profileOptions()).last().satisfies(o -> {
            assertThat(o.isFile()).isTrue();
            assertThat(o.label()).isEqualTo("Profile file: rzz.json");
        });
    }

    @Test
    void aDetectedV2FileShowsItsLayoutAsProvisional() {
        vm.open(V2_SAMPLE, V2_OPTIONS);

        assertThat(dialogs.errors()).isEmpty();
        assertThat(vm.profileTitleProperty().get()).isEqualTo("DIDS v2.0");
        assertThat(vm.profileProvisionalProperty().get()).isTrue();
        assertThat(vm.profileBasisProperty().get()).contains("TOS and ETOS are not public");
        assertThat(vm.statusProperty().get()).startsWith("Opened dids-v2-sample-2026-10.csv as DIDS v2.0 (provisional)");
    }

    @Test
    void aChosenBuiltInProfileIsUsedAndAV1FileIsNotProvisional() {
        vm.open(Samples.SAMPLE, Samples.OPTIONS.withProfile("did-v1"));

        assertThat(vm.profileTitleProperty().get()).isEqualTo("DID v1 (DIDS v1.0)");
        assertThat(vm.profileProvisionalProperty().get()).isFalse();
        assertThat(vm.countsProperty().get().errors()).isEqualTo(Samples.ERRORS);
    }

    @Test
    void aProfileFileIsUsedAndRememberedForTheNextOpen() {
        Path profile = Path.of("docs/examples/dids-v2-rzz.json").toAbsolutePath();
        vm.open(Path.of("docs/examples/rzz-ris-export.csv"), V2_OPTIONS.withProfile(profile.toString()));

        assertThat(dialogs.errors()).isEmpty();
        assertThat(vm.profileTitleProperty().get()).isEqualTo("DIDS v2.0, RZZ RIS export");
        assertThat(vm.profileProvisionalProperty().get()).isTrue();
        assertThat(vm.profileOptions()).last().extracting(ProfileOption::value).isEqualTo(profile.toString());
    }

    @Test
    void aWrongProfileChoiceIsExplainedAndNothingOpens() {
        vm.open(Samples.SAMPLE, Samples.OPTIONS.withProfile(temp.resolve("missing.json").toString()));

        assertThat(vm.openProperty().get()).isFalse();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("missing.json"));
    }

    @Test
    void theOpenDialogStartsFromTheSettingsDateRule() {
        settings.setSubmissionDateRule(SubmissionDateRule.FIXED);
        settings.setFixedSubmissionDate(LocalDate.of(2026, 7, 15));
        assertThat(vm.defaultOptions().submissionDate()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(vm.defaultOptions().profile()).isNull();
    }

    @Test
    void settingsThatCouldNotBeUsedAreReportedOnceTogether() {
        vm.reportSettingsProblems(java.util.List.of());
        assertThat(dialogs.shown).isEmpty();

        vm.reportSettingsProblems(java.util.List.of("The saved text size 'huge' was not used.",
                "The outlier settings in /x were not used."));
        assertThat(dialogs.shown).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Some settings were not used");
            assertThat(s.message()).contains("'huge'", "/x");
        });
        assertThat(vm.statusProperty().get()).contains("defaults apply");
    }
}
