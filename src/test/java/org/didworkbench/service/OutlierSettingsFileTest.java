package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.didworkbench.domain.outliers.OutlierSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutlierSettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void noFileMeansTheBuiltInThresholds() {
        OutlierSettingsFile f = OutlierSettingsFile.load(dir.resolve("absent.properties"));
        assertThat(f.settings()).isEqualTo(OutlierSettings.defaults());
        assertThat(f.source()).isEmpty();
        assertThat(f.problem()).isEmpty();
    }

    @Test
    void aUsersFileChangesOnlyWhatItNames() throws Exception {
        Path file = dir.resolve("outlier-settings.properties");
        Files.writeString(file, "# stricter for our department\nrules.disabled=DQW-DM01-6WK\n");
        OutlierSettingsFile f = OutlierSettingsFile.load(file);
        assertThat(f.problem()).isEmpty();
        assertThat(f.source()).contains(file);
        assertThat(f.settings().enabled("DQW-DM01-6WK")).isFalse();
        assertThat(f.settings().minGroupSize()).isEqualTo(OutlierSettings.defaults().minGroupSize());
    }

    @Test
    void aMistakeIsReportedAndTheDefaultsApply() throws Exception {
        Path file = dir.resolve("outlier-settings.properties");
        Files.writeString(file, "outliers.min-grup-size=10\n");
        OutlierSettingsFile f = OutlierSettingsFile.load(file);
        assertThat(f.settings()).isEqualTo(OutlierSettings.defaults());
        assertThat(f.problem()).get().asString().contains("min-grup-size").contains("built-in thresholds apply");
    }

    @Test
    void theFileLivesInTheUsersConfigurationFolder() {
        Path home = Path.of("/home/ann");
        assertThat(OutlierSettingsFile.location(Map.of(), "Linux", home))
                .isEqualTo(Path.of("/home/ann/.config/did-workbench/outlier-settings.properties"));
        assertThat(OutlierSettingsFile.location(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", home))
                .isEqualTo(Path.of("/cfg/did-workbench/outlier-settings.properties"));
        assertThat(OutlierSettingsFile.location(Map.of("DIDW_OUTLIER_SETTINGS", "/x/y.properties"), "Linux", home))
                .isEqualTo(Path.of("/x/y.properties"));
        assertThat(OutlierSettingsFile.location(Map.of(), "Mac OS X", home).toString())
                .endsWith("Library/Application Support/DID Workbench/outlier-settings.properties");
    }
}
