package org.didworkbench.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF (the report as {@link PdfReport} makes it) drawn as pixels, for the window's
 * preview and for printing: the preview and the printout show the very file that Save as PDF writes.
 *
 * <p>Pages come back as plain ARGB pixels so no toolkit type crosses the layers; the window turns
 * them into its own images. Rendering uses PDFBox (Java 2D, no display needed).
 *
 * <p>Thread-safe: PDFBox documents are not, so every call holds this object's lock. Close it when the
 * pages are no longer needed; a closed document refuses to render.
 */
public final class PdfPages implements AutoCloseable {

    /**
     * One page drawn as pixels.
     *
     * @param index  the page, from 0
     * @param width  pixels across
     * @param height pixels down
     * @param dpi    the resolution it was drawn at (pixels per inch of paper)
     * @param argb   {@code width * height} pixels, row by row from the top left, as 0xAARRGGBB (opaque)
     */
    public record Page(int index, int width, int height, float dpi, int[] argb) {
        public Page {
            if (argb.length != (long) width * height) {
                throw new IllegalArgumentException("argb must hold width * height pixels");
            }
        }
    }

    /** Never draw more pixels than this in one page (a 600 dpi A4 page is about 35 million). */
    static final long MAX_PIXELS = 40_000_000L;

    private final PDDocument document;
    private final PDFRenderer renderer;
    private boolean closed;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
        // Text and lines are what a report is made of: smooth them, as a PDF viewer does.
        this.renderer.setSubsamplingAllowed(false);
    }

    /**
     * Reads a PDF held in memory.
     *
     * @throws IOException the bytes are not a PDF PDFBox can read
     */
    public static PdfPages open(byte[] pdf) throws IOException {
        FontSubstitutes.install(); // before any font of the document is looked up
        return new PdfPages(Loader.loadPDF(pdf));
    }

    /** How many pages the PDF has. */
    public synchronized int count() {
        return document.getNumberOfPages();
    }

    /** The page's width in points (1/72 inch), as it would be printed (rotation applied). */
    public synchronized float widthPoints(int index) {
        return rotated(index) ? box(index).getHeight() : box(index).getWidth();
    }

    /** The page's height in points (1/72 inch), as it would be printed (rotation applied). */
    public synchronized float heightPoints(int index) {
        return rotated(index) ? box(index).getWidth() : box(index).getHeight();
    }

    /**
     * Draws one page on white.
     *
     * @param index the page, from 0
     * @param dpi   pixels per inch of paper: 96 is the screen at 100%, 200 to 300 suits a printer
     * @throws IOException              PDFBox could not draw the page
     * @throws IllegalArgumentException no such page, or a resolution out of range
     * @throws IllegalStateException    after {@link #close()}
     */
    public synchronized Page render(int index, float dpi) throws IOException {
        if (closed) {
            throw new IllegalStateException("The report's pages were closed");
        }
        if (index < 0 || index >= document.getNumberOfPages()) {
            throw new IllegalArgumentException("No page " + index + " in a PDF of " + document.getNumberOfPages());
        }
        float scale = dpi / 72f;
        double pixels = (double) widthPoints(index) * scale * heightPoints(index) * scale;
        if (!(dpi > 0) || pixels > MAX_PIXELS) {
            throw new IllegalArgumentException("Resolution out of range: " + dpi + " dpi");
        }
        BufferedImage image = renderer.renderImage(index, scale, ImageType.RGB);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb;
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && ints.getNumBanks() == 1 && ints.getData().length == w * h) {
            argb = ints.getData(); // the image is ours alone: take its pixels rather than copy them
            for (int i = 0; i < argb.length; i++) {
                argb[i] |= 0xFF000000; // RGB has no alpha byte; the page is opaque
            }
        } else {
            argb = image.getRGB(0, 0, w, h, null, 0, w);
        }
        return new Page(index, w, h, dpi, argb);
    }

    private PDRectangle box(int index) {
        return document.getPage(index).getCropBox();
    }

    private boolean rotated(int index) {
        return document.getPage(index).getRotation() % 180 != 0;
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            document.close();
        }
    }
}
