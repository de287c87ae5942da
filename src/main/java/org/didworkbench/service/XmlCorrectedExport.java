package org.didworkbench.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.io.XmlCorrectedWriter;
import org.didworkbench.store.RecordText;
import org.didworkbench.store.Workspace;

/**
 * Writes the corrected XML submission (see {@link XmlCorrectedWriter}): an unedited file comes out
 * byte for byte as it went in; an edited one differs only in the values changed. Written beside the
 * target and renamed over it when complete.
 */
final class XmlCorrectedExport extends RecordTextExport {
    private final Profile profile;

    XmlCorrectedExport(Workspace workspace, Profile profile) {
        super(workspace);
        this.profile = profile;
    }

    @Override
    Body begin(OutputStream stream, Map<String, String> meta, Dialect dialect) throws IOException {
        XmlCorrectedWriter w = new XmlCorrectedWriter(profile, dialect.charset(), dialect.bom(), stream);
        w.preamble(meta.get(WorkspaceMeta.PREAMBLE));
        return new Body() {
            @Override
            public void record(RecordText r) throws IOException {
                // XML records always keep their text (it is never CSV's canonical form).
                w.record(r.record(), 0, r.raw(), r.edited() ? r.values() : null);
            }

            @Override
            public void finish() throws IOException {
                w.trailer(meta.get(WorkspaceMeta.TRAILER));
            }
        };
    }

    @Override
    String refusal(Path out, IOException e) {
        return e instanceof XmlCorrectedWriter.ConflictException
                ? "The corrected file " + out.getFileName() + " was not written: " + e.getMessage() : null;
    }
}
