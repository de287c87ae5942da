package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.rules.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import hands its first stored records over at once, so the window can show them while the rest load. */
class ImportFirstRecordsTest {
    @TempDir
    Path temp;

    @Test
    void theFirstPageOfRecordsWithTheirOwnIssuesIsHandedOverOnceBeforeTheImportEnds() throws Exception {
        Workspaces w = new Workspaces(temp);
        List<String> events = new ArrayList<>();
        List<List<RecordRow>> handed = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total, String phase) {
                events.add("progress");
            }

            @Override
            public void firstRecords(Profile profile, List<RecordRow> rows) {
                events.add("first");
                profiles.add(profile);
                handed.add(rows);
            }
        };

        ImportResult result = w.imports.importSubmission(w.request(Workspaces.SAMPLE, temp.resolve("s.didw")),
                listener, new CancellationToken());

        assertThat(handed).as("handed over exactly once").hasSize(1);
        assertThat(profiles.get(0).id()).isEqualTo(result.profile().id());
        assertThat(events.indexOf("first")).as("before the import's last progress report")
                .isLessThan(events.lastIndexOf("progress"));
        List<RecordRow> rows = handed.get(0);
        assertThat(rows).hasSize(ProgressListener.FIRST_RECORDS);
        assertThat(rows).extracting(RecordRow::record).startsWith(1L, 2L, 3L).endsWith(200L);
        // line 22 of the sample holds an NHS number failing its check digit: the row carries that issue
        RecordRow line22 = rows.get(21);
        assertThat(line22.line()).isEqualTo(22);
        assertThat(line22.issues()).extracting(Issue::rule).contains("DIDS001");
        assertThat(rows).allSatisfy(r -> assertThat(r.issues()).allSatisfy(i ->
                assertThat(i.record()).isEqualTo(r.record())));
        // the same values as the finished workspace holds
        try (Session s = w.sessions.open(result.workspace())) {
            assertThat(line22.values()).isEqualTo(s.record(22).values());
        }
    }

    @Test
    void aFileSmallerThanOnePageHandsOverAllItsRecords() throws Exception {
        Path small = temp.resolve("small.csv");
        List<String> lines = Files.readAllLines(Workspaces.SAMPLE).subList(0, 7);
        Files.write(small, lines);
        Workspaces w = new Workspaces(temp);
        List<RecordRow> handed = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total, String phase) {
            }

            @Override
            public void firstRecords(Profile profile, List<RecordRow> rows) {
                handed.addAll(rows);
            }
        };

        w.imports.importSubmission(w.request(small, temp.resolve("small.didw")), listener, new CancellationToken());

        assertThat(handed).extracting(RecordRow::record).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }
}
