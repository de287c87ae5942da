package org.didworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeFileAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("out.csv");

        AtomicFiles.write(target, out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("a,b");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedWriteLeavesTheTargetAsItWas() throws Exception {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old\n");

        try {
            AtomicFiles.write(target, out -> {
                out.write("new".getBytes(StandardCharsets.UTF_8));
                throw new java.io.IOException("disk full");
            });
        } catch (java.io.IOException expected) {
            assertThat(expected).hasMessage("disk full");
        }

        assertThat(target).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void temporaryFilesOfAKilledEarlierWriteAreRemovedButARecentOneIsLeft() throws Exception {
        Path target = dir.resolve("out.csv");
        Path killed = Files.writeString(dir.resolve(".out.csv.123.tmp"), "half a file");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(AtomicFiles.LEFTOVER_AGE).minusSeconds(60)));
        Path running = Files.writeString(dir.resolve(".out.csv.456.tmp"), "another write, still going");
        Path other = Files.writeString(dir.resolve(".other.csv.789.tmp"), "another target's");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(7200)));

        AtomicFiles.write(target, out -> out.write("x\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(killed).doesNotExist();
        assertThat(running).as("may belong to a write still running").exists();
        assertThat(other).as("another target's file is not ours to remove").exists();
    }
}
