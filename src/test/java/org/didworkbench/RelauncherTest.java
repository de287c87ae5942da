package org.didworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line child JVM gets a modest heap, the same from a month's file to a year's (memory
 * stays flat), growing only for files beyond that so they do not run out of memory.
 */
class RelauncherTest {
    private static final long MB = 1024 * 1024;

    @Test
    void everyFileUpToFiveMillionRecordsKeepsTheModestHeap() {
        assertThat(Relauncher.heapMb(300_000, 16_384)).isEqualTo(192);            // the 2,000-record sample
        assertThat(Relauncher.heapMb(131 * MB, 16_384)).isEqualTo(192);           // 1,000,000 records
        assertThat(Relauncher.heapMb(651 * MB, 16_384)).isEqualTo(194);           // 5,000,000 records
    }

    @Test
    void bigFilesGetMoreHeapButNeverMoreThanHalfTheMachine() {
        // about 0.2 bytes of heap per byte of file beyond the minimum
        assertThat(Relauncher.heapMb(1310 * MB, 16_384)).isEqualTo(64 + 262);    // 10,000,000 records
        assertThat(Relauncher.heapMb(5000 * MB, 16_384)).isEqualTo(64 + 1000);
        assertThat(Relauncher.heapMb(5000 * MB, 1_024)).as("half of a 1 GB machine").isEqualTo(512);
        assertThat(Relauncher.heapMb(5000 * MB, 300)).as("never below the minimum").isEqualTo(192);
        assertThat(Relauncher.options(526)).startsWith("-Xmx526m").contains("-XX:+UseParallelGC");
    }

    @Test
    void aMonthsFileIsRunWithTheQuickCompilerAloneALargerOneWithBoth() {
        assertThat(Relauncher.options(192, 300_000)).contains("-XX:TieredStopAtLevel=1");   // the sample
        assertThat(Relauncher.options(192, 65 * MB)).contains("-XX:TieredStopAtLevel=1");   // 500,000 records
        assertThat(Relauncher.options(192, 131 * MB)).doesNotContain("-XX:TieredStopAtLevel=1"); // 1,000,000
        assertThat(Relauncher.options(194, 651 * MB)).doesNotContain("-XX:TieredStopAtLevel=1")
                .startsWith("-Xmx194m");                                                      // 5,000,000 records
    }

    @Test
    void theLargestFileNamedInTheArgumentsSetsTheSize(@TempDir Path dir) throws Exception {
        Path small = Files.write(dir.resolve("a.csv"), new byte[10]);
        Path big = Files.write(dir.resolve("b.didw"), new byte[5000]);

        assertThat(Relauncher.largestInput(new String[] {"validate", small.toString(), "--workspace", big.toString(),
                "--submission-date", "2026-10-15", dir.toString(), "not a file"})).isEqualTo(5000);
        assertThat(Relauncher.largestInput(new String[] {"history"})).isZero();
    }
    @Test
    void aFixIsRunInTheSizedChildLikeValidate() {
        // fix --apply of a 1,000,000-record workspace (242 MB, so a 192 MB heap) needs about 130 MB of heap
        assertThat(org.didworkbench.cli.Cli.isHeavy(new String[] {"fix", "w.didw", "--rule", "DIDS017", "--apply"}))
                .isTrue();
        assertThat(org.didworkbench.cli.Cli.isHeavy(new String[] {"validate", "a.csv"})).isTrue();
        assertThat(org.didworkbench.cli.Cli.isHeavy(new String[] {"profiles"})).isFalse();
    }
}
