package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import path as the window uses it ({@link SessionService#importAndOpen}): a sound session or a clear refusal. */
class ImportRobustnessTest {
    @TempDir
    Path dir;

    private Path manyRecords(int n) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append(org.didworkbench.cli.InputRobustnessTestAccess.record(i)).append("\r\n");
        }
        return Files.writeString(dir.resolve("big.csv"), b.toString());
    }

    @Test
    void aFileThatChangesWhileItIsReadLeavesNoWorkspace() throws Exception {
        Path file = manyRecords(5000);
        Path ws = dir.resolve("w.didw");
        Workspaces w = new Workspaces(dir);
        AtomicBoolean appended = new AtomicBoolean();
        ProgressListener writer = (done, total, phase) -> {
            if (appended.compareAndSet(false, true)) {
                try {
                    Files.writeString(file, "another line\r\n", StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        assertThatThrownBy(() -> w.sessions.importAndOpen(w.request(file, ws), writer, new CancellationToken()))
                .isInstanceOf(ServiceException.class)
                .hasMessage("big.csv changed while it was being read; close the program that is writing to it and"
                        + " open it again.");
        assertThat(appended).isTrue();
        assertThat(ws).doesNotExist();
        assertThat(Path.of(ws + ".part")).doesNotExist();
    }

    @Test
    void aCancelledImportLeavesNoWorkspace() throws Exception {
        Path file = manyRecords(5000);
        Path ws = dir.resolve("w.didw");
        Workspaces w = new Workspaces(dir);
        CancellationToken cancel = new CancellationToken();
        assertThatThrownBy(() -> w.sessions.importAndOpen(w.request(file, ws),
                (done, total, phase) -> cancel.cancel(), cancel)).isInstanceOf(CancelledException.class);
        assertThat(ws).doesNotExist();
        assertThat(Path.of(ws + ".part")).doesNotExist();
    }

    @Test
    void aSoundFileOpensAsASessionAndExportsUnchanged() throws Exception {
        Path file = manyRecords(1500);
        Workspaces w = new Workspaces(dir);
        Path ws = w.sessions.defaultWorkspaceFor(file);
        try (Session s = w.sessions.importAndOpen(w.request(file, ws), ProgressListener.NONE, new CancellationToken())) {
            assertThat(s.counts().records()).isEqualTo(1500);
            Path out = dir.resolve("out.csv");
            s.exportCorrected(out, false, ProgressListener.NONE, new CancellationToken());
            assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(file));
        }
        assertThat(ws.getParent()).isEqualTo(dir.resolve(".local/share/did-workbench/workspaces"));
    }

    @Test
    void refusalsNameTheFileAndKeepNothing() throws Exception {
        Workspaces w = new Workspaces(dir);
        Path ws = dir.resolve("w.didw");
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertThatThrownBy(() -> w.sessions.importAndOpen(w.request(empty, ws), ProgressListener.NONE,
                new CancellationToken())).isInstanceOf(ServiceException.class).hasMessageContaining("empty.csv is empty");
        Path nul = Files.write(dir.resolve("nul.csv"), "9434765919,\0\0\0\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> w.sessions.importAndOpen(w.request(nul, ws), ProgressListener.NONE,
                new CancellationToken())).isInstanceOf(ServiceException.class)
                .hasMessageContaining("nul.csv does not look like a text file (it contains NUL bytes at line 1)")
                .hasMessageNotContaining("9434765919");
        assertThat(ws).doesNotExist();
        assertThatThrownBy(() -> w.sessions.open(dir.resolve("none.didw"))).isInstanceOf(ServiceException.class)
                .hasMessageContaining("There is no workspace at");
    }
}
