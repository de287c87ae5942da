package org.didworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.didworkbench.domain.dataset.HeaderMode;
import org.junit.jupiter.api.Test;

class WindowArgumentsTest {

    @Test
    void aFileAndItsOptions() {
        WindowArguments a = WindowArguments.parse(new String[] {"data.csv", "--reference", "ref",
            "--submission-date", "2026-10-15", "--header", "no"});

        assertThat(a).isEqualTo(new WindowArguments(Path.of("data.csv"), LocalDate.of(2026, 10, 15), Path.of("ref"),
                HeaderMode.NO));
    }

    @Test
    void theLayoutIsChosenAsOnTheCommandLine() {
        assertThat(WindowArguments.parse(new String[] {"v2.csv", "--profile", "dids-v2"}).profile()).isEqualTo("dids-v2");
        assertThat(WindowArguments.parse(new String[] {"x.csv", "--profile", "trust.json"}).profile())
                .isEqualTo("trust.json");
        assertThat(WindowArguments.parse(new String[] {"x.csv"}).profile()).as("detected").isNull();
        assertThatThrownBy(() -> WindowArguments.parse(new String[] {"x.csv", "--profile"}))
                .hasMessageContaining("--profile needs a value");
    }

    @Test
    void nothingMeansAnEmptyWindow() {
        assertThat(WindowArguments.parse(new String[0])).isEqualTo(new WindowArguments(null, null, null, null));
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> WindowArguments.parse(new String[] {"--submission-date", "15/10/2026"}))
                .hasMessageContaining("YYYY-MM-DD").hasMessageContaining("15/10/2026");
        assertThatThrownBy(() -> WindowArguments.parse(new String[] {"--reference"}))
                .hasMessageContaining("--reference needs a value");
        assertThatThrownBy(() -> WindowArguments.parse(new String[] {"a.csv", "b.csv"}))
                .hasMessageContaining("one file at a time");
        assertThatThrownBy(() -> WindowArguments.parse(new String[] {"--issues", "x"}))
                .hasMessageContaining("unknown option '--issues'");
    }
}
