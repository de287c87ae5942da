package org.didworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files under sample-data/ are exactly what the generator makes today, so they cannot drift
 * from the code. When this fails after a deliberate change to the generator, regenerate them with
 * the command in sample-data/README.md and commit the result.
 */
class CommittedSamplesTest {
    private static final Path COMMITTED = Path.of("sample-data");

    @Test
    void committedFilesEqualAFreshGeneration(@TempDir Path fresh) throws IOException {
        CommittedSamples.writeAll(fresh);
        List<Path> expected = files(fresh);
        assertThat(expected).hasSize(9);
        List<Path> committed = files(COMMITTED).stream().filter(p -> !p.toString().equals("README.md")).toList();
        assertThat(committed).containsExactlyInAnyOrderElementsOf(expected);
        for (Path p : expected) {
            assertThat(Files.readAllBytes(COMMITTED.resolve(p))).as(p.toString())
                    .isEqualTo(Files.readAllBytes(fresh.resolve(p)));
        }
    }

    @Test
    void theRealisticSampleHoldsEveryProblemAndTheCleanOneNone() throws IOException {
        assertThat(SampleGenerator.write(CommittedSamples.realistic(), new java.io.StringWriter()).problems())
                .containsOnlyKeys(Problem.values());
        assertThat(SampleGenerator.write(CommittedSamples.clean(), new java.io.StringWriter()).problemRecords())
                .isZero();
    }

    @Test
    void theReadmeDocumentsEveryProblemAtItsRate() throws IOException {
        String readme = Files.readString(COMMITTED.resolve("README.md"));
        for (Problem p : Problem.values()) {
            assertThat(readme).contains("| `" + p.name() + "` | " + p.perThousand() + " |");
        }
        assertThat(readme).contains("Total: " + Problem.totalPerThousand() + " per 1,000",
                "seed " + CommittedSamples.SEED);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).toList();
        }
    }
}
