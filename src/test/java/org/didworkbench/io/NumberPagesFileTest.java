package org.didworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumberPagesFileTest {

    @Test
    void readsBackEveryPageIncludingAShortLastOneAndDeletesItsFileWhenClosed(@TempDir Path dir) throws Exception {
        NumberPagesFile pages = NumberPagesFile.createIn(dir);
        Path file = pages.path();
        assertThat(file.getParent()).isEqualTo(dir);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // on Unix the file is unlinked as soon as it is open: a crash cannot leave it behind
            assertThat(file).doesNotExist();
        }
        byte[] page = new byte[1000];
        for (int p = 0; p < 3; p++) {
            Arrays.fill(page, (byte) (p + 1));
            pages.write(p, page, p < 2 ? 1000 : 300);
        }
        byte[] into = new byte[1000];
        pages.read(1, into);
        assertThat(into).containsOnly((byte) 2);
        Arrays.fill(into, (byte) 0);
        pages.read(2, into);
        assertThat(Arrays.copyOf(into, 300)).containsOnly((byte) 3);
        assertThat(into[300]).isZero();
        pages.read(0, into);
        assertThat(into).containsOnly((byte) 1);
        pages.close();
        assertThat(file).doesNotExist();
    }
}
