package org.didworkbench.service;

import java.io.IOException;

import org.didworkbench.report.PdfPages;

/**
 * A quality report made once and held for the window's preview: the HTML page, the PDF made from it,
 * and that PDF's pages for showing and printing. What is previewed is exactly what is printed and
 * what Save as PDF or Save as HTML writes ({@link ReportService#save(ReportDocument, java.nio.file.Path)}).
 *
 * <p>Thread-safe. Holds the parsed PDF: {@link #close()} it when the preview goes.
 */
public final class ReportDocument implements AutoCloseable {
    private final String html;
    private final byte[] pdf;
    private final PdfPages pages;
    private final boolean appendix;

    ReportDocument(String html, byte[] pdf, PdfPages pages, boolean appendix) {
        this.html = html;
        this.pdf = pdf;
        this.pages = pages;
        this.appendix = appendix;
    }

    /** The report as an XHTML page (what Save as HTML writes). */
    public String html() {
        return html;
    }

    /** The PDF's bytes (what Save as PDF writes); the array is shared, not a copy: do not change it. */
    byte[] pdf() {
        return pdf;
    }

    /** The size of the PDF in bytes. */
    public int pdfSize() {
        return pdf.length;
    }

    /** Whether the report lists every issue in an appendix. */
    public boolean appendix() {
        return appendix;
    }

    /** How many pages the PDF has. */
    public int pageCount() {
        return pages.count();
    }

    /** A page's width in points (1/72 inch); every page of the report is A4 portrait, 595 by 842. */
    public double pageWidth(int index) {
        return pages.widthPoints(index);
    }

    /** A page's height in points (1/72 inch). */
    public double pageHeight(int index) {
        return pages.heightPoints(index);
    }

    /**
     * Draws one page (a fraction of a second at screen resolution, more at print resolution): call it
     * off the UI thread.
     *
     * @param index the page, from 0
     * @param dpi   pixels per inch of paper: 96 × zoom for the screen, 200 to 300 for a printer
     * @throws ServiceException the page could not be drawn, or the document was closed
     */
    public PageImage render(int index, float dpi) throws ServiceException {
        try {
            PdfPages.Page p = pages.render(index, dpi);
            return new PageImage(p.index(), p.width(), p.height(), p.dpi(), p.argb());
        } catch (IOException | RuntimeException e) {
            throw new ServiceException("Page " + (index + 1) + " of the report could not be drawn ("
                    + e.getClass().getSimpleName() + ").", e);
        }
    }

    /** Lets the parsed PDF go; later {@link #render} calls fail. Safe to call twice. */
    @Override
    public void close() {
        try {
            pages.close();
        } catch (IOException e) {
            // Only memory was held: nothing on disk is left behind, so there is nothing to report.
        }
    }
}
