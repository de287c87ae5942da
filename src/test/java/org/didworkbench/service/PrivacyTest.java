package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.didworkbench.domain.rules.did.DidV1Items;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Patient data stays put: private files, a private default folder, and no value in any message. */
class PrivacyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T09:30:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theWorkspaceItsJournalAndEveryExportAreReadableByTheOwnerOnly() throws Exception {
        Path ws = dir.resolve("w.didw");
        Workspaces w = new Workspaces(dir);
        try (Session s = w.open(Workspaces.SAMPLE, ws)) {
            s.setValue(1, DidV1Items.NHS_NUMBER, "9434765919", "");
            assertThat(Path.of(ws + "-wal")).exists();
            assertThat(Path.of(ws + "-shm")).exists();
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                assertThat(perms(Path.of(ws + suffix))).as(suffix).isEqualTo("rw-------");
            }
            Path corrected = dir.resolve("corrected.csv");
            s.exportCorrected(corrected, false, ProgressListener.NONE, new CancellationToken());
            assertThat(perms(corrected)).isEqualTo("rw-------");
            Path log = dir.resolve("log.csv");
            s.exportChangeLog(log);
            assertThat(perms(log)).isEqualTo("rw-------");
        }
    }

    @Test
    void defaultWorkspacesGoInTheUsersDataFolderPerPlatform() throws Exception {
        Path home = dir.resolve("home");
        Path source = Path.of("/shares/radiology/DID Sept 2026.csv");
        WorkspaceLocations linux = new WorkspaceLocations(Map.of(), "Linux", home, CLOCK);
        Path p = linux.defaultFor(source);
        assertThat(p.getParent()).isEqualTo(home.resolve(".local/share/did-workbench/workspaces"));
        assertThat(p.getFileName().toString()).matches("DID_Sept_2026-[0-9a-f]{8}-20261001-093005\\.didw");
        assertThat(perms(p.getParent())).isEqualTo("rwx------");
        assertThat(p).doesNotExist();

        Path xdg = dir.resolve("xdg");
        assertThat(new WorkspaceLocations(Map.of("XDG_DATA_HOME", xdg.toString()), "Linux", home, CLOCK).folder())
                .isEqualTo(xdg.resolve("did-workbench/workspaces"));
        assertThat(new WorkspaceLocations(Map.of("XDG_DATA_HOME", "relative/x"), "Linux", home, CLOCK).folder())
                .as("a relative XDG_DATA_HOME is ignored, as the spec says").isEqualTo(
                        home.resolve(".local/share/did-workbench/workspaces"));
        assertThat(new WorkspaceLocations(Map.of("LOCALAPPDATA", "/c/Users/ann/AppData/Local"), "Windows 11", home,
                CLOCK).folder()).isEqualTo(Path.of("/c/Users/ann/AppData/Local", "DID Workbench", "workspaces"));
        assertThat(new WorkspaceLocations(Map.of(), "Mac OS X", home, CLOCK).folder())
                .isEqualTo(home.resolve("Library/Application Support/DID Workbench/workspaces"));

        // same name in another folder: another hash; same file again in the same second: a new name
        Path other = linux.defaultFor(Path.of("/elsewhere/DID Sept 2026.csv"));
        assertThat(other).isNotEqualTo(p);
        Files.createFile(p);
        assertThat(linux.defaultFor(source).getFileName().toString()).endsWith("-093005-2.didw");
    }

    @Test
    void noServiceMessageQuotesAPatientValue() throws Exception {
        String nhs = "9434765919";
        String postcode = "LS1 4AP";
        String line = String.join(",", nhs, "01", "1967-04-01", "A", "1", postcode, "P81029", "04", "G2427403",
                "P81029", "2026-09-23", "2026-09-23", "2026-09-23", "XANKL", "", "2026-09-24", "RZZ01",
                "RZZ01-0000001");
        Path src = Files.write(dir.resolve("planted.csv"), (line + "\r\n" + line.replace("RZZ01-0000001", "\"" + nhs)
                + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        Path ws = dir.resolve("w.didw");
        Workspaces w = new Workspaces(dir);
        List<Throwable> failures = new ArrayList<>();
        try (Session s = w.open(src, ws)) {
            failures.add(catchThrowable(() -> s.setValue(1, 0, nhs + "\0", "")));
            failures.add(catchThrowable(() -> s.setValue(1, 0, "9434765919\uD800", "")));
            failures.add(catchThrowable(() -> s.setValue(1, 40, nhs, "")));
            failures.add(catchThrowable(() -> s.setValue(77, 0, nhs, "")));
            failures.add(catchThrowable(() -> s.exportCorrected(src, false, ProgressListener.NONE,
                    new CancellationToken())));
            failures.add(catchThrowable(() -> s.exportCorrected(dir, false, ProgressListener.NONE,
                    new CancellationToken())));
            failures.add(catchThrowable(() -> s.exportChangeLog(ws)));
            failures.add(catchThrowable(s::undo));
        }
        Files.writeString(dir.resolve("bad.didw"), nhs + " " + postcode);
        failures.add(catchThrowable(() -> w.sessions.open(dir.resolve("bad.didw"))));
        failures.add(catchThrowable(() -> w.importFile(src, dir.resolve("bad.didw"))));
        assertThat(failures).hasSize(10).allSatisfy(t -> {
            assertThat(t).isInstanceOf(ServiceException.class);
            for (Throwable c = t; c != null; c = c.getCause()) {
                assertThat(String.valueOf(c.getMessage())).doesNotContain(nhs).doesNotContain(postcode)
                        .doesNotContain("943 476");
            }
        });
    }
}
