package org.didworkbench.sample;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The files committed under {@code sample-data/}, defined once so the regeneration command and
 * the test that keeps them from drifting cannot disagree.
 */
public final class CommittedSamples {
    /** About 5 % of records with one deliberate problem each. */
    public static final String REALISTIC_FILE = "did-v1-sample-2026-09.csv";
    /** Every record clean. */
    public static final String CLEAN_FILE = "did-v1-clean-2026-09.csv";
    /** DIDS v2.0 (provisional layout), October 2026 activity, with a header row. */
    public static final String V2_FILE = "dids-v2-sample-2026-10.csv";
    /** The first 200 rows of the realistic sample as DID v1 XML, some record elements with several activities. */
    public static final String XML_FILE = "did-v1-sample-2026-09.xml";
    public static final long XML_ROWS = 200;
    public static final String REFERENCE_FOLDER = "reference";
    public static final long RECORDS = 2000;
    public static final long SEED = GeneratorOptions.DEFAULT_SEED;

    private CommittedSamples() {
    }

    /** Options of the realistic sample. */
    public static GeneratorOptions realistic() {
        return GeneratorOptions.defaults(RECORDS).withSeed(SEED);
    }

    /** Options of the clean sample. */
    public static GeneratorOptions clean() {
        return realistic().withProblems(ProblemMix.NONE);
    }

    /** Options of the DIDS v2.0 sample: same seed and size, October 2026, submitted 2026-11-16. */
    public static GeneratorOptions v2() {
        return V2SampleGenerator.defaults(RECORDS).withSeed(SEED);
    }

    /** Writes every sample and the reference folder under the given folder. */
    public static void writeAll(Path folder) throws IOException {
        SampleGenerator.write(realistic(), folder.resolve(REALISTIC_FILE));
        SampleGenerator.write(clean(), folder.resolve(CLEAN_FILE));
        V2SampleGenerator.write(v2(), folder.resolve(V2_FILE));
        XmlSampleGenerator.write(realistic().withRecords(XML_ROWS), folder.resolve(XML_FILE));
        SampleGenerator.writeReference(folder.resolve(REFERENCE_FOLDER));
    }
}
