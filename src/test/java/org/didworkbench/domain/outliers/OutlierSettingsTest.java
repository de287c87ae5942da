package org.didworkbench.domain.outliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OutlierSettingsTest {
    private static final String RESOURCE = "/org/didworkbench/domain/outliers/outlier-settings.properties";

    private static String resourceText() throws IOException {
        try (InputStream in = OutlierSettingsTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("settings file on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSettingsFileHoldsExactlyTheDefaults() throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(resourceText()));

        assertThat(OutlierSettings.fromProperties(p)).isEqualTo(OutlierSettings.defaults());
        assertThat(p.stringPropertyNames()).isEqualTo(OutlierSettings.defaults().toProperties().stringPropertyNames());
    }

    @Test
    void everyKeyInTheSettingsFileHasItsReasonAboveIt() throws IOException {
        List<String> lines = resourceText().lines().toList();
        int keys = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            keys++;
            int j = i - 1;
            while (j >= 0 && lines.get(j).startsWith("#") && !lines.get(j).startsWith("# reason:")) {
                j--;
            }
            assertThat(j).as("a '# reason:' comment above %s", line).isGreaterThanOrEqualTo(0);
            assertThat(lines.get(j)).as("the comment block above %s", line).startsWith("# reason:");
        }
        assertThat(keys).isEqualTo(OutlierSettings.defaults().toProperties().size());
    }

    @Test
    void absentKeysKeepTheirDefaultsAndGivenKeysOverrideThem() {
        Properties p = new Properties();
        p.setProperty("outliers.spread-multiplier", "3.0");
        p.setProperty("outliers.test-to-report.min-flag-days", "10");
        p.setProperty("rules.disabled", "DQW-DM01-6WK, DQW-TAT-28D");

        OutlierSettings s = OutlierSettings.fromProperties(p);

        assertThat(s.spreadMultiplier()).isEqualTo(3.0);
        assertThat(s.limits(Interval.TEST_TO_REPORT)).isEqualTo(new OutlierSettings.IntervalLimits(90, 10));
        assertThat(s.minGroupSize()).isEqualTo(OutlierSettings.defaults().minGroupSize());
        assertThat(s.disabledRules()).isEqualTo(Set.of("DQW-DM01-6WK", "DQW-TAT-28D"));
        assertThat(s.enabled("DQW-DM01-6WK")).isFalse();
        assertThat(s.enabled("DQW-AGE-EXAM")).isTrue();
    }

    @Test
    void settingsSurviveARoundTripThroughProperties() {
        Properties p = new Properties();
        p.setProperty("volume.spike-factor", "4.5");
        p.setProperty("rules.disabled", "DQW-SITE-VOLUME");
        OutlierSettings s = OutlierSettings.fromProperties(p);

        assertThat(OutlierSettings.fromProperties(s.toProperties())).isEqualTo(s);
    }

    @Test
    void aMisspeltKeyIsRefusedByName() {
        Properties p = new Properties();
        p.setProperty("outliers.spread-multiplyer", "3");

        assertThatThrownBy(() -> OutlierSettings.fromProperties(p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown outlier setting 'outliers.spread-multiplyer'");
    }

    @Test
    void aValueThatIsNotANumberIsRefusedByName() {
        Properties p = new Properties();
        p.setProperty("outliers.min-group-size", "fifty");

        assertThatThrownBy(() -> OutlierSettings.fromProperties(p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Outlier setting 'outliers.min-group-size' must be a whole number");
    }

    @Test
    void switchingOffAnUnknownCodeIsRefused() {
        Properties p = new Properties();
        p.setProperty("rules.disabled", "DQW-DM01-6WK,DQW-DM01");

        assertThatThrownBy(() -> OutlierSettings.fromProperties(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rules.disabled lists 'DQW-DM01', which is not a DQW code");
    }

    @Test
    void outOfRangeValuesAreRefused() {
        Properties p = new Properties();
        p.setProperty("volume.spike-factor", "1.0");

        assertThatThrownBy(() -> OutlierSettings.fromProperties(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("volume.spike-factor");
    }
}
