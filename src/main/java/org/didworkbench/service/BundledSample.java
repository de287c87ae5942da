package org.didworkbench.service;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.didworkbench.sample.CommittedSamples;

/**
 * The synthetic sample shipped with the workbench, so a first-time user can see it work before
 * opening a real file: {@code sample-data/did-v1-sample-2026-09.csv} with its synthetic reference
 * data, checked as if submitted on 2026-10-15 (the date its figures are documented for).
 *
 * <p>Where it is looked for, first found wins: a {@code sample-data} folder beside the running jar
 * (the app image: jpackage copies {@code packaging/build.sh}'s input folder, jar and sample
 * together, to {@code lib/app/} on Linux, {@code app\} on Windows, {@code Contents/app/} on macOS),
 * one folder up from it ({@code target/did-workbench.jar} or {@code target/classes} in a checkout),
 * then the working folder. A folder counts only when it holds the sample file itself.
 *
 * @param file           the sample submission
 * @param reference      its reference data folder, or null when it is not there (the reference rules
 *                       are then reported as not checked)
 * @param submissionDate the submission date the sample's documented figures assume
 */
public record BundledSample(Path file, Path reference, LocalDate submissionDate) {
    /** The folder name the sample lives in, in the checkout and in the app image. */
    public static final String FOLDER = "sample-data";
    /** The day the sample is taken to reach NHS England (sample-data/README.md). */
    public static final LocalDate SUBMISSION_DATE = LocalDate.of(2026, 10, 15);

    public BundledSample {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(submissionDate, "submissionDate");
    }

    /** The sample for this run, if it can be found. Touches the disk: not for the UI thread. */
    public static Optional<BundledSample> locate() {
        return in(candidateFolders(codeLocation(), Path.of("").toAbsolutePath()));
    }

    /** The first of {@code folders} that holds the sample file. */
    public static Optional<BundledSample> in(List<Path> folders) {
        for (Path folder : folders) {
            Path file = folder.resolve(CommittedSamples.REALISTIC_FILE);
            if (Files.isRegularFile(file) && Files.isReadable(file)) {
                Path ref = folder.resolve(CommittedSamples.REFERENCE_FOLDER);
                return Optional.of(new BundledSample(file.toAbsolutePath().normalize(),
                        Files.isDirectory(ref) ? ref.toAbsolutePath().normalize() : null, SUBMISSION_DATE));
            }
        }
        return Optional.empty();
    }

    /**
     * The folders to look in, in order: {@code sample-data} beside the code, one level up from it, and in
     * the working folder.
     *
     * @param code       the running jar or classes folder, or null when unknown
     * @param workingDir the working folder
     */
    static List<Path> candidateFolders(Path code, Path workingDir) {
        List<Path> out = new ArrayList<>();
        if (code != null) {
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            if (dir != null) {
                out.add(dir.resolve(FOLDER));
                if (dir.getParent() != null) {
                    out.add(dir.getParent().resolve(FOLDER));
                }
            }
        }
        out.add(workingDir.resolve(FOLDER));
        return out.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
    }

    /** The jar (or classes folder) this class was loaded from, or null when the platform will not say. */
    private static Path codeLocation() {
        try {
            CodeSource source = BundledSample.class.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null; // an unusual class loader: the working folder is still tried
        }
    }
}
