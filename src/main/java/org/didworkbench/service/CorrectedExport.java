package org.didworkbench.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.io.CorrectedFileWriter;
import org.didworkbench.store.RecordText;
import org.didworkbench.store.Workspace;

/**
 * Writes the corrected submission: unedited records byte for byte as read, edited ones afresh in
 * the source's dialect (see {@link CorrectedFileWriter}). The file is written beside the target
 * and renamed over it only when complete, so the target is either as it was or complete.
 */
final class CorrectedExport extends RecordTextExport {

    CorrectedExport(Workspace workspace) {
        super(workspace);
    }

    @Override
    Body begin(OutputStream stream, Map<String, String> meta, Dialect dialect) throws IOException {
        CorrectedFileWriter w = new CorrectedFileWriter(dialect, stream);
        w.text(meta.get(WorkspaceMeta.PREAMBLE));
        w.text(meta.get(WorkspaceMeta.HEADER_RAW));
        return new Body() {
            @Override
            public void record(RecordText r) throws IOException {
                w.record(r.edited(), r.raw(), r.values());
            }

            @Override
            public void finish() throws IOException {
                w.text(meta.get(WorkspaceMeta.TRAILER));
                w.finish();
            }
        };
    }
}
