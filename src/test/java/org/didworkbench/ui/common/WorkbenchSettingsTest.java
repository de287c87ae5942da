package org.didworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.didworkbench.ui.common.WorkbenchSettings.ColumnLayout;
import org.didworkbench.ui.common.WorkbenchSettings.WindowBounds;
import org.junit.jupiter.api.Test;

class WorkbenchSettingsTest {
    private final InMemorySettingsStore store = new InMemorySettingsStore();
    private final WorkbenchSettings settings = new WorkbenchSettings(store);

    @Test
    void recentFilesAreNewestFirstWithoutRepeatsAndCapped() {
        for (int i = 0; i < 12; i++) {
            settings.addRecent(Path.of("/data/f" + i + ".csv"));
        }
        settings.addRecent(Path.of("/data/f5.csv"));

        List<Path> recent = settings.recentFiles();
        assertThat(recent).hasSize(WorkbenchSettings.MAX_RECENT);
        assertThat(recent.get(0)).isEqualTo(Path.of("/data/f5.csv"));
        assertThat(recent.get(1)).isEqualTo(Path.of("/data/f11.csv"));
        assertThat(recent).doesNotHaveDuplicates().doesNotContain(Path.of("/data/f0.csv"));
    }

    @Test
    void layoutSurvivesARoundTripThroughTheStore() {
        settings.setWindow(new WindowBounds(10, 20, 1400, 900, true));
        settings.setColumns(List.of(new ColumnLayout("POSTCODE", 130), new ColumnLayout("NHS_NUMBER", 118)));
        settings.setDividers(new double[] {0.2, 0.75});
        settings.setMasked(true);
        settings.setReferenceFolder(Path.of("/ref"));

        WorkbenchSettings again = new WorkbenchSettings(store);
        assertThat(again.window()).contains(new WindowBounds(10, 20, 1400, 900, true));
        assertThat(again.columns()).containsExactly(new ColumnLayout("POSTCODE", 130),
                new ColumnLayout("NHS_NUMBER", 118));
        assertThat(again.dividers()).hasValueSatisfying(d -> assertThat(d).containsExactly(0.2, 0.75));
        assertThat(again.masked()).isTrue();
        assertThat(again.referenceFolder()).contains(Path.of("/ref").toAbsolutePath());
    }

    @Test
    void damagedValuesFallBackToDefaults() {
        store.put("window.bounds", "garbage");
        store.put("table.columns", "NHS_NUMBER:wide,POSTCODE:120");

        assertThat(settings.window()).isEmpty();
        assertThat(settings.columns()).containsExactly(new ColumnLayout("POSTCODE", 120));
        assertThat(settings.referenceFolder()).isEmpty();
        settings.setReferenceFolder(null);
        assertThat(settings.referenceFolder()).isEmpty();
    }
}
