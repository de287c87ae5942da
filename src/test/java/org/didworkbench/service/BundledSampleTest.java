package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where "Open the sample" finds its files: beside the jar (the app image), one folder up (a checkout), the working folder. */
class BundledSampleTest {
    @TempDir
    Path temp;

    @Test
    void theAppImageLooksBesideItsJarFirstThenOneUpThenTheWorkingFolder() {
        Path jar = Path.of("/opt/did-workbench/lib/app/did-workbench.jar");
        assertThat(BundledSample.candidateFolders(jar, Path.of("/home/ann")))
                .containsExactly(Path.of("/opt/did-workbench/lib/app/sample-data"),
                        Path.of("/opt/did-workbench/lib/sample-data"), Path.of("/home/ann/sample-data"));
    }

    @Test
    void aCheckoutsJarInTargetFindsTheSampleOneFolderUp() {
        Path jar = Path.of("/src/did/target/did-workbench.jar");
        assertThat(BundledSample.candidateFolders(jar, Path.of("/src/did")))
                .containsExactly(Path.of("/src/did/target/sample-data"), Path.of("/src/did/sample-data"));
    }

    @Test
    void theFirstFolderHoldingTheSampleFileWinsWithItsReferenceData() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("a/sample-data"));
        Path real = Files.createDirectories(temp.resolve("b/sample-data/reference"));
        Files.writeString(real.resolveSibling("did-v1-sample-2026-09.csv"), "x\n");

        BundledSample s = BundledSample.in(List.of(empty, real.getParent())).orElseThrow();
        assertThat(s.file()).isEqualTo(real.resolveSibling("did-v1-sample-2026-09.csv"));
        assertThat(s.reference()).isEqualTo(real);
        assertThat(s.submissionDate()).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void withoutItsReferenceFolderTheSampleStillOpensAndWithoutTheFileThereIsNoSample() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("sample-data"));
        assertThat(BundledSample.in(List.of(folder))).isEmpty();
        Files.writeString(folder.resolve("did-v1-sample-2026-09.csv"), "x\n");
        assertThat(BundledSample.in(List.of(folder))).hasValueSatisfying(s -> assertThat(s.reference()).isNull());
    }

    @Test
    void runFromTheCheckoutTheCommittedSampleIsFound() {
        BundledSample s = BundledSample.locate().orElseThrow();
        assertThat(s.file()).isEqualTo(Path.of("sample-data/did-v1-sample-2026-09.csv").toAbsolutePath().normalize());
        assertThat(s.reference()).isEqualTo(Path.of("sample-data/reference").toAbsolutePath().normalize());
    }
}
