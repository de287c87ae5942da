package org.didworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line child JVM gets a heap that grows with the file, so a year's file does not run out of memory. */
class RelauncherTest {
    private static final long MB = 1024 * 1024;

    @Test
    void aMonthsFileAndAMillionRecordsKeepTheModestHeap() {
        assertThat(Relauncher.heapMb(300_000, 16_384)).isEqualTo(256);            // the 2,000-record sample
        assertThat(Relauncher.heapMb(131 * MB, 16_384)).isEqualTo(256);           // 1,000,000 records
    }

    @Test
    void bigFilesGetMoreHeapButNeverMoreThanHalfTheMachine() {
        // 3,000,000 records ran out of memory in 256 MB; about 1.1 bytes of heap per byte of file
        assertThat(Relauncher.heapMb(391 * MB, 16_384)).isEqualTo(96 + 430);
        assertThat(Relauncher.heapMb(655 * MB, 16_384)).isEqualTo(96 + 720);      // 5,000,000 records
        assertThat(Relauncher.heapMb(655 * MB, 1_024)).as("half of a 1 GB machine").isEqualTo(512);
        assertThat(Relauncher.heapMb(655 * MB, 400)).as("never below the minimum").isEqualTo(256);
        assertThat(Relauncher.options(526)).startsWith("-Xmx526m").contains("-XX:+UseParallelGC");
    }

    @Test
    void theLargestFileNamedInTheArgumentsSetsTheSize(@TempDir Path dir) throws Exception {
        Path small = Files.write(dir.resolve("a.csv"), new byte[10]);
        Path big = Files.write(dir.resolve("b.didw"), new byte[5000]);

        assertThat(Relauncher.largestInput(new String[] {"validate", small.toString(), "--workspace", big.toString(),
                "--submission-date", "2026-10-15", dir.toString(), "not a file"})).isEqualTo(5000);
        assertThat(Relauncher.largestInput(new String[] {"history"})).isZero();
    }
}
