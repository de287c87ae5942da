package org.didworkbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.didworkbench.service.OutlierSettingsFile;
import org.didworkbench.ui.InlineTaskRunner;
import org.didworkbench.ui.ScriptedDialogs;
import org.didworkbench.ui.common.InMemorySettingsStore;
import org.didworkbench.ui.common.SubmissionDateRule;
import org.didworkbench.ui.common.WorkbenchSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit › Settings without a display: what is shown, what a wrong value says, what saving changes and when. */
class SettingsViewModelTest {
    @TempDir
    Path temp;
    private final WorkbenchSettings settings = new WorkbenchSettings(new InMemorySettingsStore());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final BooleanProperty masked = new SimpleBooleanProperty();
    private final IntegerProperty font = new SimpleIntegerProperty();
    private final List<String> status = new ArrayList<>();
    private Path file;
    private SettingsViewModel vm;

    @BeforeEach
    void setUp() {
        file = temp.resolve("config/outlier-settings.properties");
        vm = new SettingsViewModel(settings, new InlineTaskRunner(), dialogs, dark, masked, font, file, status::add);
    }

    private SettingsViewModel.ThresholdRow row(String key) {
        return vm.thresholds().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theDialogShowsTheCurrentChoicesAndEveryThresholdWithItsReason() throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "outliers.min-group-size=75\n");
        settings.setSubmissionDateRule(SubmissionDateRule.FIFTEENTH_OF_THIS_MONTH);
        dark.set(true);
        font.set(15);

        vm.load();

        assertThat(vm.dateRuleProperty().get()).isEqualTo(SubmissionDateRule.FIFTEENTH_OF_THIS_MONTH);
        assertThat(vm.darkProperty().get()).isTrue();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(15);
        assertThat(row("outliers.min-group-size").valueProperty().get()).isEqualTo("75");
        assertThat(row("outliers.min-group-size").defaultValue()).isEqualTo("50");
        assertThat(row("standards.dm01-wait-days").reason()).contains("DM01");
        assertThat(vm.thresholds()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(vm.thresholdsProblemProperty().get()).isEmpty();
    }

    @Test
    void aBadThresholdsFileShowsTheDefaultsWithTheReasonAndIsNotOverwrittenUnlessChanged() throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "outliers.min-group-size=many\n");

        vm.load();
        assertThat(vm.thresholdsProblemProperty().get()).contains(file.toString(), "whole number",
                "built-in thresholds apply");
        assertThat(row("outliers.min-group-size").valueProperty().get()).isEqualTo("50");

        assertThat(vm.save()).isTrue();
        assertThat(Files.readString(file)).isEqualTo("outliers.min-group-size=many\n");
    }

    @Test
    void aValueThatIsNotANumberIsNamedAndNothingIsSaved() {
        vm.load();
        row("outliers.spread-multiplier").valueProperty().set("3,5");
        row("volume.min-days").valueProperty().set("four");
        vm.fontSizeProperty().set(16);

        assertThat(vm.save()).isFalse();

        assertThat(vm.messageProperty().get()).contains("outliers.spread-multiplier '3,5' is not a number",
                "volume.min-days 'four' is not a whole number");
        assertThat(row("volume.min-days").problemProperty().get()).contains("four");
        assertThat(row("outliers.min-group-size").problemProperty().get()).isEmpty();
        assertThat(font.get()).as("nothing applied").isZero();
        assertThat(file).doesNotExist();
    }

    @Test
    void aValueOutOfRangeIsExplainedByTheRuleItBreaks() {
        vm.load();
        row("volume.spike-factor").valueProperty().set("0.9");
        assertThat(vm.validate()).singleElement().asString().contains("volume.spike-factor must exceed 1");
        assertThat(row("volume.spike-factor").problemProperty().get()).isNotEmpty();
    }

    @Test
    void aFixedDateRuleNeedsItsDate() {
        vm.load();
        vm.dateRuleProperty().set(SubmissionDateRule.FIXED);
        assertThat(vm.save()).isFalse();
        assertThat(vm.messageProperty().get()).contains("Choose the fixed submission date");
        vm.fixedDateProperty().set(LocalDate.of(2026, 10, 15));
        assertThat(vm.save()).isTrue();
        assertThat(settings.defaultSubmissionDate(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void savingAppliesTheLookAtOnceAndWritesChangedThresholdsForTheNextStart() {
        vm.load();
        vm.darkProperty().set(true);
        vm.maskedProperty().set(true);
        vm.fontSizeProperty().set(16);
        vm.referenceFolderProperty().set("/data/reference");
        row("outliers.min-group-size").valueProperty().set("80");

        assertThat(vm.save()).isTrue();

        assertThat(dark.get()).isTrue();
        assertThat(masked.get()).isTrue();
        assertThat(font.get()).isEqualTo(16);
        assertThat(settings.referenceFolder()).contains(Path.of("/data/reference").toAbsolutePath());
        assertThat(OutlierSettingsFile.load(file).settings().minGroupSize()).isEqualTo(80);
        assertThat(status).last().asString().contains("next start");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void unchangedThresholdsWriteNoFile() {
        vm.load();
        vm.fontSizeProperty().set(12);
        assertThat(vm.save()).isTrue();
        assertThat(file).doesNotExist();
        assertThat(status).containsExactly("Settings saved.");
    }

    @Test
    void restoringTheDefaultsPutsEveryThresholdBack() {
        vm.load();
        row("outliers.min-group-size").valueProperty().set("80");
        vm.restoreDefaultThresholds();
        assertThat(vm.thresholds()).allSatisfy(r -> assertThat(r.valueProperty().get()).isEqualTo(r.defaultValue()));
        assertThat(vm.thresholdsChanged()).isFalse();
    }
}
