package org.didworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF's pages as pixels: as many as the PDF has, A4 in shape, with the text drawn on them. */
class PdfPagesTest {
    static byte[] pdf;

    /** Three A4 pages, each starting with a heading, made by the report's own converter. */
    @BeforeAll
    static void makeAPdf() throws Exception {
        String xhtml = """
                <!DOCTYPE html>
                <html><head><style>
                @page { size: A4; margin: 20mm; }
                h1 { font-family: Helvetica; font-size: 30pt; }
                .next { page-break-before: always; }
                </style></head><body>
                <h1>First page</h1>
                <h1 class="next">Second page</h1>
                <h1 class="next">Third page</h1>
                </body></html>
                """;
        pdf = new PdfReport().render(xhtml);
    }

    @Test
    void asManyPagesAsThePdfHasEachOnA4() throws Exception {
        int expected;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            expected = doc.getNumberOfPages();
        }
        assertThat(expected).isEqualTo(3);
        try (PdfPages pages = PdfPages.open(pdf)) {
            assertThat(pages.count()).isEqualTo(expected);
            for (int i = 0; i < pages.count(); i++) {
                assertThat(pages.widthPoints(i)).isCloseTo(595.3f, within(1f));
                assertThat(pages.heightPoints(i)).isCloseTo(841.9f, within(1f));
                PdfPages.Page page = pages.render(i, 96);
                assertThat(page.index()).isEqualTo(i);
                assertThat(page.width()).isBetween(792, 795); // 210 mm at 96 dpi
                // A4 is 1 : sqrt 2 whatever the resolution
                assertThat((double) page.height() / page.width()).isCloseTo(Math.sqrt(2), within(0.01));
                assertThat(page.argb()).hasSize(page.width() * page.height());
            }
        }
    }

    @Test
    void pagesAreWhiteWithDarkTextAndOpaque() throws Exception {
        try (PdfPages pages = PdfPages.open(pdf)) {
            PdfPages.Page page = pages.render(1, 72);
            int[] px = page.argb();
            assertThat(Arrays.stream(px).allMatch(p -> (p >>> 24) == 0xFF)).as("every pixel opaque").isTrue();
            long white = Arrays.stream(px).filter(p -> (p & 0xFFFFFF) == 0xFFFFFF).count();
            long dark = Arrays.stream(px).filter(p -> brightness(p) < 100).count();
            assertThat(white).as("mostly paper").isGreaterThan(px.length * 9L / 10);
            assertThat(dark).as("the heading is drawn").isGreaterThan(200);
            // the heading sits in the top margin area's first 100 points, not lower down
            int firstDarkRow = firstDarkRow(page);
            assertThat(firstDarkRow).isBetween(50, 110);
        }
    }

    @Test
    void aPrintResolutionScalesThePageAndItsText() throws Exception {
        try (PdfPages pages = PdfPages.open(pdf)) {
            PdfPages.Page screen = pages.render(0, 96);
            PdfPages.Page print = pages.render(0, 200);
            assertThat(print.dpi()).isEqualTo(200f);
            assertThat(print.width()).isBetween(1652, 1655); // 8.27 inches at 200 dpi
            assertThat((double) print.height() / print.width()).isCloseTo(Math.sqrt(2), within(0.01));
            assertThat(firstDarkRow(print)).isCloseTo(firstDarkRow(screen) * 200 / 96, within(4));
        }
    }

    @Test
    void refusesPagesItDoesNotHaveAndWorkAfterClosing() throws Exception {
        PdfPages pages = PdfPages.open(pdf);
        assertThatThrownBy(() -> pages.render(3, 96)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pages.render(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pages.render(0, 5000)).isInstanceOf(IllegalArgumentException.class);
        pages.close();
        pages.close();
        assertThatThrownBy(() -> pages.render(0, 96)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bytesThatAreNotAPdfAreRefused() {
        assertThatThrownBy(() -> PdfPages.open("<html/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(java.io.IOException.class);
    }

    private static int firstDarkRow(PdfPages.Page page) {
        for (int y = 0; y < page.height(); y++) {
            for (int x = 0; x < page.width(); x++) {
                if (brightness(page.argb()[y * page.width() + x]) < 100) {
                    return y;
                }
            }
        }
        return -1;
    }

    private static int brightness(int argb) {
        return (((argb >> 16) & 0xFF) + ((argb >> 8) & 0xFF) + (argb & 0xFF)) / 3;
    }
}
