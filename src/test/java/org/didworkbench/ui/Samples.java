package org.didworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.ui.common.OpenOptions;

/** The bundled synthetic sample and the options its known figures depend on. */
public final class Samples {
    public static final Path SAMPLE = Path.of("sample-data/did-v1-sample-2026-09.csv").toAbsolutePath();
    public static final Path REFERENCE = Path.of("sample-data/reference").toAbsolutePath();
    public static final LocalDate SUBMISSION_DATE = LocalDate.of(2026, 10, 15);
    public static final OpenOptions OPTIONS = new OpenOptions(SUBMISSION_DATE, REFERENCE, HeaderMode.AUTO);
    /** A clock on the submission date, so "today" is the same on every machine. */
    public static final Clock CLOCK = Clock.fixed(SUBMISSION_DATE.atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    /** Line 22 (record 22; the sample has no header) holds an NHS number that fails the check digit (DIDS001). */
    public static final long BAD_NHS_RECORD = 22;
    public static final long BAD_NHS_LINE = 22;
    public static final String BAD_NHS = "9993215292";
    /** A valid synthetic NHS number (999 range, passes modulus 11). */
    public static final String GOOD_NHS = "9434765919";
    /** The sample's figures with the reference data and submission date 2026-10-15. */
    public static final long ERRORS = 90;
    public static final long ERROR_RECORDS = 82;

    private Samples() {
    }

    /** Asserts that {@code out} is the sample byte for byte except one line, where {@code from} became {@code to}. */
    public static void assertOnlyLineDiffers(Path out, int line, String from, String to) throws IOException {
        List<String> in = Files.readAllLines(Samples.SAMPLE);
        List<String> written = Files.readAllLines(out);
        assertThat(written).hasSameSizeAs(in);
        for (int i = 0; i < in.size(); i++) {
            if (i == line - 1) {
                assertThat(written.get(i)).isEqualTo(in.get(i).replace(from, to)).isNotEqualTo(in.get(i));
            } else {
                assertThat(written.get(i)).as("line %d", i + 1).isEqualTo(in.get(i));
            }
        }
        byte[] a = Files.readAllBytes(Samples.SAMPLE);
        byte[] b = Files.readAllBytes(out);
        assertThat(b).hasSameSizeAs(a);
    }

}
