package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.did.DidV1Items;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace whose reference folder has moved since the import still opens, says so, and keeps the
 * reference findings of an edited record rather than silently dropping them.
 */
class MovedReferenceTest {
    @TempDir
    Path temp;

    @Test
    void editsKeepReferenceFindingsAndTheUserIsToldTheFolderIsGone() throws Exception {
        Path refs = temp.resolve("reference");
        copyFolder(Path.of("sample-data/reference"), refs);
        Workspaces w = new Workspaces(temp);
        Path ws = temp.resolve("s.didw");
        w.imports.importSubmission(new ImportRequest(Workspaces.SAMPLE, ws, HeaderMode.AUTO,
                Workspaces.SUBMISSION_DATE, refs, null), ProgressListener.NONE, new CancellationToken());
        try (Session s = w.sessions.open(ws)) {
            assertThat(s.notices()).as("nothing to say while the folder is there").isEmpty();
        }

        deleteFolder(refs);

        try (Session s = w.sessions.open(ws)) {
            assertThat(s.notices()).singleElement().satisfies(n -> assertThat(n)
                    .contains(refs.toString()).contains("cannot be read now").contains("are kept"));
            // line 233's postcode is not in the sample postcode directory (DIDS016); edit another item of it
            assertThat(s.record(233).issues()).extracting(Issue::rule).contains("DIDS016");
            s.setValue(233, DidV1Items.ETHNIC_CATEGORY, "B", "test");

            assertThat(s.record(233).issues()).extracting(Issue::rule).as("kept after the edit").contains("DIDS016");
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
