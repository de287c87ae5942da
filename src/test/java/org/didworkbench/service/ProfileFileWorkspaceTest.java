package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.didworkbench.domain.dataset.HeaderMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace made with a profile file keeps the file's text, and reopens with it when the file is gone. */
class ProfileFileWorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aWorkspaceMadeWithAProfileFileReopensWithoutTheFile() throws Exception {
        String json = ProfileCatalogue.builtInText("dids-v2.json").replace("\"id\": \"dids-v2\"", "\"id\": \"ours\"");
        Path profile = dir.resolve("ours.json");
        Files.writeString(profile, json, StandardCharsets.UTF_8);
        Workspaces w = new Workspaces(dir);
        Path ws = dir.resolve("v2.didw");
        ImportResult r = w.imports.importSubmission(new ImportRequest(Path.of("sample-data/dids-v2-sample-2026-10.csv"),
                ws, HeaderMode.AUTO, LocalDate.of(2026, 11, 16), null, profile.toString()), ProgressListener.NONE,
                new CancellationToken());
        assertThat(r.choice().origin()).isEqualTo(ProfileCatalogue.Origin.FILE);
        Files.delete(profile);

        try (Session s = w.sessions.open(ws)) {
            assertThat(s.profile().id()).isEqualTo("ours");
            assertThat(s.profile().provisional()).isTrue();
            assertThat(s.profile().provenanceOf("DIDSREJ012").provisional()).isTrue();
            assertThat(s.profile().item("PROCEDURE_START").orElseThrow().provenance().provisional()).isFalse();
            assertThat(s.counts().records()).isEqualTo(2000);
        }
    }
}
