package org.didworkbench.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.io.ProfileDetector;
import org.didworkbench.io.SubmissionFileException;
import org.didworkbench.io.SubmissionReader;
import org.didworkbench.io.SubmissionSource;
import org.didworkbench.io.XmlSubmissionReader;
import org.didworkbench.store.Workspace;

/**
 * The formats a submission can come in, each with its reader and its corrected-file export: CSV
 * ({@link SubmissionReader}, {@link CorrectedExport}) and XML ({@link XmlSubmissionReader},
 * {@link XmlCorrectedExport}). A workspace remembers its source's format, so the export writes the same.
 */
public enum SubmissionFormat {
    CSV, XML;

    /** The workspace meta key holding the format ("csv" or "xml"; absent means CSV, as before XML existed). */
    static final String META = "source.format";

    /** The lower-case word kept in the workspace and shown to people. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format of a file on disk: XML when its first character is '<'. */
    static SubmissionFormat of(Path file) throws ServiceException {
        try {
            return ProfileDetector.isXml(file) ? XML : CSV;
        } catch (SubmissionFileException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /** The format a workspace's source had. */
    static SubmissionFormat of(Map<String, String> meta) {
        return "xml".equals(meta.get(META)) ? XML : CSV;
    }

    /** Opens a submission file of this format. */
    SubmissionSource open(Path file, Profile profile, HeaderMode header) throws SubmissionFileException,
            ServiceException {
        if (this == XML) {
            if (profile.xml() == null) {
                throw new ServiceException(file.getFileName() + " is an XML file, but the profile " + profile.title()
                        + " has no XML form; DID v1 XML is read with --profile did-v1 (or let it be detected).");
            }
            return XmlSubmissionReader.open(file, profile);
        }
        return SubmissionReader.open(file, profile, header);
    }

    /** The export that writes a workspace's corrected file in this format. */
    CorrectedFileExport exporter(Workspace workspace, Profile profile) {
        return this == XML ? new XmlCorrectedExport(workspace, profile) : new CorrectedExport(workspace);
    }
}
