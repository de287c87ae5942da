package org.didworkbench.ui.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.print.JobSettings;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.PageRange;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

import org.didworkbench.service.PageImage;

/**
 * Prints report pages with JavaFX printing: the system's print dialog, then each page image scaled to
 * the printable area of A4 portrait. The images are drawn at print resolution by the caller, so text
 * stays sharp on paper.
 */
public final class FxReportPrinter implements ReportPrinter {

    /** The print dialog belongs to the window the user pressed Print in (the preview). */
    public FxReportPrinter() {
    }

    private static Window focusedWindow() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.isFocused()).findFirst().orElse(null);
    }

    @Override
    public boolean available() {
        try {
            return Printer.getDefaultPrinter() != null || !Printer.getAllPrinters().isEmpty();
        } catch (RuntimeException e) {
            return false; // no print service at all (some minimal Linux desktops): the same as no printer
        }
    }

    @Override
    public Optional<Job> choose(String jobName, int pageCount) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Optional.empty();
        }
        JobSettings settings = job.getJobSettings();
        settings.setJobName(jobName);
        settings.setPageRanges(new PageRange(1, pageCount));
        if (!job.showPrintDialog(focusedWindow())) {
            job.cancelJob();
            return Optional.empty();
        }
        return Optional.of(new FxJob(job, pages(settings.getPageRanges(), pageCount)));
    }

    /** The pages chosen in the dialog, from 0; every page when no range was chosen. */
    static List<Integer> pages(PageRange[] ranges, int pageCount) {
        List<Integer> pages = new ArrayList<>();
        if (ranges == null || ranges.length == 0) {
            for (int p = 0; p < pageCount; p++) {
                pages.add(p);
            }
            return pages;
        }
        for (PageRange r : ranges) {
            for (int p = Math.max(1, r.getStartPage()); p <= Math.min(pageCount, r.getEndPage()); p++) {
                if (!pages.contains(p - 1)) {
                    pages.add(p - 1);
                }
            }
        }
        return pages;
    }

    private static final class FxJob implements Job {
        private final PrinterJob job;
        private final List<Integer> pages;
        private PageLayout layout;

        FxJob(PrinterJob job, List<Integer> pages) {
            this.job = job;
            this.pages = List.copyOf(pages);
        }

        @Override
        public List<Integer> pages() {
            return pages;
        }

        @Override
        public boolean print(PageImage page) {
            if (layout == null) {
                // The report is A4 portrait; the printer's own smallest margins leave the page's margins as drawn.
                layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                        Printer.MarginType.HARDWARE_MINIMUM);
            }
            ImageView view = new ImageView(PageImages.toImage(page));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            return job.printPage(layout, view);
        }

        @Override
        public boolean finish() {
            return job.endJob();
        }

        @Override
        public void abort() {
            job.cancelJob();
        }
    }
}
