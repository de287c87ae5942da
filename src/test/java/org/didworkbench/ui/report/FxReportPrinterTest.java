package org.didworkbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.print.PageRange;

import org.junit.jupiter.api.Test;

/** The pages a print dialog's range stands for, from 0, in order, each once, none past the end. */
class FxReportPrinterTest {

    @Test
    void noRangeIsEveryPage() {
        assertThat(FxReportPrinter.pages(null, 3)).containsExactly(0, 1, 2);
        assertThat(FxReportPrinter.pages(new PageRange[0], 2)).containsExactly(0, 1);
    }

    @Test
    void rangesAreOneBasedAndClippedToTheReport() {
        assertThat(FxReportPrinter.pages(new PageRange[] {new PageRange(2, 3)}, 6)).containsExactly(1, 2);
        assertThat(FxReportPrinter.pages(new PageRange[] {new PageRange(2, 3), new PageRange(3, 9)}, 5))
                .containsExactly(1, 2, 3, 4);
        assertThat(FxReportPrinter.pages(new PageRange[] {new PageRange(7, 8)}, 5)).isEmpty();
    }
}
