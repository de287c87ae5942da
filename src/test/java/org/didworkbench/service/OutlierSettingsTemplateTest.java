package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.didworkbench.domain.outliers.OutlierSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The thresholds as the settings dialog edits them: every key with its reason, and the user's file it writes. */
class OutlierSettingsTemplateTest {
    @TempDir
    Path temp;
    private final OutlierSettingsTemplate template = OutlierSettingsTemplate.builtIn();

    @Test
    void everyThresholdIsListedWithItsDefaultAndItsReason() {
        var keys = OutlierSettings.defaults().toProperties().stringPropertyNames();
        assertThat(template.entries()).extracting(OutlierSettingsTemplate.Entry::key)
                .containsExactlyInAnyOrderElementsOf(keys);
        for (var e : template.entries()) {
            assertThat(e.reason()).as(e.key()).isNotBlank().doesNotContain("# ").doesNotStartWith("reason");
            assertThat(e.defaultValue()).as(e.key())
                    .isEqualTo(OutlierSettings.defaults().toProperties().getProperty(e.key()));
        }
        assertThat(template.entries().get(0).reason()).startsWith("below about 50 waits");
    }

    @Test
    void aSavedFileSetsOnlyTheChangedValuesAndReadsBackAsThem() throws Exception {
        Map<String, String> values = defaults();
        values.put("outliers.min-group-size", "80");
        values.put("volume.spike-factor", "3"); // the default 3.0, written another way
        values.put("rules.disabled", "DQW-DM01-6WK");
        Path file = temp.resolve("cfg/outlier-settings.properties");

        template.save(file, values);

        String text = Files.readString(file);
        assertThat(text).contains("\noutliers.min-group-size=80\n", "\nrules.disabled=DQW-DM01-6WK\n",
                "\n#volume.spike-factor=3.0\n", "\n#outliers.spread-multiplier=3.5\n", "# reason: below about 50 waits");
        OutlierSettingsFile loaded = OutlierSettingsFile.load(file);
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.settings().minGroupSize()).isEqualTo(80);
        assertThat(loaded.settings().enabled("DQW-DM01-6WK")).isFalse();
        assertThat(loaded.settings().volumeSpikeFactor()).isEqualTo(3.0);
    }

    @Test
    void allDefaultsWriteAFileThatChangesNothing() throws Exception {
        Path file = temp.resolve("outlier-settings.properties");
        template.save(file, defaults());
        assertThat(OutlierSettingsFile.load(file).settings()).isEqualTo(OutlierSettings.defaults());
    }

    @Test
    void aWrongValueIsNamedByItsKey() {
        Map<String, String> values = defaults();
        values.put("outliers.min-group-size", "lots");
        assertThat(OutlierSettingsTemplate.check(values).problem()).contains("outliers.min-group-size")
                .contains("whole number");
        values = defaults();
        values.put("volume.spike-factor", "0.5");
        assertThat(OutlierSettingsTemplate.check(values).ok()).isFalse();
        assertThat(OutlierSettingsTemplate.check(values).problem()).contains("volume.spike-factor");
        assertThat(OutlierSettingsTemplate.check(defaults()).settings()).isEqualTo(OutlierSettings.defaults());
    }

    private Map<String, String> defaults() {
        Map<String, String> m = new HashMap<>();
        template.entries().forEach(e -> m.put(e.key(), e.defaultValue()));
        return m;
    }
}
