package org.didworkbench.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Converts the report's XHTML to PDF with openhtmltopdf (CSS 2.1 plus paged media: A4, running
 * page numbers and file name, table headers repeated on each page). Text is set in the PDF's
 * standard Helvetica, so no font files are shipped or embedded.
 *
 * <p>Stateless and thread-safe; each call builds its own renderer.
 */
public final class PdfReport {
    /*
     * The converter and PDFBox log progress and font substitutions through java.util.logging, which
     * would land on the command line's stderr. Only failures matter here. The loggers are held so
     * their levels are not lost when the logging framework drops unreferenced loggers.
     */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("com.openhtmltopdf"),
            Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    public PdfReport() {
        XRLog.setLoggingEnabled(false);
        for (Logger l : QUIET) {
            l.setLevel(Level.SEVERE);
        }
    }

    /** Writes the PDF for {@code xhtml} (as {@link HtmlReport#render} makes it) to {@code out}. */
    public void write(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    /** The PDF for {@code xhtml}, as bytes (for a print preview or a save dialog). */
    public byte[] render(String xhtml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        write(xhtml, out);
        return out.toByteArray();
    }
}
